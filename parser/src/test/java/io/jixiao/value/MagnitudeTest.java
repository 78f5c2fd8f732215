package io.jixiao.value;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The value grammar: magnitudes 千, 万 and 亿")
class MagnitudeTest {

    @ParameterizedTest(name = "a number followed by {0} is multiplied by {1}")
    @DisplayName("what a unit after a number multiplies it by")
    @CsvSource(delimiter = '|', value = {
            "万元     | 10000",
            "万       | 10000",
            "万人次   | 10000",
            "亿元     | 100000000",
            "亿       | 100000000",
            "千元     | 1000",
            "千克     | 1",
            "千米     | 1",
            "元       | 1",
            "元/个    | 1",
            "%        | 1",
    })
    void factorOfUnit(String unit, String factor) {
        assertEquals(0, new BigDecimal(factor).compareTo(Magnitude.factorOfUnit(unit)));
    }

    @Test
    @DisplayName("no unit at all multiplies by one")
    void noUnit() {
        assertEquals(BigDecimal.ONE, Magnitude.factorOfUnit(""));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("万 and 亿 scale a target exactly as they scale the working beside an amount")
    @ValueSource(strings = {"3万人次", "2.5万元", "1.2亿元", "528.244101万"})
    void targetsAndWorkingAgree(String written) {
        Value.Quantity target = (Value.Quantity) ValueParser.parse(written);
        String unit = target.magnitude() + (target.unit() == null ? "" : target.unit().text());
        assertEquals(0, target.scaled().compareTo(target.number().multiply(Magnitude.factorOfUnit(unit))));
    }

    @Test
    @DisplayName("each magnitude is read from its character, and only from it")
    void characters() {
        assertEquals(Optional.of(Magnitude.TEN_THOUSAND), Magnitude.of("万"));
        assertEquals(Optional.of(Magnitude.HUNDRED_MILLION), Magnitude.leading("亿元"));
        assertEquals(Optional.of(Magnitude.THOUSAND), Magnitude.leading("千克"));
        assertEquals(Optional.empty(), Magnitude.of("万元"));
        assertEquals(Optional.empty(), Magnitude.leading(""));
        for (Magnitude magnitude : Magnitude.values()) {
            assertTrue(magnitude.written().matches(Magnitude.ANY), magnitude.written());
        }
        assertTrue("万".matches(Magnitude.ALONE) && "亿".matches(Magnitude.ALONE) && !"千".matches(Magnitude.ALONE));
    }
}
