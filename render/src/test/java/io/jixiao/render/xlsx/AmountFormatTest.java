package io.jixiao.render.xlsx;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Amounts as Excel numbers")
class AmountFormatTest {

    @Test
    @DisplayName("the number format shows the decimals as written")
    void formatKeepsScale() {
        assertEquals("0", AmountFormat.numberFormat(new BigDecimal("4000")));
        assertEquals("0.0", AmountFormat.numberFormat(new BigDecimal("43.4")));
        assertEquals("0.00", AmountFormat.numberFormat(new BigDecimal("4000.00")));
        assertEquals("0.000000", AmountFormat.numberFormat(new BigDecimal("528.244101")));
        assertEquals("0.00", AmountFormat.numberFormat(new BigDecimal("-1.50")));
        assertEquals("0", AmountFormat.numberFormat(new BigDecimal("1.2e3")), "a YAML exponent form is whole");
    }

    @Test
    @DisplayName("amounts filings hold are exact doubles")
    void exactAmounts() {
        assertEquals(OptionalDouble.of(528.244101), AmountFormat.exactDouble(new BigDecimal("528.244101")));
        assertEquals(OptionalDouble.of(0.1), AmountFormat.exactDouble(new BigDecimal("0.1")));
        assertEquals(OptionalDouble.of(4000), AmountFormat.exactDouble(new BigDecimal("4000.00")));
        assertEquals(OptionalDouble.of(123456789012.345), AmountFormat.exactDouble(new BigDecimal("123456789012.345")));
    }

    @Test
    @DisplayName("more digits than Excel shows, or than a double holds, stay text")
    void inexactAmounts() {
        assertEquals(OptionalDouble.empty(), AmountFormat.exactDouble(new BigDecimal("1234567890123456")));
        assertEquals(OptionalDouble.empty(), AmountFormat.exactDouble(new BigDecimal("0.1234567890123456789")));
        assertEquals(OptionalDouble.empty(), AmountFormat.exactDouble(new BigDecimal("1e400")));
    }
}
