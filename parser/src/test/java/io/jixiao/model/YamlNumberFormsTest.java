package io.jixiao.model;

import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** YAML 1.2 spells numbers several ways; whatever the schema accepts, the model must read, never throw on. */
@DisplayName("YAML number forms")
class YamlNumberFormsTest {

    private Filing parse(String year, String budget) {
        String text = "格式版本: 1\n部门名称: 测试部门\n年度: " + year + "\n金额单位: 元\n项目:\n  - 项目名称: 测试项目\n    预算数: "
                + budget + "\n";
        ParseResult result = new FilingParser().parse(Path.of("numbers.yaml"), text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.findings());
        return result.filing().orElseThrow();
    }

    @Test
    @DisplayName("a year written 2024, +2024, 0x7E8 or 2024.0 is the year 2024")
    void yearForms() {
        for (String year : List.of("2024", "+2024", "0x7E8", "2024.0")) {
            assertEquals(2024, parse(year, "1").year(), year);
        }
    }

    @Test
    @DisplayName("an amount written 4000., 4e3 or 4,000元 is four thousand, and keeps its written form")
    void moneyForms() {
        assertEquals("4000.", parse("2024", "4000.").projects().get(0).budget().written());
        assertEquals(0, new java.math.BigDecimal("4000").compareTo(
                parse("2024", "4e3").projects().get(0).budget().amount()));
        assertEquals(0, new java.math.BigDecimal("4000").compareTo(
                parse("2024", "4,000元").projects().get(0).budget().amount()));
    }
}
