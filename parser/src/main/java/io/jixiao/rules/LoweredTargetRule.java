package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.history.Confidence;
import io.jixiao.history.CrossYear;
import io.jixiao.history.Match;
import io.jixiao.history.TargetComparison;
import io.jixiao.history.TargetShift;
import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.value.UnitKind;
import io.jixiao.value.Value;

/**
 * HISTORY-LOWERED: a target set lower than the same indicator's target last year, or replaced by words that cannot
 * be checked, with no 调整说明 saying why. A reviewer compares the two years first; a lowered target is sometimes
 * right (less work, a changed policy), but then the filing should say so where the target is, and the explanation
 * silences this warning. Which way is lower follows the comparator and what is measured ({@link TargetComparison});
 * only matches the identity rules are sure of ({@link Confidence#HIGH} or better) are judged. A cost ceiling that
 * rises is not reported: it follows the budget, whose change the money comparison shows.
 */
@Checks(Diagnostic.HISTORY_LOWERED)
final class LoweredTargetRule implements Rule {

    @Override
    public void check(RuleContext context) {
        context.previousYear().ifPresent(previous -> check(context, previous));
    }

    private static void check(RuleContext context, Filing previous) {
        Filing current = context.filing();
        for (Match<Indicator> match : CrossYear.match(previous, current).indicators()) {
            Indicator was = match.previous();
            Indicator is = match.current();
            if (!match.confidence().atLeast(Confidence.HIGH) || isWritten(is.adjustment())) {
                continue;
            }
            Category category = Category.of(is.level2() != null ? is.level2() : was.level2());
            TargetComparison comparison = TargetComparison.compare(was.value(), previous.year(), is.value(),
                    current.year(), category, is.name(), is.direction() != null ? is.direction() : was.direction());
            String variant = variant(comparison.shift(), is.value(), category);
            if (variant != null) {
                context.report(IndicatorValues.targetPointer(is), variant, is.name(), was.value().written(),
                        is.value().written(), previous.year());
            }
        }
    }

    /** The message for a weakened target, or null when it is not reported. */
    private static String variant(TargetShift shift, Value target, Category category) {
        return switch (shift) {
            case LOWERED -> target instanceof Value.DateValue || target instanceof Value.Period ? "later" : "lowered";
            case LOOSENED -> category == Category.COST || IndicatorValues.knownKind(target).orElse(null)
                    == UnitKind.MONEY ? null : "loosened";
            case MADE_VAGUE -> "madeVague";
            default -> null;
        };
    }

    private static boolean isWritten(String text) {
        return text != null && !text.isBlank();
    }
}
