package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.BudgetRequest;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.FundSummary;
import io.jixiao.model.FundingOverview;
import io.jixiao.model.Keys;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FORM-NOTATION: one column of a printed table written two ways. Two cases matter to a reviewer, because they are
 * where a figure gets misread, and only these are reported:
 * <ul>
 *   <li>amounts of one column in both 元 and 万元 ({@code 3万元} above {@code 30000元} in the same 支出明细, or
 *       {@code 12万元} among bare figures in a 元 filing): reading down the column, one figure is off by ten thousand;</li>
 *   <li>shares of one column with and without % ({@code 25%}, {@code 50}, {@code 75%}): a bare 50 may be read as
 *       an amount or a count. A bare 0 is zero in any notation and is not counted.</li>
 * </ul>
 * Typography that cannot be misread (full-width ％ or ＞, ≥ against 不低于) is not reported. One finding per column,
 * on its first cell written the odd way, with how many cells are.
 */
@Checks(Diagnostic.FORM_NOTATION)
final class NotationRule implements Rule {

    private static final String PERCENT = "%";

    @Override
    public void check(RuleContext context) {
        var filing = context.filing();
        for (ProjectTable project : filing.projects()) {
            shares(context, Labels.plan(project.name()), project.spendingPlan().stream()
                    .map(p -> new Cell<>(p.pointer(), p.cumulative())).toList());
        }
        DepartmentTable department = filing.departmentTable();
        if (department != null) {
            budgetRequest(context, department.budgetRequest());
            if (department.funding() != null) {
                funding(context, Keys.Funding.INCOME, department.funding().income());
                funding(context, Keys.Funding.EXPENDITURE, department.funding().expenditure());
            }
        }
        fundSummary(context, filing.fundSummary());
        for (SpendingDirection direction : filing.spendingDirections()) {
            List<Cell<Money>> amounts = new ArrayList<>();
            direction.lines().forEach(line -> amounts.add(new Cell<>(
                    Pointers.child(line.pointer(), Keys.SpendingLine.AMOUNT), line.amount())));
            amounts.add(new Cell<>(Pointers.child(direction.pointer(), Keys.SpendingDirection.DETAILS,
                    Keys.SpendingDetails.TOTAL), direction.linesTotal()));
            money(context, Labels.details(direction.name()), amounts);
        }
    }

    private static void budgetRequest(RuleContext context, BudgetRequest request) {
        if (request == null) {
            return;
        }
        String p = request.pointer();
        money(context, Keys.Department.BUDGET_REQUEST, List.of(
                new Cell<>(Pointers.child(p, Keys.BudgetRequest.TOTAL), request.total()),
                new Cell<>(Pointers.child(p, Keys.BudgetRequest.BY_INCOME, Keys.ByIncome.GENERAL_BUDGET),
                        request.generalBudget()),
                new Cell<>(Pointers.child(p, Keys.BudgetRequest.BY_INCOME, Keys.ByIncome.GOVERNMENT_FUNDS),
                        request.governmentFunds()),
                new Cell<>(Pointers.child(p, Keys.BudgetRequest.BY_INCOME, Keys.ByIncome.OTHER_FUNDS),
                        request.otherFunds()),
                new Cell<>(Pointers.child(p, Keys.BudgetRequest.BY_NATURE, Keys.ByNature.BASIC_EXPENDITURE),
                        request.basicExpenditure()),
                new Cell<>(Pointers.child(p, Keys.BudgetRequest.BY_NATURE, Keys.ByNature.PROJECT_EXPENDITURE),
                        request.projectExpenditure())));
    }

    /** The 当年预算 column, each 近两年 year's column, and the 占比 column of one block. */
    private static void funding(RuleContext context, String blockName, FundingOverview.Block block) {
        if (block == null) {
            return;
        }
        List<FundingOverview.Row> rows = new ArrayList<>(block.lines());
        if (block.total() != null) {
            rows.add(block.total());
        }
        money(context, Labels.column(blockName, Keys.FundRow.THIS_YEAR), rows.stream().map(r -> new Cell<>(
                Pointers.child(r.pointer(), Keys.FundRow.THIS_YEAR), r.thisYear())).toList());
        rows.stream().flatMap(r -> r.previousYears().keySet().stream()).distinct().sorted().forEach(year ->
                money(context, Labels.column(blockName, Keys.yearKey(year)), rows.stream().map(r -> new Cell<>(
                        Pointers.child(r.pointer(), Keys.FundRow.PREVIOUS_YEARS, Keys.yearKey(year)),
                        r.previousYears().get(year))).toList()));
        shares(context, Labels.column(blockName, Keys.FundRow.SHARE), rows.stream().map(r -> new Cell<>(
                Pointers.child(r.pointer(), Keys.FundRow.SHARE), r.share())).toList());
    }

    /** 附表2's one amount column: the total, each fund, each of its directions. */
    private static void fundSummary(RuleContext context, FundSummary summary) {
        if (summary == null) {
            return;
        }
        List<Cell<Money>> amounts = new ArrayList<>();
        amounts.add(new Cell<>(Pointers.child(summary.pointer(), Keys.FundSummary.TOTAL), summary.total()));
        for (FundSummary.Fund fund : summary.funds()) {
            amounts.add(new Cell<>(Pointers.child(fund.pointer(), Keys.Fund.AMOUNT), fund.amount()));
            fund.directions().forEach(d -> amounts.add(new Cell<>(
                    Pointers.child(d.pointer(), Keys.FundDirection.AMOUNT), d.amount())));
        }
        money(context, Keys.FUND_SUMMARY, amounts);
    }

    /** Amounts in both 元 and 万元: the minority unit is the odd one (on a tie, the unit the filing did not declare). */
    private static void money(RuleContext context, String label, List<Cell<Money>> cells) {
        MoneyUnit declared = context.filing().moneyUnit();
        List<Cell<Money>> given = cells.stream().filter(c -> c.value() != null).toList();
        List<Cell<Money>> inDeclared = given.stream().filter(c -> c.value().unit() == declared).toList();
        List<Cell<Money>> inOther = given.stream().filter(c -> c.value().unit() != declared).toList();
        if (inDeclared.isEmpty() || inOther.isEmpty()) {
            return;
        }
        boolean otherIsOdd = inOther.size() <= inDeclared.size();
        List<Cell<Money>> odd = otherIsOdd ? inOther : inDeclared;
        Cell<Money> usual = (otherIsOdd ? inDeclared : inOther).get(0);
        context.report(odd.get(0).pointer(), "money", label, odd.get(0).value().written(),
                odd.get(0).value().unit().label(), usual.value().written(), usual.value().unit().label(),
                String.valueOf(odd.size()));
    }

    /** Shares with and without %: the bare ones are odd, whichever are more, since only % says what they are. */
    private static void shares(RuleContext context, String label, List<Cell<Value>> cells) {
        List<Cell<Value>> signed = cells.stream().filter(c -> isShare(c.value(), true)).toList();
        List<Cell<Value>> bare = cells.stream().filter(c -> isShare(c.value(), false)).toList();
        if (signed.isEmpty() || bare.isEmpty()) {
            return;
        }
        String written = bare.get(0).value().written();
        context.report(bare.get(0).pointer(), "percent", label, written, signed.get(0).value().written(),
                written + PERCENT, String.valueOf(bare.size()));
    }

    /** A plain share written with % (or ％), or without it and not zero. */
    private static boolean isShare(Value value, boolean withSign) {
        if (!(value instanceof Value.Quantity q) || q.comparator() != null || q.magnitude() != null) {
            return false;
        }
        return withSign ? q.isPercent() : q.unit() == null && q.number().signum() != 0;
    }

    /** One cell of a column: where it is and what it holds (null when blank). */
    private record Cell<T>(String pointer, T value) {
    }

    /** How a message names a column: by the filing's own keys, joined as a path. */
    private static final class Labels {

        private static final String SEPARATOR = " › ";

        static String plan(String project) {
            return join(Keys.PROJECTS, project, Keys.Project.SPENDING_PLAN);
        }

        static String details(String direction) {
            return join(Keys.SPENDING_DIRECTIONS, direction, Keys.SpendingDirection.DETAILS);
        }

        static String column(String block, String column) {
            return join(Keys.Department.FUNDING, block, column);
        }

        private static String join(String... parts) {
            return String.join(SEPARATOR, Arrays.stream(parts).map(p -> p == null ? "" : p).toList());
        }
    }
}
