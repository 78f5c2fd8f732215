package io.jixiao.history;

import io.jixiao.rules.Category;
import io.jixiao.value.Comparator;
import io.jixiao.value.Deadline;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Unit;
import io.jixiao.value.UnitKind;
import io.jixiao.value.Value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Last year's target against this year's, for one indicator, exact about the domain: numbers are compared in one
 * unit ({@code ≤4000元} and {@code ≤0.5万元} are both amounts in 元, {@code 5万人} is 50000 人), which way is more
 * demanding follows the comparator (a floor ≥ or a ceiling ≤) and, for a bare number, what is measured (a cost, a
 * duration of a timeliness target, a count of faults are better lower), and dates are read against each filing's
 * own year, so {@code 2025年11月底} in the 2025 filing and {@code 2026年11月底} in the 2026 one are the same deadline
 * (a target that differs only in the year written in it is unchanged).
 *
 * @param shift   how the target moved
 * @param unit    the unit both amounts are in ({@code 元} for any money unit), or null when the values are not
 *                amounts of one unit
 * @param before  last year's amount in {@code unit}, or null
 * @param after   this year's amount in {@code unit}, or null
 */
public record TargetComparison(TargetShift shift, String unit, BigDecimal before, BigDecimal after) {

    private static final String YUAN = MoneyUnit.YUAN.label();

    /**
     * Compares two years' targets of the same indicator.
     *
     * @param category the indicator's category (this year's; last year's when this year has none)
     * @param name     the indicator's name, for the faults whose count is better lower
     */
    public static TargetComparison compare(Value before, int beforeYear, Value after, int afterYear,
                                           Category category, String name) {
        return compare(before, beforeYear, after, afterYear, category, name, null);
    }

    /**
     * @param direction 指标方向 as filed (正向指标 / 反向指标, format v2), or null: when it says which way is better,
     *                  that decides for a number written without comparator
     */
    public static TargetComparison compare(Value before, int beforeYear, Value after, int afterYear,
                                           Category category, String name, String direction) {
        boolean hadTarget = isWritten(before);
        boolean hasTarget = isWritten(after);
        if (!hadTarget || !hasTarget) {
            TargetShift shift = hadTarget ? TargetShift.CLEARED
                    : hasTarget ? TargetShift.SET : TargetShift.UNCHANGED;
            return of(shift);
        }
        if (YearText.squeeze(before.written()).equals(YearText.squeeze(after.written()))
                || YearText.sameButYear(before.written(), beforeYear, after.written(), afterYear)) {
            return of(TargetShift.UNCHANGED);
        }
        boolean measuredBefore = isMeasured(before);
        boolean measuredAfter = isMeasured(after);
        if (measuredBefore && !measuredAfter) {
            return of(TargetShift.MADE_VAGUE);
        }
        if (!measuredBefore && measuredAfter) {
            return of(TargetShift.MADE_MEASURABLE);
        }
        if (!measuredBefore) {
            return of(TargetShift.REWORDED);
        }
        if (before instanceof Value.Quantity a && after instanceof Value.Quantity b) {
            return quantities(a, b, category, name, direction);
        }
        if (before instanceof Value.Tolerance a && after instanceof Value.Tolerance b) {
            return tolerances(a, b);
        }
        Optional<Integer> deadlineBefore = Deadline.of(before, beforeYear);
        Optional<Integer> deadlineAfter = Deadline.of(after, afterYear);
        if (deadlineBefore.isPresent() && deadlineAfter.isPresent()) {
            int moved = deadlineAfter.get().compareTo(deadlineBefore.get());
            return of(moved == 0 ? TargetShift.EQUIVALENT : moved > 0 ? TargetShift.LOWERED : TargetShift.RAISED);
        }
        return of(TargetShift.RESTATED);
    }

    private static TargetComparison of(TargetShift shift) {
        return new TargetComparison(shift, null, null, null);
    }

    private static boolean isWritten(Value value) {
        return value != null && !(value instanceof Value.Blank) && !(value instanceof Value.NotApplicable);
    }

    /** A number, a tolerance, a date or a period: something the year's end can be checked against. */
    private static boolean isMeasured(Value value) {
        return value instanceof Value.Quantity || value instanceof Value.Tolerance
                || value instanceof Value.DateValue || value instanceof Value.Period;
    }

    private static TargetComparison quantities(Value.Quantity a, Value.Quantity b, Category category, String name,
                                               String direction) {
        Amount before = Amount.of(a, category);
        Amount after = Amount.of(b, category);
        if (!before.unit().equals(after.unit())) {
            return of(TargetShift.RESTATED);
        }
        Bound boundBefore = Bound.of(a.comparator());
        Bound boundAfter = Bound.of(b.comparator());
        if (boundBefore != Bound.POINT && boundAfter != Bound.POINT && boundBefore != boundAfter) {
            return new TargetComparison(TargetShift.RESTATED, before.unit(), before.value(), after.value());
        }
        boolean higherIsStricter = boundBefore == Bound.FLOOR || boundAfter == Bound.FLOOR
                || boundBefore == Bound.POINT && boundAfter == Bound.POINT
                && !Polarity.ofDirection(direction).orElseGet(() -> lowerIsBetter(a, category, name));
        int moved = after.value().compareTo(before.value());
        TargetShift shift;
        if (moved == 0) {
            int strictness = Boolean.compare(strict(b.comparator()), strict(a.comparator()));
            shift = strictness == 0 ? TargetShift.EQUIVALENT
                    : strictness > 0 ? stricter(higherIsStricter) : weaker(higherIsStricter);
        } else if (moved > 0 == higherIsStricter) {
            shift = stricter(higherIsStricter);
        } else {
            shift = weaker(higherIsStricter);
        }
        return new TargetComparison(shift, before.unit(), before.value(), after.value());
    }

    private static TargetShift stricter(boolean higherIsStricter) {
        return higherIsStricter ? TargetShift.RAISED : TargetShift.TIGHTENED;
    }

    private static TargetShift weaker(boolean higherIsStricter) {
        return higherIsStricter ? TargetShift.LOWERED : TargetShift.LOOSENED;
    }

    /** Whether a number written without comparator is better lower: a cost, a duration to finish, a fault count. */
    private static boolean lowerIsBetter(Value.Quantity q, Category category, String name) {
        UnitKind kind = q.unit() == null ? null : q.unit().kind();
        return category == Category.COST || kind == UnitKind.MONEY
                || category == Category.TIMELINESS && isDuration(q.unit())
                || Polarity.lessIsBetter(name);
    }

    /** A time span: a duration unit, also after a measure word ({@code 3个工作日}). */
    private static boolean isDuration(Unit unit) {
        return unit != null && (unit.kind() == UnitKind.DURATION
                || Unit.DURATION_UNITS.stream().anyMatch(unit.text()::endsWith));
    }

    /** {@code >} and {@code <} exclude the number itself: {@code >90%} asks more than {@code ≥90%}. */
    private static boolean strict(Comparator comparator) {
        return comparator == Comparator.GT || comparator == Comparator.LT;
    }

    private static TargetComparison tolerances(Value.Tolerance a, Value.Tolerance b) {
        String unitBefore = a.unit() == null ? "" : a.unit().text();
        String unitAfter = b.unit() == null ? "" : b.unit().text();
        if (!unitBefore.equals(unitAfter)) {
            return of(TargetShift.RESTATED);
        }
        int moved = b.plusMinus().compareTo(a.plusMinus());
        TargetShift shift = moved == 0 ? TargetShift.EQUIVALENT : moved < 0 ? TargetShift.TIGHTENED
                : TargetShift.LOOSENED;
        return new TargetComparison(shift, unitBefore, a.plusMinus(), b.plusMinus());
    }

    /** What a comparator bounds: from below (≥, >), from above (≤, <), or a plain number (=, none). */
    private enum Bound {
        FLOOR, CEILING, POINT;

        static Bound of(Comparator comparator) {
            if (comparator == null || comparator == Comparator.EQ) {
                return POINT;
            }
            return comparator == Comparator.GE || comparator == Comparator.GT ? FLOOR : CEILING;
        }
    }

    /**
     * A quantity in a unit both years can share: money in 元 whatever money unit was written ({@code 元/人} stays
     * per person), anything else in its written unit with the magnitude applied ({@code 5万人} is 50000 人). A cost
     * written with a magnitude and no unit ({@code 31.5万}) is money, as VALUE-MAGNITUDE reads it.
     */
    private record Amount(String unit, BigDecimal value) {
        static Amount of(Value.Quantity q, Category category) {
            Unit unit = q.unit();
            if (unit == null && q.magnitude() != null && category == Category.COST) {
                return new Amount(YUAN, q.scaled().stripTrailingZeros());
            }
            if (unit == null) {
                return new Amount("", q.scaled());
            }
            String text = unit.text();
            int slash = text.indexOf('/');
            String head = slash < 0 ? text : text.substring(0, slash);
            String per = slash < 0 ? "" : text.substring(slash);
            Optional<BigDecimal> yuan = MoneyUnit.yuanPer(head);
            if (yuan.isPresent()) {
                return new Amount(YUAN + per, q.scaled().multiply(yuan.get()).stripTrailingZeros());
            }
            return new Amount(text, q.scaled().stripTrailingZeros());
        }
    }
}
