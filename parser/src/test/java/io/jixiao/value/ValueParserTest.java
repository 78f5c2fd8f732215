package io.jixiao.value;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("Indicator values as people write them")
class ValueParserTest {

    @ParameterizedTest(name = "{0} → {1} {2} {3} {4}")
    @DisplayName("quantities: comparator, number, magnitude, unit and unit kind")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "≥90%        | GE | 90     | -  | %        | PERCENT",
            "15篇         | -  | 15     | -  | 篇       | COUNT",
            "≤4000元      | LE | 4000   | -  | 元       | MONEY",
            "≤185.91万元  | LE | 185.91 | -  | 万元     | MONEY",
            "4次/年/界别   | -  | 4      | -  | 次/年/界别 | COUNT",
            "5万          | -  | 5      | 万 | -        | -",
            "528.244101万 | -  | 528.244101 | 万 | -    | -",
            ">2次         | GT | 2      | -  | 次       | COUNT",
            "＞2次        | GT | 2      | -  | 次       | COUNT",
            ">=95%       | GE | 95     | -  | %        | PERCENT",
            "＜＝3次      | LE | 3      | -  | 次       | COUNT",
            "＝100％      | EQ | 100    | -  | %        | PERCENT",
            "0           | -  | 0      | -  | -        | -",
            "15.6篇       | -  | 15.6   | -  | 篇       | COUNT",
            "204人次      | -  | 204    | -  | 人次     | COUNT",
            "56学时       | -  | 56     | -  | 学时     | DURATION",
            "6资          | -  | 6      | -  | 资       | UNKNOWN",
            "不低于95%    | GE | 95     | -  | %        | PERCENT",
            "100人以上    | GE | 100    | -  | 人       | COUNT",
            "1,200元      | -  | 1200   | -  | 元       | MONEY",
            "3万人次      | -  | 3      | 万 | 人次     | COUNT",
            "≥500㎡       | GE | 500    | -  | 平方米   | AREA",
    })
    void quantities(String text, Comparator comparator, BigDecimal number, String magnitude, String unit,
                    UnitKind kind) {
        Value.Quantity q = assertInstanceOf(Value.Quantity.class, ValueParser.parse(text));
        assertEquals(comparator, q.comparator());
        assertEquals(0, number.compareTo(q.number()), "number");
        assertEquals(magnitude, q.magnitude());
        assertEquals(unit, q.unit() == null ? null : q.unit().text());
        assertEquals(kind, q.unit() == null ? null : q.unit().kind());
        assertEquals(text.strip(), q.written(), "written text is kept as is");
    }

    @Test
    @DisplayName("a magnitude applies to the number: 5万 is fifty thousand")
    void magnitudeScales() {
        Value.Quantity q = (Value.Quantity) ValueParser.parse("4.8万");
        assertEquals(0, new BigDecimal("48000").compareTo(q.scaled()));
    }

    @Test
    @DisplayName("tolerances: ±3%以内")
    void tolerance() {
        Value.Tolerance t = assertInstanceOf(Value.Tolerance.class, ValueParser.parse("±3%以内"));
        assertEquals(0, new BigDecimal("3").compareTo(t.plusMinus()));
        assertEquals(UnitKind.PERCENT, t.unit().kind());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("dates: year, month, day and qualifier")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2023年底        | 2023 | -  | -  | 底",
            "2023年          | 2023 | -  | -  | -",
            "2023年6月       | 2023 | 6  | -  | -",
            "2023年6月底     | 2023 | 6  | -  | 底",
            "2023年6月30日前 | 2023 | 6  | 30 | 前",
            "12月底          | -    | 12 | -  | 底",
            "2023.07         | 2023 | 7  | -  | -",
            "2025年年底前    | 2025 | -  | -  | 年底前",
            "2024年6月底前   | 2024 | 6  | -  | 底前",
            "12月底到位      | -    | 12 | -  | 底",
            "12月底前完成    | -    | 12 | -  | 底前",
            "2024年6月30日前完成 | 2024 | 6 | 30 | 前",
    })
    void dates(String text, Integer year, Integer month, Integer day, String qualifier) {
        Value.DateValue d = assertInstanceOf(Value.DateValue.class, ValueParser.parse(text));
        assertEquals(year, d.year());
        assertEquals(month, d.month());
        assertEquals(day, d.day());
        assertEquals(qualifier, d.qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("periods: spans and whole years")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2023.07-2024.01   | 2023 | 7 | 2024 | 1",
            "2023年7月至12月   | 2023 | 7 | 2023 | 12",
            "2023年全年        | 2023 | 1 | 2023 | 12",
            "全年             | -    | 1 | -    | 12",
    })
    void periods(String text, Integer startYear, Integer startMonth, Integer endYear, Integer endMonth) {
        Value.Period p = assertInstanceOf(Value.Period.class, ValueParser.parse(text));
        assertEquals(startYear, p.startYear());
        assertEquals(startMonth, p.startMonth());
        assertEquals(endYear, p.endYear());
        assertEquals(endMonth, p.endMonth());
    }

    @ParameterizedTest
    @DisplayName("words stay qualitative text")
    @ValueSource(strings = {"有所提升", "及时", "合规", "持续促进", "无直接经济效益", "按时举行", "3个月内完成2次",
            "12月底前100%到位", "按时完成"})
    void qualitative(String text) {
        assertEquals(new Value.Qualitative(text), ValueParser.parse(text));
    }

    @Test
    @DisplayName("a slash means not applicable, and nothing means blank")
    void notApplicableAndBlank() {
        assertInstanceOf(Value.NotApplicable.class, ValueParser.parse("/"));
        assertInstanceOf(Value.Blank.class, ValueParser.parse("  "));
        assertInstanceOf(Value.Blank.class, ValueParser.parse(null));
        assertNull(((Value.Quantity) ValueParser.parse("100")).unit());
    }
}
