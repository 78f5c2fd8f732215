package io.jixiao.value;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Money")
class MoneyTest {

    @Test
    @DisplayName("a bare number is in the filing's declared unit and keeps its written scale")
    void bareNumberUsesDeclaredUnit() {
        Money m = Money.parse("4000.00", MoneyUnit.YUAN).orElseThrow();
        assertEquals(MoneyUnit.YUAN, m.unit());
        assertEquals("4000.00", m.amount().toPlainString());
        assertFalse(m.hasWrittenUnit());
    }

    @Test
    @DisplayName("a written unit wins over the declared one: 12万元, 17万 and 4000元")
    void writtenUnitWins() {
        assertEquals(MoneyUnit.WAN_YUAN, Money.parse("12万元", MoneyUnit.YUAN).orElseThrow().unit());
        assertEquals(MoneyUnit.WAN_YUAN, Money.parse("17万", MoneyUnit.YUAN).orElseThrow().unit());
        Money yuan = Money.parse("4000元", MoneyUnit.WAN_YUAN).orElseThrow();
        assertEquals(MoneyUnit.YUAN, yuan.unit());
        assertTrue(yuan.hasWrittenUnit());
    }

    @Test
    @DisplayName("conversion between 元 and 万元 is exact decimal arithmetic")
    void exactConversion() {
        assertEquals(new BigDecimal("0.4"), Money.parse("4000", MoneyUnit.YUAN).orElseThrow().in(MoneyUnit.WAN_YUAN));
        assertEquals(0, new BigDecimal("5282441.01").compareTo(
                Money.parse("528.244101", MoneyUnit.WAN_YUAN).orElseThrow().in(MoneyUnit.YUAN)));
        // 0.1 + 0.2 is exactly 0.3 here, unlike in floating point
        BigDecimal sum = Money.parse("0.1", MoneyUnit.WAN_YUAN).orElseThrow().amount()
                .add(Money.parse("0.2", MoneyUnit.WAN_YUAN).orElseThrow().amount());
        assertEquals(new BigDecimal("0.3"), sum);
    }

    @Test
    @DisplayName("text that is not an amount is not money")
    void notMoney() {
        assertTrue(Money.parse("四千元", MoneyUnit.YUAN).isEmpty());
        assertTrue(Money.parse("≤4000元", MoneyUnit.YUAN).isEmpty());
    }

    @Test
    @DisplayName("every money unit a value may be written in says how many 元 it is; a per-unit cost or a count is none")
    void yuanPerWrittenUnit() {
        assertEquals(Unit.MONEY_UNITS.size(), Unit.MONEY_UNITS.stream().filter(u -> MoneyUnit.yuanPer(u).isPresent())
                .count(), "every money unit of the grammar has its factor");
        assertEquals(0, BigDecimal.ONE.compareTo(MoneyUnit.yuanPer("元").orElseThrow()));
        assertEquals(0, new BigDecimal("100").compareTo(MoneyUnit.yuanPer("百元").orElseThrow()));
        assertEquals(0, new BigDecimal("1000").compareTo(MoneyUnit.yuanPer("千元").orElseThrow()));
        assertEquals(0, new BigDecimal("10000").compareTo(MoneyUnit.yuanPer("万元").orElseThrow()));
        assertEquals(0, new BigDecimal("100000000").compareTo(MoneyUnit.yuanPer("亿元").orElseThrow()));
        assertTrue(MoneyUnit.yuanPer("元/人").isEmpty());
        assertTrue(MoneyUnit.yuanPer("万人").isEmpty());
        assertTrue(MoneyUnit.yuanPer("千克").isEmpty());
    }
}
