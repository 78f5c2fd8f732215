package io.jixiao.rules;

import io.jixiao.finding.Severity;
import io.jixiao.model.Filing;
import io.jixiao.model.History;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.value.Value;

import java.util.HashMap;
import java.util.Map;

/**
 * HISTORY-PREVIOUS: the 上年值 quoted beside an indicator must be what last year's filing said for that indicator.
 * When the repository holds the department's previous filing, the two can be compared exactly; a different number
 * means either this year's history or last year's filing is wrong, and the reviewer's year-on-year comparison
 * rests on it. Indicators are matched across years by 指标编号, or by table, 二级 and 三级 name.
 */
final class LastYearValueRule implements Rule {

    @Override
    public String id() {
        return "HISTORY-PREVIOUS";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleContext context) {
        context.previousYear().ifPresent(previous -> check(context, previousValues(previous)));
    }

    private static void check(RuleContext context, Map<String, Indicator> previousValues) {
        int year = context.filing().year();
        for (IndicatorTable table : context.tables()) {
            for (Indicator indicator : table.indicators()) {
                Indicator previous = previousValues.get(indicator.identity(table.key()));
                Quote quote = quotedLastYear(indicator, year);
                if (quote != null && previous != null && isWritten(previous.value())
                        && !sameValue(quote.value(), previous.value())) {
                    context.report(quote.pointer(), "differs", quote.value().written(), String.valueOf(year - 1),
                            previous.value().written());
                }
            }
        }
    }

    /** The value quoted for last year: 上年值, or the history entry for the year before; null when none. */
    private static Quote quotedLastYear(Indicator indicator, int year) {
        History history = indicator.history();
        if (history == null) {
            return null;
        }
        if (isWritten(history.lastYear())) {
            return new Quote(Pointers.child(indicator.pointer(), Keys.Indicator.HISTORY, Keys.History.LAST_YEAR),
                    history.lastYear());
        }
        Value byYear = history.byYear().get(year - 1);
        return isWritten(byYear) ? new Quote(Pointers.child(indicator.pointer(), Keys.Indicator.HISTORY,
                Keys.yearKey(year - 1)), byYear) : null;
    }

    /** Last year's indicators by their identity across years; the first wins if a filing repeats one. */
    private static Map<String, Indicator> previousValues(Filing previous) {
        Map<String, Indicator> values = new HashMap<>();
        for (IndicatorTable table : IndicatorTable.of(previous)) {
            for (Indicator indicator : table.indicators()) {
                values.putIfAbsent(indicator.identity(table.key()), indicator);
            }
        }
        return values;
    }

    private static boolean isWritten(Value value) {
        return value != null && !(value instanceof Value.Blank) && !(value instanceof Value.NotApplicable);
    }

    /** Numbers compare by value in the same unit (5万 equals 50000); anything else by its text. */
    private static boolean sameValue(Value a, Value b) {
        if (a instanceof Value.Quantity x && b instanceof Value.Quantity y) {
            return unitText(x).equals(unitText(y)) && x.scaled().compareTo(y.scaled()) == 0;
        }
        return SameText.same(a.written(), b.written());
    }

    private static String unitText(Value.Quantity q) {
        return q.unit() == null ? "" : q.unit().text();
    }

    /** A quoted history value and where it is written. */
    private record Quote(String pointer, Value value) {
    }
}
