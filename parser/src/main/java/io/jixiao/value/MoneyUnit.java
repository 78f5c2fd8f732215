package io.jixiao.value;

import java.math.BigDecimal;
import java.util.Optional;

/** The two money units a filing can declare. Conversion is exact: 1 万元 = 10000 元. */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

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

    public static Optional<MoneyUnit> fromLabel(String label) {
        for (MoneyUnit unit : values()) {
            if (unit.label.equals(label)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
