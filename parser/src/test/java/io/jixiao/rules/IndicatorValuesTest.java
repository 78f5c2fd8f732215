package io.jixiao.rules;

import io.jixiao.model.History;
import io.jixiao.model.Indicator;
import io.jixiao.model.Standard;
import io.jixiao.value.Value;
import io.jixiao.value.ValueParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The values of one indicator")
class IndicatorValuesTest {

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @DisplayName("a suggestion keeps the comparator and the magnitude and swaps the unit")
    @CsvSource({
            "6资, 次, 6次",
            "不低于5资, 次, ≥5次",
            "≥5万, 人, ≥5万人",
            "528.244101万, 元, 528.244101万元",
            "≤5万圆, 万元, ≤5万元",
            "95, %, 95%"})
    void rewrite(String written, String unit, String suggestion) {
        assertEquals(suggestion, IndicatorValues.rewrite((Value.Quantity) ValueParser.parse(written), unit));
    }

    @Test
    @DisplayName("target, standard and history are all read, each at its own pointer, blanks left out")
    void allValues() {
        Indicator indicator = indicator("15篇", new Standard(ValueParser.parse("/"), ValueParser.parse("15篇"), null),
                new History(ValueParser.parse("15.6篇"), ValueParser.parse(null), null,
                        new TreeMap<>(Map.of(2018, ValueParser.parse("4次")))));
        assertEquals(List.of("/x/指标值", "/x/标准值/规划值", "/x/标准值/当年标准值", "/x/历史值/前三年均值", "/x/历史值/2018"),
                IndicatorValues.all(indicator).stream().map(IndicatorValues.Located::pointer).toList());
    }

    @Test
    @DisplayName("the unit most used by the indicator's values is the common one; the earliest wins a tie")
    void commonUnit() {
        History history = new History(ValueParser.parse(null), ValueParser.parse(null), null,
                new TreeMap<>(Map.of(2018, ValueParser.parse("5次"), 2019, ValueParser.parse("6资"))));
        assertEquals(Optional.of("次"), IndicatorValues.commonUnit(indicator("5次", null, history)));
        History mixed = new History(ValueParser.parse("3个"), ValueParser.parse(null), null, new TreeMap<>());
        assertEquals(Optional.of("篇"), IndicatorValues.commonUnit(indicator("2篇", null, mixed)));
        assertEquals(Optional.empty(), IndicatorValues.commonUnit(indicator("5万", null, null)));
    }

    private static Indicator indicator(String value, Standard standard, History history) {
        return new Indicator("/x", null, null, null, "示例指标", null, ValueParser.parse(value), null, standard,
                history, null);
    }
}
