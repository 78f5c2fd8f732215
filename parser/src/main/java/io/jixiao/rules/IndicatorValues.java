package io.jixiao.rules;

import io.jixiao.model.History;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.Standard;
import io.jixiao.read.Pointers;
import io.jixiao.value.Comparator;
import io.jixiao.value.Numbers;
import io.jixiao.value.Unit;
import io.jixiao.value.UnitKind;
import io.jixiao.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The written values of one indicator — its target (指标值), its 中期 target (中期指标值) and, where the template has
 * them, its reference standards (标准值) and history (历史值) — each with the JSON pointer a finding about it lands on. The unit rules
 * look at all of them, because a typo such as {@code 6资} in last year's column is as wrong as one in the target.
 *
 * <p>Also the small questions the value rules ask of a value ("a bare number?", "a magnitude without a unit?"),
 * answered in one place so that each defect is reported by exactly one rule.
 */
final class IndicatorValues {

    /** One value of an indicator and where it is written. */
    record Located(String pointer, Value value) {
    }

    private IndicatorValues() {
    }

    /** The target's pointer: where a finding about 指标值 lands (the row itself when the key is missing). */
    static String targetPointer(Indicator indicator) {
        return Pointers.child(indicator.pointer(), Keys.Indicator.VALUE);
    }

    /**
     * Every value written for the indicator, in document order of the template: target, 中期 target, standard,
     * history.
     */
    static List<Located> all(Indicator indicator) {
        List<Located> values = new ArrayList<>();
        add(values, targetPointer(indicator), indicator.value());
        add(values, Pointers.child(indicator.pointer(), Keys.Indicator.MID_TERM_VALUE), indicator.midTermValue());
        Standard standard = indicator.standard();
        if (standard != null) {
            String at = Pointers.child(indicator.pointer(), Keys.Indicator.STANDARD);
            add(values, Pointers.child(at, Keys.Standard.PLANNED), standard.planned());
            add(values, Pointers.child(at, Keys.Standard.CURRENT), standard.current());
        }
        History history = indicator.history();
        if (history != null) {
            String at = Pointers.child(indicator.pointer(), Keys.Indicator.HISTORY);
            add(values, Pointers.child(at, Keys.History.THREE_YEAR_AVERAGE), history.threeYearAverage());
            add(values, Pointers.child(at, Keys.History.LAST_YEAR), history.lastYear());
            for (Map.Entry<Integer, Value> year : history.byYear().entrySet()) {
                add(values, Pointers.child(at, Keys.yearKey(year.getKey())), year.getValue());
            }
        }
        return List.copyOf(values);
    }

    private static void add(List<Located> values, String pointer, Value value) {
        if (value != null && !(value instanceof Value.Blank)) {
            values.add(new Located(pointer, value));
        }
    }

    /** The unit written with a number ({@code 次} in {@code ≥5次}, {@code %} in {@code ±3%}), if any. */
    static Optional<Unit> unit(Value value) {
        if (value instanceof Value.Quantity q) {
            return Optional.ofNullable(q.unit());
        }
        if (value instanceof Value.Tolerance t) {
            return Optional.ofNullable(t.unit());
        }
        return Optional.empty();
    }

    /** What the value's unit measures, when it has a unit jixiao knows. */
    static Optional<UnitKind> knownKind(Value value) {
        return unit(value).map(Unit::kind).filter(kind -> kind != UnitKind.UNKNOWN);
    }

    /** A number written with neither unit nor magnitude ({@code 95}, {@code ≥3}); zero is excluded by callers. */
    static boolean isBareNumber(Value value) {
        return value instanceof Value.Quantity q && q.unit() == null && q.magnitude() == null;
    }

    /** A magnitude with nothing after it: {@code 5万}, {@code 528.244101万}. */
    static boolean isMagnitudeWithoutUnit(Value value) {
        return value instanceof Value.Quantity q && q.unit() == null && q.magnitude() != null;
    }

    /**
     * A count or physical measure other than zero ({@code ≥3篇}, {@code 420平方米}); {@code 0次} states a zero-defect
     * target and is left alone.
     */
    static boolean isNonZeroQuantity(Value value) {
        return value instanceof Value.Quantity q && q.unit() != null && q.unit().kind().isQuantity()
                && q.number().signum() != 0;
    }

    /**
     * The known unit most often written in the indicator's values ({@code 次} for {@code 2018: 5次, 2019: 6资,
     * 指标值: 5次}): the best evidence of the unit meant where one value lacks it or misspells it. The earliest
     * wins a tie.
     */
    static Optional<String> commonUnit(Indicator indicator) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Located located : all(indicator)) {
            unit(located.value()).filter(u -> u.kind() != UnitKind.UNKNOWN)
                    .ifPresent(u -> counts.merge(u.text(), 1, Integer::sum));
        }
        String best = null;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (best == null || count.getValue() > counts.get(best)) {
                best = count.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The value written again with another unit, as a suggestion: {@code 6资} with 次 is {@code 6次}, {@code 5万}
     * with 人 is {@code 5万人}; a unit that already carries the magnitude ({@code 万元}) replaces it.
     */
    static String rewrite(Value.Quantity quantity, String unit) {
        String magnitude = quantity.magnitude() == null || unit.startsWith(quantity.magnitude())
                ? "" : quantity.magnitude();
        return symbol(quantity.comparator()) + Numbers.plain(quantity.number()) + magnitude + unit;
    }

    private static String symbol(Comparator comparator) {
        return comparator == null ? "" : comparator.symbol();
    }
}
