package io.jixiao.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator value as written ({@code ≥90%}, {@code 15篇}, {@code 2023年底}, {@code 有所提升}) and what it means.
 * Every variant keeps the written text, so rendering reproduces the filing exactly and rules can quote it.
 */
public sealed interface Value
        permits Value.Quantity, Value.Tolerance, Value.DateValue, Value.Period, Value.Qualitative,
        Value.NotApplicable, Value.Blank {

    /** The value exactly as it appears in the filing (trimmed). */
    String written();

    /**
     * A number with an optional comparator, magnitude and unit: {@code ≥90%}, {@code 15篇}, {@code ≤4000元},
     * {@code 4次/年/界别}, {@code 5万} (magnitude without unit), {@code 0}.
     *
     * @param comparator the stated relation, or null when the number is written alone (an exact target)
     * @param number     the number as written, before the magnitude
     * @param magnitude  千, 万 or 亿 written between number and unit, or null
     * @param unit       the unit, or null when none is written
     */
    record Quantity(Comparator comparator, BigDecimal number, String magnitude, Unit unit, String written)
            implements Value {
        public Quantity {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(written, "written");
        }

        /** The number with its magnitude applied: {@code 5万} is 50000. */
        public BigDecimal scaled() {
            if (magnitude == null) {
                return number;
            }
            return number.multiply(Magnitude.of(magnitude).map(Magnitude::factor).orElse(BigDecimal.ONE));
        }

        public boolean isPercent() {
            return unit != null && unit.kind() == UnitKind.PERCENT;
        }
    }

    /** A permitted deviation: {@code ±3%以内}. */
    record Tolerance(BigDecimal plusMinus, Unit unit, String written) implements Value {
    }

    /**
     * A point in time: {@code 2023年底}, {@code 2023年6月}, {@code 2023年6月30日前}, {@code 12月底}, {@code 2023.07}.
     *
     * @param year      the year, or null when only a month is written
     * @param month     1–12, or null
     * @param day       1–31, or null
     * @param qualifier 底, 末, 初, 前, 上半年 … as written, or null
     */
    record DateValue(Integer year, Integer month, Integer day, String qualifier, String written) implements Value {
    }

    /**
     * A span of time: {@code 2023.07-2024.01}, {@code 2023年全年}, {@code 全年}. A whole year has months 1–12;
     * {@code 全年} alone leaves the years null (the filing's year is meant).
     */
    record Period(Integer startYear, Integer startMonth, Integer endYear, Integer endMonth, String written)
            implements Value {
    }

    /** A value stated in words: {@code 有所提升}, {@code 及时}, {@code 合规}, {@code 持续促进}. */
    record Qualitative(String written) implements Value {
    }

    /** Explicitly not applicable: {@code /}. */
    record NotApplicable(String written) implements Value {
    }

    /** Nothing written. */
    record Blank() implements Value {
        @Override
        public String written() {
            return "";
        }
    }
}
