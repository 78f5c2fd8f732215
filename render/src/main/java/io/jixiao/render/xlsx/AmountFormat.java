package io.jixiao.render.xlsx;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * How an amount becomes a numeric Excel cell without changing what was filed. Excel stores a number as a binary
 * double and shows at most 15 significant digits, so an amount is written as a number only when that number reads
 * back as exactly the filed decimal; the display format keeps the scale it was written with ({@code 4000.00} shows
 * as {@code 4000.00}, not {@code 4000}).
 */
final class AmountFormat {

    /** Excel's display precision: a 16th significant digit would be shown rounded. */
    private static final int EXCEL_SIGNIFICANT_DIGITS = 15;

    private AmountFormat() {
    }

    /**
     * The amount as a double, when the double is exactly the same number and Excel can display all its digits;
     * empty when the amount must stay text to be shown as filed.
     */
    static OptionalDouble exactDouble(BigDecimal amount) {
        if (amount.stripTrailingZeros().precision() > EXCEL_SIGNIFICANT_DIGITS) {
            return OptionalDouble.empty();
        }
        double value = amount.doubleValue();
        if (Double.isInfinite(value) || BigDecimal.valueOf(value).compareTo(amount) != 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }

    /**
     * The Excel number format showing exactly the written decimals, without grouping: {@code 0} for a whole number,
     * {@code 0.00} for two decimals, {@code 0.000000} for {@code 528.244101}.
     */
    static String numberFormat(BigDecimal amount) {
        return numberFormat(amount, false);
    }

    /**
     * As {@link #numberFormat(BigDecimal)}, with thousands separators when the amount was written with them
     * ({@code 3,309,840.00} shows as {@code #,##0.00}): the printed form shows the amount as filed.
     */
    static String numberFormat(BigDecimal amount, boolean grouped) {
        int decimals = Math.max(amount.scale(), 0);
        String integer = grouped ? "#,##0" : "0";
        return decimals == 0 ? integer : integer + "." + "0".repeat(decimals);
    }

    /** Whether an amount was written with thousands separators. */
    static boolean grouped(String written) {
        return written != null && written.matches("\\s*[-+]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?\\s*");
    }
}
