package io.jixiao.rules;

import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Numbers;
import io.jixiao.value.Value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How exactly a person meant a number they wrote. A total written 43.4 stands for any 43.35–43.45, so it is right
 * for parts adding up to 43.40; a share written 82% stands for 81.5%–82.5%. The money and calculation rules compare
 * a stated result with the computed one within half a unit of the stated number's last written decimal place, so a
 * correctly rounded figure is never reported and a figure off by one cent (185.91 against 185.92) always is.
 */
final class WrittenPrecision {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private WrittenPrecision() {
    }

    /** Half a unit of the last written decimal place: 0.05 for 43.4, 0.5 for 82, 0.005 for 185.91. */
    static BigDecimal halfUnit(BigDecimal written) {
        return FIVE.scaleByPowerOfTen(-written.scale() - 1);
    }

    /** Whether the written number is the computed one, rounded to the places written. */
    static boolean matches(BigDecimal written, BigDecimal computed) {
        return written.subtract(computed).abs().compareTo(halfUnit(written)) < 0;
    }

    /** Whether a stated amount is the computed amount (in 元), rounded to the places written in its own unit. */
    static boolean matches(Money stated, BigDecimal computedYuan) {
        return matches(stated.amount(), inUnit(computedYuan, stated.unit()));
    }

    /** An amount in 元 expressed in another unit, exactly (the divisor is a power of ten). */
    static BigDecimal inUnit(BigDecimal yuan, MoneyUnit unit) {
        return yuan.divide(unit.inYuan());
    }

    /** A number as a finance clerk writes it, as the value grammar writes it ({@link Numbers#plain}). */
    static String plain(BigDecimal number) {
        return Numbers.plain(number);
    }

    /** An amount with its unit, such as {@code 37万元}. */
    static String money(BigDecimal amount, MoneyUnit unit) {
        return plain(amount) + unit.label();
    }

    /**
     * The number of a share written as a plain percentage: {@code 82%}, {@code 25.00％}, or bare {@code 25} (forms
     * and spreadsheets often drop the sign). Empty for comparisons, magnitudes and other units.
     */
    static Optional<BigDecimal> percent(Value value) {
        if (value instanceof Value.Quantity q && q.comparator() == null && q.magnitude() == null
                && (q.unit() == null || q.unit().text().equals("%"))) {
            return Optional.of(q.number());
        }
        return Optional.empty();
    }
}
