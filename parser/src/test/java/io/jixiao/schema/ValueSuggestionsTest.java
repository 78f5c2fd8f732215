package io.jixiao.schema;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Did you mean, for values the schema rejects")
class ValueSuggestionsTest {

    private static final String HEAD = "格式版本: 1\n部门名称: 测试部门\n金额单位: 元\n";

    private final FilingParser parser = new FilingParser();

    private Finding only(String yaml) {
        ParseResult result = parser.parse(Path.of("t.yaml"), yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, result.findings().size(), result.findings().toString());
        return result.findings().get(0);
    }

    /** The finding's message in both languages must offer the plain form. */
    private static void offers(Finding finding, String plain) {
        String zh = Messages.chinese().message(finding);
        String en = Messages.forLocale(Locale.ENGLISH).message(finding);
        assertTrue(zh.contains("是否应为") && zh.contains(plain), zh);
        assertTrue(en.contains("did you mean") || en.contains("Did you mean"), en);
        assertTrue(en.contains(plain), en);
    }

    @ParameterizedTest(name = "年度: {0}")
    @DisplayName("a year written in Chinese numerals, full-width digits, quoted or with 年 gets the plain year")
    @ValueSource(strings = {"二零二三", "二〇二三", "二〇二三年", "二○二三年度", "2023年", "2023 年", "２０２３", "'2023'",
            "\"２０２３年\""})
    void year(String written) {
        Finding finding = only(HEAD + "年度: " + written + "\n");
        assertEquals("SCHEMA-TYPE", finding.ruleId());
        assertEquals(3, finding.line() - 1);
        offers(finding, "2023");
    }

    @Test
    @DisplayName("a year that is not one, or out of range, gets no guess")
    void noGuess() {
        Finding words = only(HEAD + "年度: 今年\n");
        assertEquals("schema.type", words.messageKey());
        Finding outOfRange = only(HEAD + "年度: 一九九九\n");
        assertEquals("schema.type", outOfRange.messageKey(), "1999 is outside the schema's 2000–2100");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("an amount with a currency sign, 整 or full-width digits gets the plain amount")
    @CsvSource({"￥4000.00, 4000.00", "4000元整, 4000元", "１２万元, 12万元", "4 000元, 4000元"})
    void money(String written, String plain) {
        Finding finding = only(HEAD + "年度: 2024\n项目:\n  - 项目名称: 甲\n    预算数: " + written + "\n");
        assertEquals("schema.format.suggest", finding.messageKey());
        offers(finding, plain);
    }

    @Test
    @DisplayName("an amount in words gets no guess")
    void moneyInWords() {
        Finding finding = only(HEAD + "年度: 2024\n项目:\n  - 项目名称: 甲\n    预算数: 四千元\n");
        assertEquals("schema.format", finding.messageKey());
    }

    @Test
    @DisplayName("a share in full-width characters gets the plain share")
    void share() {
        Finding finding = only(HEAD + "年度: 2024\n项目:\n  - 项目名称: 甲\n    资金支出计划:\n      12月底: １００％\n");
        offers(finding, "100%");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("a month-end key written another way gets the plain key")
    @CsvSource({"三月底, 3月底", "6月末, 6月底", "十二月底, 12月底", "03月底, 3月底"})
    void monthKey(String written, String plain) {
        Finding finding = only(HEAD + "年度: 2024\n项目:\n  - 项目名称: 甲\n    资金支出计划:\n      " + written
                + ": 25%\n");
        assertEquals("schema.keyFormat.suggest", finding.messageKey());
        offers(finding, plain);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("a history year key written with 年 or in Chinese numerals gets the plain year")
    @CsvSource({"2022年, 2022", "二〇二二年, 2022", "２０２２, 2022"})
    void historyYearKey(String written, String plain) {
        Finding finding = only(HEAD + "年度: 2024\n项目:\n  - 项目名称: 甲\n    绩效指标:\n      - 三级指标: 培训次数\n"
                + "        指标值: 5次\n        历史值:\n          " + written + ": 4次\n");
        assertEquals("schema.unknownKey.suggest", finding.messageKey());
        offers(finding, plain);
    }

    @Test
    @DisplayName("a plain form is only offered when it passes the check that failed")
    void formsAreOnlyCandidates() {
        assertEquals(List.of(), ValueSuggestions.patterns(null));
        assertTrue(ValueSuggestions.integer("一般公共预算", null).isEmpty());
        assertFalse(ValueSuggestions.integer("二〇二三", null).isEmpty());
    }

    @Test
    @DisplayName("a misspelt 地方表样 id gets the id it is one letter away from")
    void misspeltLocalForm() {
        Finding finding = only("格式版本: 2\n部门名称: 测试部门\n年度: 2024\n金额单位: 万元\n模板: national-2015\n"
                + "地方表样: anhui-jinnan\n");
        assertEquals("schema.enum.suggest", finding.messageKey());
        offers(finding, "anhui-jinan");
    }

    @ParameterizedTest(name = "金额单位: {0}")
    @DisplayName("a money unit one edit from both 元 and 万元 gets no guess: guessing would scale every amount")
    @ValueSource(strings = {"千元", "万", "亿元"})
    void moneyUnitIsNotGuessed(String written) {
        Finding finding = only("格式版本: 1\n部门名称: 测试部门\n年度: 2024\n金额单位: " + written + "\n");
        assertEquals("schema.enum", finding.messageKey(), Messages.chinese().message(finding));
    }
}
