package io.jixiao.value;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The value grammar: the words that state a relation")
class ComparatorTest {

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("a target's comparator, from the symbol or the words before or after the number")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "不低于95%     | GE",
            "≧95%          | GE",
            "大于等于95%   | GE",
            "达到100%      | GE",
            "大于3次       | GT",
            "小于等于3次   | LE",
            "控制在5万元   | LE",
            "不超过4000元  | LE",
            "少于2次       | LT",
            "等于100%      | EQ",
            "100人以上     | GE",
            "100人及以上   | GE",
            "3天以内       | LE",
            "3天之内       | LE",
            "50人及以下    | LE",
            "5%左右        | -",
            "不超过5次以上 | LE",
    })
    void comparators(String written, Comparator expected) {
        assertEquals(expected, ((Value.Quantity) ValueParser.parse(written)).comparator());
    }

    @Test
    @DisplayName("words before and after the number are told apart, and 左右 states no relation")
    void words() {
        assertEquals(Optional.of(Comparator.GE), Comparator.before("不少于"));
        assertEquals(Optional.empty(), Comparator.before("以上"));
        assertEquals(Optional.of(Comparator.LE), Comparator.after("以内"));
        assertEquals(Optional.empty(), Comparator.after("左右"));
        assertEquals(Optional.empty(), Comparator.after("不低于"));
    }
}
