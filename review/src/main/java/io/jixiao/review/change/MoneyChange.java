package io.jixiao.review.change;

import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One amount of the two filings: a budget line, a project's 预算数, a new project's budget (nothing before) or a
 * dropped one's (nothing after). Amounts are compared exactly in one unit, this year's declared one, whatever unit
 * each was written in; only the relative change is rounded, to one decimal place.
 *
 * @param label      where the amount is, as the filing's keys and names ({@code 项目 › 车辆保险费 › 预算数})
 * @param pointer    JSON pointer of this year's amount, or of last year's when it was dropped
 * @param before     last year's amount as written, or null when there was none
 * @param after      this year's amount as written, or null when there is none
 * @param unit       the unit of the amounts below
 * @param difference after − before in {@code unit}, exactly; the whole amount for a new or a dropped one (negative)
 * @param percent    the change relative to last year, in percent, rounded half up to one decimal; null when there
 *                   was no amount (or a zero) last year
 */
public record MoneyChange(List<String> label, String pointer, Money before, Money after, MoneyUnit unit,
                          BigDecimal difference, BigDecimal percent) {

    public MoneyChange {
        label = List.copyOf(label);
    }

    static MoneyChange of(List<String> label, String pointer, Money before, Money after, MoneyUnit unit) {
        BigDecimal was = before == null ? BigDecimal.ZERO : before.in(unit);
        BigDecimal is = after == null ? BigDecimal.ZERO : after.in(unit);
        BigDecimal difference = is.subtract(was);
        BigDecimal percent = was.signum() == 0 ? null
                : difference.multiply(BigDecimal.valueOf(100)).divide(was.abs(), 1, RoundingMode.HALF_UP);
        return new MoneyChange(label, pointer, before, after, unit, difference, percent);
    }

    /** Last year's amount in {@link #unit()}, zero when there was none. */
    public BigDecimal beforeAmount() {
        return before == null ? BigDecimal.ZERO : before.in(unit);
    }

    /** This year's amount in {@link #unit()}, zero when there is none. */
    public BigDecimal afterAmount() {
        return after == null ? BigDecimal.ZERO : after.in(unit);
    }

    public boolean added() {
        return before == null;
    }

    public boolean dropped() {
        return after == null;
    }

    /** Whether the amount is different at all (4000 and 4000.00 are the same amount). */
    public boolean changed() {
        return added() || dropped() || difference.signum() != 0;
    }
}
