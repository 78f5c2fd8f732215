package io.jixiao.value;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How numbers are written in a filing, in the three places they occur, and how they are read and written back.
 * Part of the value grammar: the value parser, the money amounts and the rules that read calculations in prose all
 * take their numbers from here, so "1,200" or "2.5" means the same wherever it is written. Every number is read
 * exactly, as a {@link BigDecimal}, never as floating point.
 *
 * <p>The regular expressions have no capturing groups, so that a pattern can embed one and capture it as it needs.
 */
public final class Numbers {

    /**
     * A number that is a whole value (指标值 {@code ≥1,200人}): an optional sign, digits with optional thousands groups
     * of three behind an ASCII comma, optional decimals.
     */
    public static final String VALUE = "[-+]?[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?";

    /**
     * A number in an amount field (预算数 {@code 4,000.00}): as {@link #VALUE}, but a comma may stand anywhere after the
     * first digit, so an amount grouped by four digits as 万 counts ({@code 1,0000万元}) is still read as written.
     */
    public static final String AMOUNT = "[-+]?[0-9][0-9,]*(?:\\.[0-9]+)?";

    /**
     * A number in running text (测算说明 {@code 8*50*100=40000元}, {@code 印刷费59,203元}): unsigned, with thousands
     * groups only where every group has three digits, and never starting inside another number — after a digit, a
     * decimal point, or a digit and a comma — so a figure that is not well grouped ({@code 1,20}) is never misread
     * as a second, smaller one.
     */
    public static final String IN_PROSE =
            "(?<![0-9.])(?<![0-9],)(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\\.[0-9]+)?";

    /** {@link #IN_PROSE}, compiled, to find the numbers of a text one after another. */
    public static final Pattern IN_PROSE_PATTERN = Pattern.compile(IN_PROSE);

    private Numbers() {
    }

    /** The number a written number stands for, exactly: digit-group commas removed, the scale kept (2.50 stays). */
    public static BigDecimal parse(String written) {
        return new BigDecimal(written.replace(",", ""));
    }

    /** A number as a finance clerk writes it: no exponent, no trailing zeros, no digit grouping (220000, not 2.2E+5). */
    public static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
