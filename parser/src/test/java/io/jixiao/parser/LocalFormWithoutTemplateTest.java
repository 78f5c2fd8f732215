package io.jixiao.parser;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A local form (地方表样) written without its template")
class LocalFormWithoutTemplateTest {

    private static List<Finding> findings(String localForm) {
        String text = """
                格式版本: 2
                部门名称: 金安区体育局
                年度: 2025
                金额单位: 万元
                地方表样: %s
                """.formatted(localForm);
        return new FilingParser().parse(Path.of("a/2025.yaml"), text.getBytes(StandardCharsets.UTF_8)).findings();
    }

    @Test
    @DisplayName("is told which 模板 to add, at its 地方表样 line, in Chinese and in English")
    void namesTheTemplate() {
        List<Finding> findings = findings("anhui-jinan");
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("SCHEMA-REQUIRED", finding.ruleId());
        assertEquals(5, finding.line());
        String zh = Messages.chinese().message(finding);
        assertTrue(zh.contains("模板: national-2015") && zh.contains("anhui-jinan"), zh);
        String en = Messages.forLocale(java.util.Locale.ENGLISH).message(finding);
        assertTrue(en.contains("模板: national-2015"), en);
    }

    @Test
    @DisplayName("with a local form no template has, is told the known ones instead, and no template is guessed")
    void unknownLocalForm() {
        List<Finding> findings = findings("anhui-nowhere");
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("SCHEMA-ENUM")
                && Messages.chinese().message(f).contains("anhui-jinan")), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.messageKey().equals("schema.required.templateOfVariant")),
                findings.toString());
    }
}
