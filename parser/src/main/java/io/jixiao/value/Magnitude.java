package io.jixiao.value;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The magnitude words written between a number and its unit ({@code 5万人}, {@code 2亿元}, {@code 3千元}): part of the
 * value grammar, shared by the value parser and the rules that read calculations in prose, so that 万 means the
 * same in a target and in the working beside an amount.
 */
public enum Magnitude {
    THOUSAND("千"),
    TEN_THOUSAND("万"),
    HUNDRED_MILLION("亿");

    /** Any magnitude character, as a regular-expression character class. */
    public static final String ANY = "[万亿千]";
    /**
     * The magnitudes that stand for an amount of money on their own after a number ({@code 31.5万} is 31.5万元), as a
     * character class. 千 is not among them: {@code 3千} alone is rare, and 千 begins units of its own (千克, 千米).
     */
    public static final String ALONE = "[万亿]";

    private final String written;

    Magnitude(String written) {
        this.written = written;
    }

    /** The character as written: 千, 万 or 亿. */
    public String written() {
        return written;
    }

    /** What it multiplies the number by, exactly. */
    public BigDecimal factor() {
        return switch (this) {
            case THOUSAND -> BigDecimal.valueOf(1_000);
            case TEN_THOUSAND -> BigDecimal.valueOf(10_000);
            case HUNDRED_MILLION -> BigDecimal.valueOf(100_000_000);
        };
    }

    /** The magnitude written as {@code text} exactly (千, 万 or 亿). */
    public static Optional<Magnitude> of(String text) {
        return Arrays.stream(values()).filter(magnitude -> magnitude.written.equals(text)).findFirst();
    }

    /** The magnitude a text begins with: 万 in {@code 万人次}, 千 in {@code 千克} (the caller decides if it is a unit). */
    public static Optional<Magnitude> leading(String text) {
        return text.isEmpty() ? Optional.empty() : of(text.substring(0, 1));
    }

    /**
     * What a unit written after a number multiplies it by: 10000 for 万, 万元 or 万人, 1e8 for 亿 or 亿元, 1000 for
     * 千元, and 1 otherwise (元, 个, 元/个, and 千克 or 千米, where 千 is part of the unit).
     */
    public static BigDecimal factorOfUnit(String unit) {
        Optional<Magnitude> leading = leading(unit);
        if (leading.isEmpty() || leading.get() == THOUSAND && !unit.startsWith("千元")) {
            return BigDecimal.ONE;
        }
        return leading.get().factor();
    }
}
