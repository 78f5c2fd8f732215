package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.FundSummary;
import io.jixiao.model.Goals;
import io.jixiao.model.Keys;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;

import java.util.ArrayList;
import java.util.List;

/**
 * CROSS-SUMMARY: the 专项资金绩效目标汇总表 (附表2) and the 支出方向绩效目标表 (附表3) must say the same thing. The
 * summary is what the budget office reads and the detail tables are what the department is evaluated against; a
 * direction missing on either side, a different amount or a goal reworded on one side only (石峰政协: 全会平台 in
 * one, 年会平台 in the other) leaves two versions of the target, and nobody can tell which one was approved.
 *
 * <p>Each 支出方向 table is matched by 名称 with the summary's 支出方向 entries, or with the 专项 itself when a 专项
 * lists no 支出方向. Nothing is compared when the filing has only one of the two tables.
 */
@Checks(Diagnostic.CROSS_SUMMARY)
final class FundSummaryAgreementRule implements Rule {

    @Override
    public void check(RuleContext context) {
        FundSummary summary = context.filing().fundSummary();
        List<SpendingDirection> tables = context.filing().spendingDirections();
        if (summary == null || tables.isEmpty()) {
            return;
        }
        List<Entry> unmatched = new ArrayList<>(entries(summary));
        for (SpendingDirection table : tables) {
            // Two funds may each have a direction of the same name: prefer the one under the table's 所属专项.
            Entry entry = unmatched.stream().filter(e -> SameText.same(e.name(), table.name())
                            && table.parentName() != null && SameText.same(e.fundName(), table.parentName()))
                    .findFirst()
                    .orElse(unmatched.stream().filter(e -> SameText.same(e.name(), table.name())).findFirst()
                            .orElse(null));
            if (entry == null) {
                context.report(Pointers.child(table.pointer(), Keys.SpendingDirection.NAME), "noSummaryEntry",
                        table.name().strip());
            } else {
                unmatched.remove(entry);
                compare(context, table, entry);
            }
        }
        for (Entry entry : unmatched) {
            context.report(entry.namePointer(), "noDirectionTable", entry.name().strip());
        }
    }

    /** The summary's 支出方向 entries, or the 专项 itself where it lists none. */
    private static List<Entry> entries(FundSummary summary) {
        List<Entry> entries = new ArrayList<>();
        for (FundSummary.Fund fund : summary.funds()) {
            if (fund.directions().isEmpty()) {
                entries.add(new Entry(Pointers.child(fund.pointer(), Keys.Fund.NAME), fund.name(), fund.amount(),
                        fund.periodGoal(), fund.annualGoal(), fund.name()));
            }
            for (FundSummary.Direction d : fund.directions()) {
                entries.add(new Entry(Pointers.child(d.pointer(), Keys.FundDirection.NAME), d.name(), d.amount(),
                        d.periodGoal(), d.annualGoal(), fund.name()));
            }
        }
        return entries;
    }

    private static void compare(RuleContext context, SpendingDirection table, Entry entry) {
        String name = entry.name().strip();
        if (table.amount() != null && entry.amount() != null
                && table.amount().in(MoneyUnit.YUAN).compareTo(entry.amount().in(MoneyUnit.YUAN)) != 0) {
            context.report(Pointers.child(table.pointer(), Keys.SpendingDirection.AMOUNT), "amount",
                    amount(table.amount()), name, amount(entry.amount()));
        }
        compareGoals(context, Pointers.child(table.pointer(), Keys.SpendingDirection.PERIOD_GOAL), "periodGoal",
                table.periodGoal(), entry.periodGoal(), name);
        compareGoals(context, Pointers.child(table.pointer(), Keys.SpendingDirection.ANNUAL_GOAL), "annualGoal",
                table.annualGoal(), entry.annualGoal(), name);
        if (table.parentName() != null && !SameText.same(table.parentName(), entry.fundName())) {
            context.report(Pointers.child(table.pointer(), Keys.SpendingDirection.PARENT, Keys.ParentFund.NAME),
                    "parentFund", table.parentName().strip(), name, entry.fundName().strip());
        }
    }

    private static void compareGoals(RuleContext context, String pointer, String variant, Goals inTable,
                                     Goals inSummary, String name) {
        if (inTable == null || inSummary == null) {
            return;
        }
        String table = String.join("", inTable.items());
        String summary = String.join("", inSummary.items());
        if (SameText.normalise(table).isEmpty() || SameText.normalise(summary).isEmpty()
                || SameText.same(table, summary)) {
            return;
        }
        SameText.Difference d = SameText.difference(summary, table);
        if (d.hasEnd()) {
            context.report(pointer, variant + "Stretch", name, d.first(), d.second(), d.firstEnd(), d.secondEnd());
        } else {
            context.report(pointer, variant, name, d.first(), d.second());
        }
    }

    private static String amount(Money money) {
        return money.amount().toPlainString() + money.unit().label();
    }

    /**
     * One line of the summary a 支出方向 table should match.
     *
     * @param namePointer where the line's 名称 is, for a finding that the line has no table
     * @param fundName    the 专项 the line belongs to: what the table's 所属专项 must name
     */
    private record Entry(String namePointer, String name, Money amount, Goals periodGoal, Goals annualGoal,
                         String fundName) {
    }
}
