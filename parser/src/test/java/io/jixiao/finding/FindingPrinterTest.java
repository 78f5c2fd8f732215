package io.jixiao.finding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Printing findings")
class FindingPrinterTest {

    private final Finding duplicate = Diagnostic.YAML_DUPLICATE_KEY.finding(
            Path.of("filings/dept/2024.yaml"), 2, 5, "/年度", "duplicateKey", "年度", 1);

    @Test
    @DisplayName("path:line:col, Chinese severity, rule id, message, source line and caret")
    void chineseByDefault() {
        String printed = new FindingPrinter(Messages.chinese()).print(duplicate, List.of("年度: 2023", "年度: 2024"));
        String[] lines = printed.split(System.lineSeparator());
        assertEquals("filings/dept/2024.yaml:2:5: 错误[YAML-DUPLICATE-KEY] 键「年度」重复，第 1 行已经写过；请删除或合并其中一处。",
                lines[0]);
        assertEquals("  年度: 2024", lines[1]);
        assertEquals("        ^", lines[2], "two cells per CJK character, one per ASCII character");
    }

    @Test
    @DisplayName("English on request")
    void englishOnRequest() {
        assertEquals("filings/dept/2024.yaml:2:5: error[YAML-DUPLICATE-KEY] duplicate key \"年度\", already written on "
                        + "line 1; delete or merge one of them.",
                new FindingPrinter(Messages.forLocale(Locale.ENGLISH)).header(duplicate));
    }

    @Test
    @DisplayName("a whole-file finding has no line, column or snippet")
    void wholeFile() {
        Finding empty = Diagnostic.FILE_EMPTY.finding(Path.of("a.yaml"), 0, 0, "", "empty");
        assertEquals("a.yaml: 错误[FILE-EMPTY] 文件为空（或只有注释）：请至少填写 格式版本、部门名称、年度、金额单位。",
                new FindingPrinter(Messages.chinese()).print(empty, List.of()));
    }

    @Test
    @DisplayName("a message with line breaks stays on the one header line")
    void headerStaysOnOneLine() {
        Finding f = Diagnostic.SCHEMA_UNKNOWN_KEY.finding(Path.of("a.yaml"), 3, 1, "/x", "unknownKey",
                "甲\n乙", "{root}", "格式版本");
        String header = new FindingPrinter(Messages.chinese()).header(f);
        assertEquals("a.yaml:3:1: 错误[SCHEMA-UNKNOWN-KEY] 「文件最外层」中没有键「甲 乙」；可用的键：格式版本。", header);
    }
}
