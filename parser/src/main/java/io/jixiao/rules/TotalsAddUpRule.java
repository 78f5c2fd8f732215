package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.AnnualTask;
import io.jixiao.model.BudgetRequest;
import io.jixiao.model.FundSources;
import io.jixiao.model.FundSummary;
import io.jixiao.model.FundingOverview;
import io.jixiao.model.Keys;
import io.jixiao.model.MultiYear;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SourceSplit;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MONEY-SUM: every total a form prints equals the sum of its parts. The budget tables are the part of a filing the
 * finance bureau reconciles to the cent with the budget system; a total that does not add up means one of the
 * figures was mistyped, and every indicator measured against it is suspect. Totals are compared within half a unit
 * of their last written decimal place, so 43.4 is right for 43.40 and 185.91 must be right to the cent.
 *
 * <p>"其中" parts are often given only in part; they are held to the total only when all of them are given
 * ({@link Breakdown}), and otherwise only must not exceed it.
 */
@Checks(Diagnostic.MONEY_SUM)
final class TotalsAddUpRule implements Rule {

    @Override
    public void check(RuleContext context) {
        var filing = context.filing();
        if (filing.departmentTable() != null) {
            budgetRequest(context, filing.departmentTable().budgetRequest());
            funding(context, filing.departmentTable().funding());
            filing.departmentTable().mainTasks().forEach(task -> task(context, task));
        }
        filing.projects().forEach(p -> project(context, p));
        fundSummary(context, filing.fundSummary());
        filing.spendingDirections().forEach(d -> direction(context, d));
    }

    /** 资金总额 = 一般公共预算拨款 + 政府性基金拨款 + 其他资金 = 基本支出 + 项目支出; each split by source adds up too. */
    private static void budgetRequest(RuleContext context, BudgetRequest request) {
        if (request == null) {
            return;
        }
        String pointer = Pointers.child(request.pointer(), Keys.BudgetRequest.TOTAL);
        Breakdown.of(pointer, request.total())
                .part(Keys.ByIncome.GENERAL_BUDGET, request.generalBudget())
                .part(Keys.ByIncome.GOVERNMENT_FUNDS, request.governmentFunds())
                .part(Keys.ByIncome.OTHER_FUNDS, request.otherFunds())
                .check(context, "income");
        Breakdown.of(pointer, request.total())
                .part(Keys.ByNature.BASIC_EXPENDITURE, request.basicExpenditure())
                .part(Keys.ByNature.PROJECT_EXPENDITURE, request.projectExpenditure())
                .check(context, "nature");
        split(context, request.basicSplit());
        split(context, request.projectSplit());
    }

    /** 合计 = 财政资金 + 专户资金 + 单位资金 (+ 其他资金). */
    private static void split(RuleContext context, SourceSplit split) {
        if (split == null) {
            return;
        }
        Breakdown.of(Pointers.child(split.pointer(), Keys.SourceSplit.TOTAL), split.total())
                .part(Keys.SourceSplit.FISCAL_FUNDS, split.fiscalFunds())
                .part(Keys.SourceSplit.SPECIAL_ACCOUNT, split.specialAccount())
                .part(Keys.SourceSplit.UNIT_FUNDS, split.unitFunds())
                .optional(Keys.SourceSplit.OTHER_FUNDS, split.otherFunds())
                .check(context);
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
        Breakdown.of(Pointers.child(total.pointer(), Keys.FundRow.THIS_YEAR), total.thisYear())
                .rows(Keys.FundBlock.LINES, block.lines().stream().map(FundingOverview.Row::thisYear).toList())
                .check(context, "funding", blockName, Keys.FundRow.THIS_YEAR);
        for (Map.Entry<Integer, Money> year : total.previousYears().entrySet()) {
            List<Money> parts = new ArrayList<>();
            block.lines().forEach(line -> parts.add(line.previousYears().get(year.getKey())));
            Breakdown.of(Pointers.child(total.pointer(), Keys.FundRow.PREVIOUS_YEARS, Keys.yearKey(year.getKey())),
                            year.getValue())
                    .rows(Keys.FundBlock.LINES, parts)
                    .check(context, "funding", blockName, year.getKey() + "年");
        }
    }

    /** A main task's 资金总额 = 财政资金 + 其他资金, and = the sum of its funded projects. */
    private static void task(RuleContext context, AnnualTask task) {
        String pointer = Pointers.child(task.pointer(), Keys.Task.TOTAL);
        Breakdown bySource = Breakdown.of(pointer, task.total())
                .part(Keys.Task.FISCAL_FUNDS, task.fiscalFunds())
                .part(Keys.Task.OTHER_FUNDS, task.otherFunds());
        if (task.projects().isEmpty()) {
            bySource.check(context);
        } else {
            Breakdown.checkBoth(context, bySource, Breakdown.of(pointer, task.total())
                    .rows(Keys.Task.PROJECTS, task.projects().stream().map(AnnualTask.FundedProject::total).toList()));
        }
    }

    /**
     * 预算数 = 财政资金 + 其他资金 (+ 自有资金 + 上年结转 where the form prints them), and the same for the 中期
     * total; 财政资金 and 自有资金 against their own parts.
     */
    private static void project(RuleContext context, ProjectTable project) {
        FundSources sources = project.money().sources();
        BigDecimal fiscal = fiscal(context, project.fiscalFunds(),
                Pointers.child(project.pointer(), Keys.Project.FISCAL_FUNDS), sources);
        Breakdown total = funds(Pointers.child(project.pointer(), Keys.Project.BUDGET), project.budget(), fiscal,
                project.otherFunds(), sources, Keys.Project.FISCAL_FUNDS, Keys.Project.OTHER_FUNDS);
        if (sources == null) {
            total.check(context, "project", project.name());
        } else {
            total.check(context);
        }
        MultiYear multiYear = project.multiYear();
        if (multiYear != null) {
            FundSources multiSources = multiYear.sources();
            BigDecimal multiFiscal = fiscal(context, multiYear.fiscalFunds(),
                    Pointers.child(multiYear.pointer(), Keys.MultiYear.FISCAL_FUNDS), multiSources);
            funds(Pointers.child(multiYear.pointer(), Keys.MultiYear.TOTAL), multiYear.total(), multiFiscal,
                    multiYear.otherFunds(), multiSources, Keys.MultiYear.FISCAL_FUNDS, Keys.MultiYear.OTHER_FUNDS)
                    .check(context);
        }
    }

    /** A total of project money: 财政资金 and 其他资金, with 自有资金 and 上年结转 when written. */
    private static Breakdown funds(String pointer, Money total, BigDecimal fiscal, Money other, FundSources sources,
                                   String fiscalName, String otherName) {
        Breakdown breakdown = Breakdown.of(pointer, total).part(fiscalName, fiscal).part(otherName, other);
        if (sources != null) {
            breakdown.optional(Keys.FundSources.OWN_FUNDS, ownFunds(sources))
                    .optional(Keys.FundSources.CARRIED_OVER, sources.carriedOver());
        }
        return breakdown;
    }

    /** 自有资金 in 元 as written, else 事业收入 + 经营收入 when both are, else null. */
    private static BigDecimal ownFunds(FundSources sources) {
        return Breakdown.of(Pointers.child(sources.pointer(), Keys.FundSources.OWN_FUNDS), sources.ownFunds())
                .part(Keys.FundSources.SERVICE_INCOME, sources.serviceIncome())
                .part(Keys.FundSources.OPERATING_INCOME, sources.operatingIncome())
                .totalOrSum();
    }

    /**
     * Checks 财政资金 against its splits by budget and by level, and 自有资金 against its parts; returns 财政资金 in 元
     * as written, or from a complete split when not written, or null.
     */
    private static BigDecimal fiscal(RuleContext context, Money written, String pointer, FundSources sources) {
        if (sources == null) {
            return written == null ? null : written.in(MoneyUnit.YUAN);
        }
        Breakdown byBudget = Breakdown.of(pointer, written)
                .part(Keys.FundSources.GENERAL_BUDGET, sources.generalBudget())
                .part(Keys.FundSources.GOVERNMENT_FUNDS, sources.governmentFunds())
                .part(Keys.FundSources.STATE_CAPITAL, sources.stateCapital());
        Breakdown byLevel = Breakdown.of(pointer, written)
                .part(Keys.FundSources.HIGHER_LEVEL, sources.higherLevel())
                .part(Keys.FundSources.SAME_LEVEL, sources.sameLevel());
        byBudget.check(context);
        byLevel.check(context);
        Breakdown.of(Pointers.child(sources.pointer(), Keys.FundSources.OWN_FUNDS), sources.ownFunds())
                .part(Keys.FundSources.SERVICE_INCOME, sources.serviceIncome())
                .part(Keys.FundSources.OPERATING_INCOME, sources.operatingIncome())
                .check(context);
        BigDecimal fiscal = byBudget.totalOrSum();
        return fiscal != null ? fiscal : byLevel.totalOrSum();
    }

    /** 合计 = Σ 专项 金额, and each 专项 金额 = Σ its 支出方向 金额. */
    private static void fundSummary(RuleContext context, FundSummary summary) {
        if (summary == null) {
            return;
        }
        Breakdown.of(Pointers.child(summary.pointer(), Keys.FundSummary.TOTAL), summary.total())
                .rows(Keys.FundSummary.FUNDS, summary.funds().stream().map(FundSummary.Fund::amount).toList())
                .check(context, "summary");
        for (FundSummary.Fund fund : summary.funds()) {
            Breakdown.of(Pointers.child(fund.pointer(), Keys.Fund.AMOUNT), fund.amount())
                    .rows(Keys.Fund.DIRECTIONS, fund.directions().stream().map(FundSummary.Direction::amount).toList())
                    .check(context, "fund", fund.name());
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
            Breakdown.of(Pointers.child(direction.pointer(), Keys.SpendingDirection.AMOUNT), direction.amount())
                    .rows(Keys.SpendingDetails.LINES, lines)
                    .check(context, "amountLines", direction.name());
            return;
        }
        Breakdown byLines = Breakdown.of(totalPointer, total).rows(Keys.SpendingDetails.LINES, lines);
        if (direction.amount() != null && byLines.complete() && byLines.disagrees()
                && Breakdown.of(totalPointer, total).part(Keys.SpendingDirection.AMOUNT, direction.amount())
                        .disagrees()) {
            // One wrong 合计, one finding: it matches neither the lines nor the amount it breaks down.
            context.report(totalPointer, "linesAndAmount", total.written(), inTotalUnit(byLines.sum().orElseThrow(),
                    total), inTotalUnit(direction.amount().in(MoneyUnit.YUAN), total), direction.name());
            return;
        }
        byLines.check(context, "lines", direction.name());
        if (direction.amount() != null) {
            Breakdown.of(totalPointer, total).part(Keys.SpendingDirection.AMOUNT, direction.amount())
                    .check(context, "linesAmount", direction.name());
        }
    }

    private static String inTotalUnit(BigDecimal yuan, Money total) {
        return WrittenPrecision.money(WrittenPrecision.inUnit(yuan, total.unit()), total.unit());
    }
}
