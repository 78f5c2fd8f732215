package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.history.Polarity;
import io.jixiao.model.History;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.Standard;
import io.jixiao.read.Pointers;
import io.jixiao.value.Comparator;
import io.jixiao.value.UnitKind;
import io.jixiao.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * HISTORY-BELOW: a count target set below what the department already achieved — last year's value or the
 * three-year average printed beside it. A target is meant to be at least what past performance shows is possible
 * (history is one of the standards a target is set against); one below it is met without effort. Sometimes
 * the work really shrinks, so this is a hint to explain or raise the target, not an error.
 *
 * <p>The three-year average alone is not held against a target that keeps last year's value and meets this year's
 * standard (当年标准值 or 规划值, when written): the department is doing what it did and what it was asked to.
 *
 * <p>Only plain counts are compared (次, 个, 篇 …, or no unit), with the same unit in target and history, and not
 * where fewer is better (事故, 投诉 …).
 */
@Checks(Diagnostic.HISTORY_BELOW)
final class TargetBelowHistoryRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            if (indicator.history() != null && indicator.value() instanceof Value.Quantity target
                    && isCountTarget(target) && !Polarity.lessIsBetter(indicator.name())) {
                check(context, indicator, target, context.filing().year());
            }
        }
    }

    private static void check(RuleContext context, Indicator indicator, Value.Quantity target, int year) {
        History history = indicator.history();
        Value.Quantity average = comparable(target, history.threeYearAverage());
        boolean belowAverage = average != null && below(target, average);
        Reference last = lastYear(history, year);
        Value.Quantity lastValue = last == null ? null : comparable(target, last.value());
        boolean belowLast = lastValue != null && below(target, lastValue);
        List<String> arguments = new ArrayList<>(List.of(target.written()));
        String variant;
        if (belowLast) {
            variant = last.year() == null ? "belowLastYear" : "belowYear";
            if (last.year() != null) {
                arguments.add(String.valueOf(last.year()));
            }
            arguments.add(lastValue.written());
            if (belowAverage) {
                variant += "AndAverage";
                arguments.add(average.written());
            }
        } else if (belowAverage && !holdsLastYearAndStandard(indicator, target, lastValue)) {
            variant = "belowAverage";
            arguments.add(average.written());
        } else {
            return;
        }
        context.report(Pointers.child(indicator.pointer(), Keys.Indicator.VALUE), variant, arguments.toArray());
    }

    /**
     * Whether the target keeps what was achieved last year and meets the standard set for this year (当年标准值,
     * else 规划值, when one is written in the target's unit). Such a target is what a reviewer asks for; an average
     * pulled up by an earlier, better year does not make it too low.
     */
    private static boolean holdsLastYearAndStandard(Indicator indicator, Value.Quantity target,
                                                    Value.Quantity lastValue) {
        if (lastValue == null) {
            return false;
        }
        Standard standard = indicator.standard();
        Value.Quantity set = standard == null ? null
                : comparable(target, standard.current() instanceof Value.Quantity ? standard.current()
                : standard.planned());
        return set == null || !below(target, set);
    }

    /** 上年值 when written, otherwise the latest year before the filing's (year null for 上年值). */
    private static Reference lastYear(History history, int year) {
        if (!(history.lastYear() instanceof Value.Blank || history.lastYear() instanceof Value.NotApplicable)) {
            return new Reference(null, history.lastYear());
        }
        SortedMap<Integer, Value> before = history.byYear().headMap(year);
        return before.isEmpty() ? null : new Reference(before.lastKey(), before.get(before.lastKey()));
    }

    private static boolean below(Value.Quantity target, Value.Quantity history) {
        return target.scaled().compareTo(history.scaled()) < 0;
    }

    /** A count the department promises at least: 15篇, ≥5次, =3个, or a bare number. */
    private static boolean isCountTarget(Value.Quantity target) {
        boolean count = target.unit() == null || target.unit().kind().isQuantity();
        Comparator c = target.comparator();
        return count && (c == null || c == Comparator.GE || c == Comparator.EQ);
    }

    /** The history value as a quantity in the target's unit, or null when the two cannot be compared. */
    private static Value.Quantity comparable(Value.Quantity target, Value history) {
        if (history instanceof Value.Quantity q && unitText(q).equals(unitText(target))) {
            return q;
        }
        return null;
    }

    private static String unitText(Value.Quantity q) {
        return q.unit() == null ? "" : q.unit().text();
    }

    /** A history value to compare with, and its year when the history was written by year. */
    private record Reference(Integer year, Value value) {
    }
}
