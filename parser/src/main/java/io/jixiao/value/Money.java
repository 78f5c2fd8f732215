package io.jixiao.value;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money exactly as decimal, in the unit it was written in: the filing's declared unit for a bare
 * number, or the unit written beside it ({@code 12万元}, {@code 17万}, {@code 4000元}). Never floating point.
 *
 * @param amount  the number as written (scale kept: {@code 4000.00} stays {@code 4000.00})
 * @param unit    the unit the amount is in
 * @param written the text as it appears in the filing
 */
public record Money(BigDecimal amount, MoneyUnit unit, String written) {

    private static final Pattern WRITTEN = Pattern.compile(
            "^\\s*(" + Numbers.AMOUNT + ")\\s*(" + MoneyUnit.WRITTEN + ")?\\s*$");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(written, "written");
    }

    /**
     * Reads an amount as people write it.
     *
     * @param text         the raw text of the value
     * @param declaredUnit the filing's 金额单位, used when no unit is written
     * @return empty when the text is not an amount
     */
    public static Optional<Money> parse(String text, MoneyUnit declaredUnit) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches()) {
            return plainNumber(text).map(n -> new Money(n, declaredUnit, text.strip()));
        }
        BigDecimal amount = Numbers.parse(m.group(1));
        MoneyUnit unit = m.group(2) == null ? declaredUnit : MoneyUnit.ofWritten(m.group(2));
        return Optional.of(new Money(amount, unit, text.strip()));
    }

    /** Other number forms YAML 1.2 accepts as a float, such as {@code 4000.} or {@code 1.2e3}. */
    private static Optional<BigDecimal> plainNumber(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The same amount in another unit, exactly. */
    public BigDecimal in(MoneyUnit target) {
        if (target == unit) {
            return amount;
        }
        BigDecimal yuan = amount.multiply(unit.inYuan());
        return yuan.divide(target.inYuan()).stripTrailingZeros();
    }

    /** Whether this amount was written with an explicit unit rather than relying on the declared one. */
    public boolean hasWrittenUnit() {
        Matcher m = WRITTEN.matcher(written);
        return m.matches() && m.group(2) != null;
    }
}
