package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.history.Confidence;
import io.jixiao.history.CrossYear;
import io.jixiao.history.Match;
import io.jixiao.model.Filing;
import io.jixiao.model.History;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.value.Value;


/**
 * HISTORY-PREVIOUS: the 上年值 quoted beside an indicator must be what last year's filing said for that indicator.
 * When the repository holds the department's previous filing, the two can be compared exactly; a different number
 * means either this year's history or last year's filing is wrong, and the reviewer's year-on-year comparison
 * rests on it. Indicators are matched across years by the identity rules of SPEC §6 ({@link CrossYear}); a match
 * that is only a guess (a similar name) is not judged.
 */
@Checks(Diagnostic.HISTORY_PREVIOUS)
final class LastYearValueRule implements Rule {

    @Override
    public void check(RuleContext context) {
        context.previousYear().ifPresent(previous -> check(context, previous));
    }

    private static void check(RuleContext context, Filing previous) {
        int year = context.filing().year();
        for (Match<Indicator> match : CrossYear.match(previous, context.filing()).indicators()) {
            if (!match.confidence().atLeast(Confidence.HIGH)) {
                continue;
            }
            Quote quote = quotedLastYear(match.current(), year);
            Value target = match.previous().value();
            if (quote != null && isWritten(target) && !sameValue(quote.value(), target)) {
                context.report(quote.pointer(), "differs", quote.value().written(), String.valueOf(year - 1),
                        target.written());
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
