package io.jixiao.value;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Format v2 (issue 9): lengths, areas, weights and volumes as units, and the period shapes of the national forms. */
@DisplayName("Measures and periods of the national and provincial forms")
class MeasuresAndPeriodsTest {

    @ParameterizedTest(name = "{0} is {2} {1}")
    @DisplayName("lengths, areas, weights and volumes are units of their own kind, amounts of something")
    @CsvSource(delimiter = '|', value = {
            "169公里    | 公里   | LENGTH",
            "≥2.5千米   | 千米   | LENGTH",
            "4.5米      | 米     | LENGTH",
            "300平方米  | 平方米 | AREA",
            "≥1200亩    | 亩     | AREA",
            "20公顷     | 公顷   | AREA",
            "≥500公斤   | 公斤   | WEIGHT",
            "3吨        | 吨     | WEIGHT",
            "4.5立方米  | 立方米 | VOLUME",
            "≤200升     | 升     | VOLUME"})
    void measures(String text, String unit, UnitKind kind) {
        Value.Quantity q = assertInstanceOf(Value.Quantity.class, ValueParser.parse(text), text);
        assertEquals(unit, q.unit().text());
        assertEquals(kind, q.unit().kind());
        assertTrue(kind.isQuantity(), "a measure says how much there is");
    }

    @Test
    @DisplayName("万 before a measure is a magnitude: 2万亩 is twenty thousand 亩")
    void magnitudeBeforeMeasure() {
        Value.Quantity q = (Value.Quantity) ValueParser.parse("≥2万亩");
        assertEquals("万", q.magnitude());
        assertEquals(UnitKind.AREA, q.unit().kind());
        assertEquals(0, new BigDecimal("20000").compareTo(q.scaled()));
    }

    @Test
    @DisplayName("counts stay counts, and only counts and measures say how much there is")
    void quantityKinds() {
        assertTrue(UnitKind.COUNT.isQuantity());
        assertTrue(UnitKind.AREA.isQuantity());
        assertFalse(UnitKind.MONEY.isQuantity());
        assertFalse(UnitKind.PERCENT.isQuantity());
        assertFalse(UnitKind.DURATION.isQuantity());
        assertEquals(UnitKind.COUNT, Unit.of("人次").kind());
    }

    @ParameterizedTest(name = "{0} runs {1}.{2} to {3}.{4}")
    @DisplayName("periods as the forms print them: 中期 year ranges, system exports, day ranges")
    @CsvSource(delimiter = '|', value = {
            "2024年—2026年               | 2024 | 1 | 2026 | 12",
            "2019年--2021年              | 2019 | 1 | 2021 | 12",
            "2024年—2024年               | 2024 | 1 | 2024 | 12",
            "202001-202012               | 2020 | 1 | 2020 | 12",
            "2023年4月-2024年2月         | 2023 | 4 | 2024 | 2",
            "2024年1月1日-2024年12月31日 | 2024 | 1 | 2024 | 12",
            "2021年1月-12月              | 2021 | 1 | 2021 | 12"})
    void periods(String text, int startYear, int startMonth, int endYear, int endMonth) {
        Value.Period p = assertInstanceOf(Value.Period.class, ValueParser.parse(text), text);
        assertEquals(startYear, p.startYear());
        assertEquals(startMonth, p.startMonth());
        assertEquals(endYear, p.endYear());
        assertEquals(endMonth, p.endMonth());
        assertEquals(text, p.written(), "written text is kept as is");
    }

    @Test
    @DisplayName("spaces inside a date are ignored but kept in the written text: 芜湖's 2019年  1 月 1日")
    void spacedDate() {
        Value.DateValue d = assertInstanceOf(Value.DateValue.class, ValueParser.parse("2019年  1 月 1日"));
        assertEquals(2019, d.year());
        assertEquals(1, d.month());
        assertEquals(1, d.day());
        assertEquals("2019年  1 月 1日", d.written());
        assertInstanceOf(Value.Quantity.class, ValueParser.parse("95"), "a number is not a date");
    }
}
