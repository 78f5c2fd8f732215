package io.jixiao.value;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The value grammar: how numbers are written")
class NumbersTest {

    private static List<String> numbersIn(String text) {
        Matcher m = Numbers.IN_PROSE_PATTERN.matcher(text);
        return m.results().map(r -> r.group()).toList();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @DisplayName("a written number is read exactly, digit groups removed and its decimals kept")
    @CsvSource(delimiter = '|', value = {
            "1,200     | 1200",
            "4,000.00  | 4000.00",
            "-3        | -3",
            "53.10     | 53.10",
            "1,0000    | 10000",
    })
    void parse(String written, String expected) {
        assertEquals(new BigDecimal(expected), Numbers.parse(written));
        assertEquals(new BigDecimal(expected).scale(), Numbers.parse(written).scale(), "scale is kept");
    }

    @Test
    @DisplayName("a value's number groups digits by three only; an amount may group them as it likes")
    void valueAndAmountForms() {
        assertTrue(Pattern.matches(Numbers.VALUE, "1,200.5"));
        assertTrue(Pattern.matches(Numbers.VALUE, "+15"));
        assertFalse(Pattern.matches(Numbers.VALUE, "1,20"), "1,20 is not one number in a value");
        assertTrue(Pattern.matches(Numbers.AMOUNT, "1,0000"));
        assertEquals(0, new BigDecimal("10000").compareTo(
                Money.parse("1,0000万元", MoneyUnit.YUAN).orElseThrow().amount()));
    }

    @Test
    @DisplayName("numbers in working are found one by one, never from the middle of another number")
    void numbersInProse() {
        assertEquals(List.of("59,144", "59203", "118347"), numbersIn("办公费59,144元，印刷费59203元，合计118347元"));
        assertEquals(List.of("2.5", "10"), numbersIn("单价2.5万元，共10台"));
        assertEquals(List.of("1"), numbersIn("共1,20元"), "20 after a digit and a comma is not a number of its own");
        assertEquals(List.of("12.34"), numbersIn("编号a12.34b"));
        assertEquals(List.of("177", "3000", "53.1"), numbersIn("委员177人，每人3000元，预算金额为53.1万元"));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @DisplayName("a computed number is written back as a clerk writes it")
    @CsvSource(delimiter = '|', value = {
            "2.2E+5   | 220000",
            "43.40    | 43.4",
            "0.00     | 0",
            "185.9100 | 185.91",
    })
    void plain(String number, String written) {
        assertEquals(written, Numbers.plain(new BigDecimal(number)));
    }
}
