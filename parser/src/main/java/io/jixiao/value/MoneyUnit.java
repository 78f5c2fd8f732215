package io.jixiao.value;

import java.math.BigDecimal;
import java.util.Optional;

/** The two money units a filing can declare. Conversion is exact: 1 万元 = 10000 元. */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    /**
     * The units an amount may be written with ({@code 4000元}, {@code 12万元}, {@code 17万}: 万 alone is 万元), as a
     * regular expression without groups, the longest first.
     */
    public static final String WRITTEN = "万元|元|万";

    /** 百 of 百元, a multiple that money units have but that is not a {@link Magnitude} of other values. */
    private static final String HUNDRED = "百";

    private final String label;
    private final BigDecimal inYuan;

    MoneyUnit(String label, BigDecimal inYuan) {
        this.label = label;
        this.inYuan = inYuan;
    }

    public String label() {
        return label;
    }

    /** How many 元 one of this unit is. */
    public BigDecimal inYuan() {
        return inYuan;
    }

    /**
     * How many 元 one of a money unit written after a number is ({@link Unit#MONEY_UNITS}): 1 for 元, 100 for 百元,
     * and for 千元, 万元 and 亿元 the factor of their {@link Magnitude}. Empty for any other unit, such as a per-unit
     * cost ({@code 元/人}) or a count.
     */
    public static Optional<BigDecimal> yuanPer(String writtenUnit) {
        if (!Unit.MONEY_UNITS.contains(writtenUnit)) {
            return Optional.empty();
        }
        String multiple = writtenUnit.substring(0, writtenUnit.length() - YUAN.label.length());
        if (multiple.isEmpty()) {
            return Optional.of(BigDecimal.ONE);
        }
        return multiple.equals(HUNDRED) ? Optional.of(BigDecimal.valueOf(100))
                : Magnitude.of(multiple).map(Magnitude::factor);
    }

    /** The unit of a {@link #WRITTEN} unit: 元, or 万元 for 万元 and 万. */
    public static MoneyUnit ofWritten(String written) {
        return written.equals(YUAN.label) ? YUAN : WAN_YUAN;
    }

    public static Optional<MoneyUnit> fromLabel(String label) {
        for (MoneyUnit unit : values()) {
            if (unit.label.equals(label)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
