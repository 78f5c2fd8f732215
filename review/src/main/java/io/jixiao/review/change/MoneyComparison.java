package io.jixiao.review.change;

import io.jixiao.history.CrossYear;
import io.jixiao.history.Match;
import io.jixiao.model.BudgetRequest;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.FundSummary;
import io.jixiao.model.FundingOverview;
import io.jixiao.model.Keys;
import io.jixiao.model.MultiYear;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The money of two filings, amount by amount: the department's budget request and funding overview line by line,
 * each project's 预算数 and its parts and its 中期 total (a new project with its budget, a dropped one with what it
 * had), the
 * special-fund summary and each spending direction's amount. Projects and directions are matched like their
 * indicator tables ({@link CrossYear#tables}), so a re-coded project is compared with itself, not dropped and added.
 * Amounts are compared in this year's declared unit.
 */
final class MoneyComparison {

    private final Filing previous;
    private final Filing current;
    private final MoneyUnit unit;
    private final List<MoneyChange> changes = new ArrayList<>();

    MoneyComparison(Filing previous, Filing current) {
        this.previous = previous;
        this.current = current;
        this.unit = current.moneyUnit();
        department(previous.departmentTable(), current.departmentTable());
        projects();
        fundSummary(previous.fundSummary(), current.fundSummary());
        directions();
    }

    /** Every amount that changed, in this year's order. */
    List<MoneyChange> changes() {
        return List.copyOf(changes);
    }

    /** The filing's total before and after, when both state it on the same basis; else null. */
    MoneyChange budget() {
        Total before = Total.of(previous);
        Total after = Total.of(current);
        if (before == null || after == null || !before.label().equals(after.label())) {
            return null;
        }
        return MoneyChange.of(after.label(), after.pointer(), before.money(), after.money(), unit);
    }

    private void department(DepartmentTable before, DepartmentTable after) {
        if (before == null || after == null) {
            return;
        }
        BudgetRequest was = before.budgetRequest();
        BudgetRequest is = after.budgetRequest();
        if (was != null || is != null) {
            String at = is != null ? is.pointer() : was.pointer();
            amount(List.of(Keys.Department.BUDGET_REQUEST, Keys.BudgetRequest.TOTAL),
                    Pointers.child(at, Keys.BudgetRequest.TOTAL), was, is, BudgetRequest::total);
            String income = Pointers.child(at, Keys.BudgetRequest.BY_INCOME);
            amount(List.of(Keys.Department.BUDGET_REQUEST, Keys.BudgetRequest.BY_INCOME, Keys.ByIncome.GENERAL_BUDGET),
                    Pointers.child(income, Keys.ByIncome.GENERAL_BUDGET), was, is, BudgetRequest::generalBudget);
            amount(List.of(Keys.Department.BUDGET_REQUEST, Keys.BudgetRequest.BY_INCOME,
                            Keys.ByIncome.GOVERNMENT_FUNDS), Pointers.child(income, Keys.ByIncome.GOVERNMENT_FUNDS),
                    was, is, BudgetRequest::governmentFunds);
            amount(List.of(Keys.Department.BUDGET_REQUEST, Keys.BudgetRequest.BY_INCOME, Keys.ByIncome.OTHER_FUNDS),
                    Pointers.child(income, Keys.ByIncome.OTHER_FUNDS), was, is, BudgetRequest::otherFunds);
            String nature = Pointers.child(at, Keys.BudgetRequest.BY_NATURE);
            amount(List.of(Keys.Department.BUDGET_REQUEST, Keys.BudgetRequest.BY_NATURE,
                            Keys.ByNature.BASIC_EXPENDITURE), Pointers.child(nature, Keys.ByNature.BASIC_EXPENDITURE),
                    was, is, BudgetRequest::basicExpenditure);
            amount(List.of(Keys.Department.BUDGET_REQUEST, Keys.BudgetRequest.BY_NATURE,
                            Keys.ByNature.PROJECT_EXPENDITURE),
                    Pointers.child(nature, Keys.ByNature.PROJECT_EXPENDITURE), was, is,
                    BudgetRequest::projectExpenditure);
        }
        FundingOverview funding = after.funding();
        FundingOverview old = before.funding();
        if (funding != null && old != null) {
            block(Keys.Funding.INCOME, old.income(), funding.income());
            block(Keys.Funding.EXPENDITURE, old.expenditure(), funding.expenditure());
        }
    }

    /** A funding block's lines by their item name, then its total. */
    private void block(String name, FundingOverview.Block before, FundingOverview.Block after) {
        if (before == null || after == null) {
            return;
        }
        List<Match<FundingOverview.Row>> rows = CrossYear.tables(before.lines(), previous.year(), after.lines(),
                current.year(), r -> "", r -> null, FundingOverview.Row::item);
        for (Match<FundingOverview.Row> row : rows) {
            add(List.of(Keys.Department.FUNDING, name, row.current().item(), Keys.FundRow.THIS_YEAR),
                    Pointers.child(row.current().pointer(), Keys.FundRow.THIS_YEAR), row.previous().thisYear(),
                    row.current().thisYear());
        }
        if (before.total() != null && after.total() != null) {
            add(List.of(Keys.Department.FUNDING, name, Keys.FundBlock.TOTAL, Keys.FundRow.THIS_YEAR),
                    Pointers.child(after.total().pointer(), Keys.FundRow.THIS_YEAR), before.total().thisYear(),
                    after.total().thisYear());
        }
    }

    private void projects() {
        List<Match<ProjectTable>> matches = CrossYear.tables(previous.projects(), previous.year(),
                current.projects(), current.year(), p -> "", ProjectTable::code, ProjectTable::name);
        for (ProjectTable project : current.projects()) {
            Match<ProjectTable> match = matches.stream().filter(m -> m.current() == project).findFirst()
                    .orElse(null);
            ProjectTable was = match == null ? null : match.previous();
            List<String> at = List.of(Keys.PROJECTS, project.name());
            if (was == null) {
                add(with(at, Keys.Project.BUDGET), Pointers.child(project.pointer(), Keys.Project.BUDGET), null,
                        orZero(project.budget()));
                continue;
            }
            add(with(at, Keys.Project.BUDGET), Pointers.child(project.pointer(), Keys.Project.BUDGET),
                    was.budget(), project.budget());
            add(with(at, Keys.Project.FISCAL_FUNDS), Pointers.child(project.pointer(), Keys.Project.FISCAL_FUNDS),
                    was.fiscalFunds(), project.fiscalFunds());
            add(with(at, Keys.Project.OTHER_FUNDS), Pointers.child(project.pointer(), Keys.Project.OTHER_FUNDS),
                    was.otherFunds(), project.otherFunds());
            MultiYear before = was.multiYear();
            MultiYear after = project.multiYear();
            if (before != null && after != null) {
                List<String> midTerm = with(at, Keys.Project.MULTI_YEAR);
                add(with(midTerm, Keys.MultiYear.TOTAL), Pointers.child(after.pointer(), Keys.MultiYear.TOTAL),
                        before.total(), after.total());
                add(with(midTerm, Keys.MultiYear.FISCAL_FUNDS), Pointers.child(after.pointer(),
                        Keys.MultiYear.FISCAL_FUNDS), before.fiscalFunds(), after.fiscalFunds());
            }
        }
        for (ProjectTable dropped : previous.projects()) {
            if (matches.stream().noneMatch(m -> m.previous() == dropped)) {
                add(List.of(Keys.PROJECTS, dropped.name(), Keys.Project.BUDGET),
                        Pointers.child(dropped.pointer(), Keys.Project.BUDGET), orZero(dropped.budget()), null);
            }
        }
    }

    private void fundSummary(FundSummary before, FundSummary after) {
        if (before == null || after == null) {
            return;
        }
        add(List.of(Keys.FUND_SUMMARY, Keys.FundSummary.TOTAL), Pointers.child(after.pointer(),
                Keys.FundSummary.TOTAL), before.total(), after.total());
        List<Match<FundSummary.Fund>> funds = CrossYear.tables(before.funds(), previous.year(), after.funds(),
                current.year(), f -> "", f -> null, FundSummary.Fund::name);
        for (Match<FundSummary.Fund> fund : funds) {
            add(List.of(Keys.FUND_SUMMARY, fund.current().name(), Keys.Fund.AMOUNT),
                    Pointers.child(fund.current().pointer(), Keys.Fund.AMOUNT), fund.previous().amount(),
                    fund.current().amount());
        }
    }

    private void directions() {
        List<Match<SpendingDirection>> matches = CrossYear.tables(previous.spendingDirections(), previous.year(),
                current.spendingDirections(), current.year(), d -> "", d -> null, SpendingDirection::name);
        for (SpendingDirection direction : current.spendingDirections()) {
            Match<SpendingDirection> match = matches.stream().filter(m -> m.current() == direction).findFirst()
                    .orElse(null);
            add(List.of(Keys.SPENDING_DIRECTIONS, direction.name(), Keys.SpendingDirection.AMOUNT),
                    Pointers.child(direction.pointer(), Keys.SpendingDirection.AMOUNT),
                    match == null ? null : match.previous().amount(),
                    match == null ? orZero(direction.amount()) : direction.amount());
        }
        for (SpendingDirection dropped : previous.spendingDirections()) {
            if (matches.stream().noneMatch(m -> m.previous() == dropped)) {
                add(List.of(Keys.SPENDING_DIRECTIONS, dropped.name(), Keys.SpendingDirection.AMOUNT),
                        Pointers.child(dropped.pointer(), Keys.SpendingDirection.AMOUNT), orZero(dropped.amount()),
                        null);
            }
        }
    }

    private <T> void amount(List<String> label, String pointer, T before, T after, Function<T, Money> amount) {
        Money was = before == null ? null : amount.apply(before);
        Money is = after == null ? null : amount.apply(after);
        if (was != null && is != null) {
            add(label, pointer, was, is);
        }
    }

    /** Records the amount when it changed; one of the two may be null for a new or a dropped project. */
    private void add(List<String> label, String pointer, Money before, Money after) {
        if (before == null && after == null) {
            return;
        }
        if ((before == null || after == null) && !(label.get(0).equals(Keys.PROJECTS)
                || label.get(0).equals(Keys.SPENDING_DIRECTIONS))) {
            return;
        }
        MoneyChange change = MoneyChange.of(label, pointer, before, after, unit);
        if (change.changed()) {
            changes.add(change);
        }
    }

    /** A project without 预算数 still counts as new or dropped, with a budget of zero. */
    private Money orZero(Money money) {
        return money != null ? money : new Money(BigDecimal.ZERO, unit, "0");
    }

    private static List<String> with(List<String> label, String key) {
        List<String> all = new ArrayList<>(label);
        all.add(key);
        return all;
    }

    /**
     * A filing's total budget and what it is: the department's 资金总额, else the funding overview's expenditure
     * (or income) total, else the sum of the projects' 预算数.
     */
    private record Total(List<String> label, String pointer, Money money) {
        static Total of(Filing filing) {
            DepartmentTable department = filing.departmentTable();
            if (department != null && department.budgetRequest() != null
                    && department.budgetRequest().total() != null) {
                BudgetRequest request = department.budgetRequest();
                return new Total(List.of(Keys.Department.BUDGET_REQUEST, Keys.BudgetRequest.TOTAL),
                        Pointers.child(request.pointer(), Keys.BudgetRequest.TOTAL), request.total());
            }
            if (department != null && department.funding() != null) {
                for (FundingOverview.Block block : new FundingOverview.Block[] {department.funding().expenditure(),
                        department.funding().income()}) {
                    if (block != null && block.total() != null && block.total().thisYear() != null) {
                        String name = block == department.funding().expenditure() ? Keys.Funding.EXPENDITURE
                                : Keys.Funding.INCOME;
                        return new Total(List.of(Keys.Department.FUNDING, name, Keys.FundBlock.TOTAL),
                                Pointers.child(block.total().pointer(), Keys.FundRow.THIS_YEAR),
                                block.total().thisYear());
                    }
                }
            }
            List<Money> budgets = filing.projects().stream().map(ProjectTable::budget).filter(Objects::nonNull)
                    .toList();
            if (budgets.isEmpty()) {
                return null;
            }
            BigDecimal sum = budgets.stream().map(m -> m.in(filing.moneyUnit())).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            return new Total(List.of(Keys.PROJECTS, Keys.Project.BUDGET), Pointers.of(Keys.PROJECTS),
                    new Money(sum, filing.moneyUnit(), Numbers.plain(sum)));
        }
    }
}
