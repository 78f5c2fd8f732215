package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.BudgetRequest;
import io.jixiao.model.FundSummary;
import io.jixiao.model.FundingOverview;
import io.jixiao.model.Keys;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * MONEY-SUM: every total a form prints equals the sum of its parts. The budget tables are the part of a filing the
 * finance bureau reconciles to the cent with the budget system; a total that does not add up means one of the
 * figures was mistyped, and every indicator measured against it is suspect. Totals are compared within half a unit
 * of their last written decimal place, so 43.4 is right for 43.40 and 185.91 must be right to the cent.
 */
@Checks(Diagnostic.MONEY_SUM)
final class TotalsAddUpRule implements Rule {

    @Override
    public void check(RuleContext context) {
        var filing = context.filing();
        if (filing.departmentTable() != null) {
            budgetRequest(context, filing.departmentTable().budgetRequest());
            funding(context, filing.departmentTable().funding());
        }
        filing.projects().forEach(p -> project(context, p));
        fundSummary(context, filing.fundSummary());
        filing.spendingDirections().forEach(d -> direction(context, d));
    }

    /** 资金总额 = 一般公共预算拨款 + 政府性基金拨款 + 其他资金 = 基本支出 + 项目支出. */
    private static void budgetRequest(RuleContext context, BudgetRequest request) {
        if (request == null) {
            return;
        }
        String pointer = Pointers.child(request.pointer(), Keys.BudgetRequest.TOTAL);
        expectSum(context, pointer, request.total(),
                Arrays.asList(request.generalBudget(), request.governmentFunds(), request.otherFunds()), "income");
        expectSum(context, pointer, request.total(),
                Arrays.asList(request.basicExpenditure(), request.projectExpenditure()), "nature");
    }

    /** 收入构成 and 支出构成: the 合计 row equals the sum of the lines, this year and in each earlier year. */
    private static void funding(RuleContext context, FundingOverview funding) {
        if (funding == null) {
            return;
        }
        fundingBlock(context, funding.income(), Keys.Funding.INCOME);
        fundingBlock(context, funding.expenditure(), Keys.Funding.EXPENDITURE);
    }

    private static void fundingBlock(RuleContext context, FundingOverview.Block block, String blockName) {
        if (block == null || block.total() == null) {
            return;
        }
        FundingOverview.Row total = block.total();
        expectSum(context, Pointers.child(total.pointer(), Keys.FundRow.THIS_YEAR), total.thisYear(),
                block.lines().stream().map(FundingOverview.Row::thisYear).toList(), "funding", blockName,
                Keys.FundRow.THIS_YEAR);
        for (Map.Entry<Integer, Money> year : total.previousYears().entrySet()) {
            List<Money> parts = new ArrayList<>();
            block.lines().forEach(line -> parts.add(line.previousYears().get(year.getKey())));
            expectSum(context, Pointers.child(total.pointer(), Keys.FundRow.PREVIOUS_YEARS,
                    Keys.yearKey(year.getKey())), year.getValue(), parts, "funding", blockName, year.getKey() + "年");
        }
    }

    /** 预算数 = 财政资金 + 其他资金. */
    private static void project(RuleContext context, ProjectTable project) {
        expectSum(context, Pointers.child(project.pointer(), Keys.Project.BUDGET), project.budget(),
                Arrays.asList(project.fiscalFunds(), project.otherFunds()), "project", project.name());
    }

    /** 合计 = Σ 专项 金额, and each 专项 金额 = Σ its 支出方向 金额. */
    private static void fundSummary(RuleContext context, FundSummary summary) {
        if (summary == null) {
            return;
        }
        expectSum(context, Pointers.child(summary.pointer(), Keys.FundSummary.TOTAL), summary.total(),
                summary.funds().stream().map(FundSummary.Fund::amount).toList(), "summary");
        for (FundSummary.Fund fund : summary.funds()) {
            expectSum(context, Pointers.child(fund.pointer(), Keys.Fund.AMOUNT), fund.amount(),
                    fund.directions().stream().map(FundSummary.Direction::amount).toList(), "fund", fund.name());
        }
    }

    /**
     * 支出明细 合计 = Σ 明细 金额 = 项目金额 (Σ 明细 = 项目金额 directly when no 合计 is written); a 合计 that matches
     * neither is one finding, not two.
     */
    private static void direction(RuleContext context, SpendingDirection direction) {
        List<Money> lines = direction.lines().stream().map(SpendingDirection.Line::amount).toList();
        String totalPointer = Pointers.child(direction.pointer(), Keys.SpendingDirection.DETAILS,
                Keys.SpendingDetails.TOTAL);
        Money total = direction.linesTotal();
        if (total == null) {
            expectSum(context, Pointers.child(direction.pointer(), Keys.SpendingDirection.AMOUNT), direction.amount(),
                    lines, "amountLines", direction.name());
            return;
        }
        if (direction.amount() != null && !addsUp(total, lines) && !addsUp(total, List.of(direction.amount()))) {
            // One wrong 合计, one finding: it matches neither the lines nor the amount it breaks down.
            context.report(totalPointer, "linesAndAmount", total.written(), money(sumYuan(lines), total.unit()),
                    money(direction.amount().in(MoneyUnit.YUAN), total.unit()), direction.name());
            return;
        }
        expectSum(context, totalPointer, total, lines, "lines", direction.name());
        if (direction.amount() != null) {
            expectSum(context, totalPointer, total, List.of(direction.amount()), "linesAmount", direction.name());
        }
    }

    /** Whether the stated total is the sum of the parts written, or there is nothing to add up. */
    private static boolean addsUp(Money total, List<Money> parts) {
        List<Money> given = parts.stream().filter(Objects::nonNull).toList();
        return given.isEmpty() || WrittenPrecision.matches(total, sumYuan(given));
    }

    private static BigDecimal sumYuan(List<Money> parts) {
        return parts.stream().filter(Objects::nonNull).map(m -> m.in(MoneyUnit.YUAN))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String money(BigDecimal yuan, MoneyUnit unit) {
        return WrittenPrecision.money(WrittenPrecision.inUnit(yuan, unit), unit);
    }

    /**
     * Reports when a stated total differs from the sum of its parts. A blank part counts as 0, but when every part
     * is blank there is nothing to add up.
     */
    private static void expectSum(RuleContext context, String pointer, Money total, List<Money> parts,
                                  String variant, Object... details) {
        List<Money> given = parts.stream().filter(Objects::nonNull).toList();
        if (total == null || given.isEmpty()) {
            return;
        }
        BigDecimal sumYuan = given.stream().map(m -> m.in(MoneyUnit.YUAN)).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (WrittenPrecision.matches(total, sumYuan)) {
            return;
        }
        MoneyUnit unit = total.unit();
        BigDecimal sum = WrittenPrecision.inUnit(sumYuan, unit);
        List<Object> arguments = new ArrayList<>(List.of(total.written(), WrittenPrecision.money(sum, unit),
                WrittenPrecision.money(total.amount().subtract(sum).abs(), unit)));
        arguments.addAll(Arrays.asList(details));
        context.report(pointer, variant, arguments.toArray());
    }
}
