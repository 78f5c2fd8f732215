package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.BudgetRequest;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.FundSummary;
import io.jixiao.model.FundingOverview;
import io.jixiao.model.Keys;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;
import io.jixiao.schema.HumanPath;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * MONEY-PROJECTS: the money of the project tables and of the special funds is part of the department's 项目支出, so
 * neither a project's 预算数, nor their sum, nor the special-fund total may exceed it (or, when the filing gives no
 * 项目支出, the department's total budget). Nothing else compares the project tables with the department-wide table,
 * and the commonest slip there is a project written in 元 in a 万元 filing: 800000 against a 项目支出 of 250. When an
 * amount is more than ten times the limit and would fit if it were read as 元, the message asks exactly that.
 *
 * <p>Only amounts in the filing are compared; a filing that lists some of its projects (the key ones) is fine, as
 * long as they fit.
 */
@Checks(Diagnostic.MONEY_PROJECTS)
final class ProjectsWithinDepartmentRule implements Rule {

    /** An amount this many times the limit is not a wrong digit but a wrong unit, when it fits read as 元. */
    private static final BigDecimal FAR_ABOVE = BigDecimal.TEN;

    @Override
    public void check(RuleContext context) {
        Filing filing = context.filing();
        Optional<Limit> found = Limit.of(filing.departmentTable());
        if (found.isEmpty()) {
            return;
        }
        Limit limit = found.get();
        projects(context, filing, limit);
        specialFunds(context, filing, limit);
    }

    /** Each project's 预算数; their sum only when no single one is already too large (that one says it). */
    private static void projects(RuleContext context, Filing filing, Limit limit) {
        boolean reported = false;
        for (ProjectTable project : filing.projects()) {
            Money budget = project.budget();
            if (budget != null && limit.exceededBy(budget.in(MoneyUnit.YUAN))) {
                String pointer = Pointers.child(project.pointer(), Keys.Project.BUDGET);
                if (limit.wrongUnit(budget)) {
                    context.report(pointer, "projectUnit", project.name(), shown(budget), limit.label(),
                            shown(limit.amount()), budget.written(), asYuan(budget.amount()));
                } else {
                    context.report(pointer, "project", project.name(), shown(budget), limit.label(),
                            shown(limit.amount()));
                }
                reported = true;
            }
        }
        List<Money> budgets = filing.projects().stream().map(ProjectTable::budget).filter(Objects::nonNull).toList();
        BigDecimal sum = yuan(budgets);
        if (!reported && budgets.size() > 1 && limit.exceededBy(sum)) {
            context.report(limit.pointer(), "projects", budgets.size(), sum(sum, filing), limit.label(),
                    shown(limit.amount()));
        }
    }

    /**
     * The special-fund summary's 合计 (or, without one, the sum of its funds); without a summary, the spending
     * directions' 项目金额.
     */
    private static void specialFunds(RuleContext context, Filing filing, Limit limit) {
        FundSummary summary = filing.fundSummary();
        if (summary != null) {
            List<Money> funds = summary.funds().stream().map(FundSummary.Fund::amount).filter(Objects::nonNull)
                    .toList();
            Money total = summary.total();
            BigDecimal yuan = total != null ? total.in(MoneyUnit.YUAN) : yuan(funds);
            if ((total != null || !funds.isEmpty()) && limit.exceededBy(yuan)) {
                String pointer = total != null ? Pointers.child(summary.pointer(), Keys.FundSummary.TOTAL)
                        : limit.pointer();
                String shown = total != null ? shown(total) : sum(yuan, filing);
                report(context, pointer, "funds", limit, total != null && limit.wrongUnit(total), shown,
                        total != null ? total.written() : null, total != null ? total.amount() : null);
            }
            return;
        }
        List<SpendingDirection> priced = filing.spendingDirections().stream().filter(d -> d.amount() != null)
                .toList();
        BigDecimal yuan = yuan(priced.stream().map(SpendingDirection::amount).toList());
        if (priced.isEmpty() || !limit.exceededBy(yuan)) {
            return;
        }
        if (priced.size() == 1) {
            Money amount = priced.get(0).amount();
            report(context, Pointers.child(priced.get(0).pointer(), Keys.SpendingDirection.AMOUNT), "directions",
                    limit, limit.wrongUnit(amount), shown(amount), amount.written(), amount.amount());
        } else {
            report(context, limit.pointer(), "directions", limit, false, sum(yuan, filing), null, null);
        }
    }

    private static void report(RuleContext context, String pointer, String variant, Limit limit, boolean wrongUnit,
                               String shown, String written, BigDecimal number) {
        if (wrongUnit) {
            context.report(pointer, variant + "Unit", shown, limit.label(), shown(limit.amount()), written,
                    asYuan(number));
        } else {
            context.report(pointer, variant, shown, limit.label(), shown(limit.amount()));
        }
    }

    /**
     * What the department's own table says project money may not exceed: its 项目支出 (年度预算申请, or the 项目支出
     * line of 资金情况's 支出构成), else its total (资金总额, or 支出构成's 合计).
     *
     * @param pointer where the limit is written
     * @param label   the limit's place as a person reads it ({@code 部门整体 › 年度预算申请 › 按支出性质分 › 项目支出})
     */
    private record Limit(String pointer, String label, Money amount) {

        static Optional<Limit> of(DepartmentTable department) {
            if (department == null) {
                return Optional.empty();
            }
            BudgetRequest request = department.budgetRequest();
            FundingOverview.Block spending = department.funding() == null ? null : department.funding().expenditure();
            if (request != null && request.projectExpenditure() != null) {
                return at(Pointers.child(request.pointer(), Keys.BudgetRequest.BY_NATURE,
                        Keys.ByNature.PROJECT_EXPENDITURE), request.projectExpenditure());
            }
            if (spending != null) {
                // The Hubei form prints the line as 项目支出, the same words as the key of 按支出性质分.
                Optional<FundingOverview.Row> line = spending.lines().stream()
                        .filter(r -> r.thisYear() != null && r.item() != null
                                && r.item().replaceAll("\\s+", "").equals(Keys.ByNature.PROJECT_EXPENDITURE))
                        .findFirst();
                if (line.isPresent()) {
                    return at(Pointers.child(line.get().pointer(), Keys.FundRow.THIS_YEAR), line.get().thisYear());
                }
            }
            if (request != null && request.total() != null) {
                return at(Pointers.child(request.pointer(), Keys.BudgetRequest.TOTAL), request.total());
            }
            if (spending != null && spending.total() != null && spending.total().thisYear() != null) {
                return at(Pointers.child(spending.total().pointer(), Keys.FundRow.THIS_YEAR),
                        spending.total().thisYear());
            }
            return Optional.empty();
        }

        private static Optional<Limit> at(String pointer, Money amount) {
            return Optional.of(new Limit(pointer, HumanPath.of(pointer), amount));
        }

        boolean exceededBy(BigDecimal yuan) {
            return yuan.compareTo(amount.in(MoneyUnit.YUAN)) > 0;
        }

        /**
         * Whether an amount written in 万元 (the filing's unit, not written beside it) is more than ten times the
         * limit but would fit as 元: the clerk copied a figure in 元.
         */
        boolean wrongUnit(Money money) {
            if (money.unit() != MoneyUnit.WAN_YUAN || money.hasWrittenUnit()) {
                return false;
            }
            BigDecimal limitYuan = amount.in(MoneyUnit.YUAN);
            return money.in(MoneyUnit.YUAN).compareTo(limitYuan.multiply(FAR_ABOVE)) > 0
                    && money.amount().compareTo(limitYuan) <= 0;
        }
    }

    private static BigDecimal yuan(List<Money> amounts) {
        return amounts.stream().map(m -> m.in(MoneyUnit.YUAN)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** An amount as written, with its unit: {@code 800000万元}, {@code 12万元}. */
    private static String shown(Money money) {
        return money.hasWrittenUnit() ? money.written() : money.written() + money.unit().label();
    }

    /** A computed sum in the filing's unit. */
    private static String sum(BigDecimal yuan, Filing filing) {
        return WrittenPrecision.money(WrittenPrecision.inUnit(yuan, filing.moneyUnit()), filing.moneyUnit());
    }

    /** A number written in 万元 read as 元, expressed in 万元: 800000 → 80万元. */
    private static String asYuan(BigDecimal number) {
        return WrittenPrecision.money(WrittenPrecision.inUnit(number, MoneyUnit.WAN_YUAN), MoneyUnit.WAN_YUAN);
    }
}
