package io.jixiao.rules;

import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Value;
import io.jixiao.value.ValueParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Written precision")
class WrittenPrecisionTest {

    @Test
    @DisplayName("a stated figure matches within half a unit of its last written decimal place")
    void halfUnitOfTheLastPlace() {
        assertTrue(WrittenPrecision.matches(new BigDecimal("43.4"), new BigDecimal("43.40")));
        assertTrue(WrittenPrecision.matches(new BigDecimal("82"), new BigDecimal("82.49")));
        assertFalse(WrittenPrecision.matches(new BigDecimal("82"), new BigDecimal("82.5")));
        assertTrue(WrittenPrecision.matches(new BigDecimal("185.91"), new BigDecimal("185.914")));
        assertFalse(WrittenPrecision.matches(new BigDecimal("185.91"), new BigDecimal("185.92")));
    }

    @Test
    @DisplayName("an amount is compared in its own unit: 37万 is 370000元, 4000.00元 is exact to the fen")
    void amountsInTheirOwnUnit() {
        Money wan = Money.parse("37万", MoneyUnit.YUAN).orElseThrow();
        assertTrue(WrittenPrecision.matches(wan, new BigDecimal("370000")));
        assertFalse(WrittenPrecision.matches(wan, new BigDecimal("380000")));
        Money yuan = Money.parse("4000.00", MoneyUnit.YUAN).orElseThrow();
        assertFalse(WrittenPrecision.matches(yuan, new BigDecimal("4000.01")));
    }

    @Test
    @DisplayName("a share is read from 82%, 25.00％ or bare 25, and nothing else")
    void percentForms() {
        assertEquals(Optional.of(new BigDecimal("82")), WrittenPrecision.percent(ValueParser.parse("82%")));
        assertEquals(Optional.of(new BigDecimal("25.00")), WrittenPrecision.percent(ValueParser.parse("25.00％")));
        assertEquals(Optional.of(new BigDecimal("25")), WrittenPrecision.percent(ValueParser.parse("25")));
        for (String other : new String[] {"≥90%", "3个百分点", "5万", "全部", ""}) {
            Value value = ValueParser.parse(other);
            assertEquals(Optional.empty(), WrittenPrecision.percent(value), other);
        }
    }
}
