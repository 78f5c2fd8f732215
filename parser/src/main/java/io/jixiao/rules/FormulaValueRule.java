package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;

import java.util.regex.Pattern;

/**
 * VALUE-FORMULA: a spreadsheet formula filed instead of its value. Tables are drafted in Excel, and a cell copied
 * from a sheet can carry its formula ({@code =B3*0.9}, {@code =SUM(C4:C9)}) rather than the number it showed: the
 * filing then keeps only the formula, and a spreadsheet that opens an export of it may run it (HYPERLINK, or a DDE
 * command such as {@code =cmd|' /C calc'!A0}: "formula injection"). A comparator is not a formula: {@code =100%}
 * and {@code ≥90%} are values; only a sign followed by a function call, a cell reference or a DDE command is.
 */
@Checks(Diagnostic.VALUE_FORMULA)
final class FormulaValueRule implements Rule {

    /** = + - @ (or their full-width forms), then a function call, a cell reference or a DDE command. */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\x{FF1D}\\x{FF0B}\\x{FF0D}\\x{FF20}]\\s*"
            + "(?:[A-Za-z_][A-Za-z0-9_.]*\\s*\\(|\\$?[A-Za-z]{1,3}\\$?[0-9]+(?![0-9A-Za-z])|[A-Za-z]+\\s*\\|)");

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            check(context, Pointers.child(indicator.pointer(), Keys.Indicator.NAME), indicator.name());
            check(context, Pointers.child(indicator.pointer(), Keys.Indicator.EXPLANATION), indicator.explanation());
            check(context, Pointers.child(indicator.pointer(), Keys.Indicator.BASIS), indicator.basis());
            for (IndicatorValues.Located located : IndicatorValues.all(indicator)) {
                check(context, located.pointer(), located.value().written());
            }
        }
    }

    private static void check(RuleContext context, String pointer, String text) {
        if (isFormula(text)) {
            context.report(pointer, "formula", text.strip());
        }
    }

    static boolean isFormula(String text) {
        return text != null && FORMULA.matcher(text.strip()).find();
    }
}
