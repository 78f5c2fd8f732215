package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Keys;
import io.jixiao.model.MultiYear;
import io.jixiao.model.ProjectTable;
import io.jixiao.read.Pointers;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;

/**
 * MONEY-MULTIYEAR: a project's 中期 money (中期资金总额, 项目总预算) covers the whole medium-term period, this year
 * included, so it is never less than this year's. Less means 元 and 万元 were mixed up, or the two columns of the
 * 2015 national form (中期 left, 年度 right) were swapped. The totals are compared when both are written, otherwise
 * the fiscal parts (东莞's 中期市财政预算 beside 本年度申请市财政预算资金).
 */
@Checks(Diagnostic.MONEY_MULTIYEAR)
final class MultiYearBudgetRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (ProjectTable project : context.filing().projects()) {
            MultiYear multiYear = project.multiYear();
            if (multiYear == null) {
                continue;
            }
            if (multiYear.total() != null && project.budget() != null) {
                compare(context, multiYear.total(), project.budget(),
                        Pointers.child(multiYear.pointer(), Keys.MultiYear.TOTAL), "total", project.name());
            } else if (multiYear.fiscalFunds() != null && project.fiscalFunds() != null) {
                compare(context, multiYear.fiscalFunds(), project.fiscalFunds(),
                        Pointers.child(multiYear.pointer(), Keys.MultiYear.FISCAL_FUNDS), "fiscal", project.name());
            }
        }
    }

    private static void compare(RuleContext context, Money multiYear, Money annual, String pointer, String variant,
                                String project) {
        if (multiYear.in(MoneyUnit.YUAN).compareTo(annual.in(MoneyUnit.YUAN)) < 0) {
            context.report(pointer, variant, shown(multiYear), shown(annual), project);
        }
    }

    /** The amount as written, with the filing's unit when the filing wrote none ({@code 21.22万元}). */
    private static String shown(Money money) {
        return money.hasWrittenUnit() ? money.written() : money.written() + money.unit().label();
    }
}
