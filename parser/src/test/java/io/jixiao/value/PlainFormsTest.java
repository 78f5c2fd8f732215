package io.jixiao.value;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Plain forms of values written another way")
class PlainFormsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("Chinese numerals are read digit by digit, or by place when written with 十")
    @CsvSource({"二〇二三, 2023", "二零二三年, 2023年", "二○二三, 2023", "十二月底, 12月底", "十月底, 10月底",
            "二十, 20", "三月底, 3月底", "一百, 1百"})
    void numerals(String written, String digits) {
        assertEquals(digits, PlainForms.numeralsAsDigits(written));
    }

    @ParameterizedTest(name = "{0} offers {1}")
    @DisplayName("the plain forms include the folded, digit, and tidied forms")
    @CsvSource({"２０２３, 2023", "二〇二三年度, 2023", "￥4000.00, 4000.00", "5万元整, 5万元", "6月末, 6月底",
            "03月底, 3月底", "１００％, 100%"})
    void forms(String written, String plain) {
        assertTrue(PlainForms.of(written).contains(plain), PlainForms.of(written).toString());
    }
}
