package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.AnnualTask;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.FundingOverview;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.schema.HumanPath;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * MONEY-TASKS: on the department-wide form of 财预〔2015〕88号 every 年度主要任务 carries its budget request, and the
 * department's money is spent on its tasks (泸县 lists 基本支出 as a task of its own), so the tasks add up to the
 * department's budget: 年度预算申请 → 资金总额, or the 合计 of the funding overview. When some task has no amount the
 * written ones only must not exceed the budget.
 */
@Checks(Diagnostic.MONEY_TASKS)
final class TasksWithinBudgetRule implements Rule {

    @Override
    public void check(RuleContext context) {
        DepartmentTable table = context.filing().departmentTable();
        if (table == null || table.mainTasks().isEmpty()) {
            return;
        }
        Budget budget = budget(table);
        if (budget == null || table.mainTasks().stream().allMatch(t -> t.total() == null)) {
            return;
        }
        BigDecimal sum = table.mainTasks().stream().map(AnnualTask::total).filter(Objects::nonNull)
                .map(m -> m.in(MoneyUnit.YUAN)).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean complete = table.mainTasks().stream().allMatch(t -> t.total() != null);
        MoneyUnit unit = budget.amount().unit();
        String sumText = WrittenPrecision.money(WrittenPrecision.inUnit(sum, unit), unit);
        BigDecimal difference = budget.amount().amount().subtract(WrittenPrecision.inUnit(sum, unit)).abs();
        String at = Pointers.child(table.pointer(), Keys.Department.MAIN_TASKS);
        if (WrittenPrecision.matches(budget.amount(), sum)) {
            return;
        }
        if (complete) {
            context.report(at, "differs", budget.amount().written(), sumText, budget.label(),
                    WrittenPrecision.money(difference, unit));
        } else if (sum.compareTo(budget.amount().in(MoneyUnit.YUAN)) > 0) {
            context.report(at, "exceeds", budget.amount().written(), sumText, budget.label(),
                    WrittenPrecision.money(difference, unit));
        }
    }

    /** The department's total budget as the table states it, with where it stands. */
    private static Budget budget(DepartmentTable table) {
        if (table.budgetRequest() != null && table.budgetRequest().total() != null) {
            return new Budget(table.budgetRequest().total(),
                    Pointers.child(table.budgetRequest().pointer(), Keys.BudgetRequest.TOTAL));
        }
        FundingOverview funding = table.funding();
        if (funding == null) {
            return null;
        }
        for (FundingOverview.Block block : new FundingOverview.Block[] {funding.expenditure(), funding.income()}) {
            if (block != null && block.total() != null && block.total().thisYear() != null) {
                return new Budget(block.total().thisYear(),
                        Pointers.child(block.total().pointer(), Keys.FundRow.THIS_YEAR));
            }
        }
        return null;
    }

    /** A budget figure and where it is written. */
    private record Budget(Money amount, String pointer) {
        String label() {
            return HumanPath.of(pointer);
        }
    }
}
