package io.jixiao.report;

import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The console report")
class ConsoleReportTest {

    @TempDir
    Path dir;

    private ReportFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new ReportFixture(dir);
    }

    @Test
    @DisplayName("prints each finding as path:line:col: 错误[RULE-ID] message, relative to the base folder")
    void printsFindingsRelativeToTheBase() {
        String text = new ConsoleReport(fixture.options()).render(fixture.check());

        assertTrue(text.startsWith("filings/临沂 统战部/2024.yaml:" + ReportFixture.INVALID_LINE
                + ":1: 错误[SCHEMA-UNKNOWN-KEY] "), text);
        assertTrue(text.contains("\nfilings/空文件/2024.yaml: 错误[FILE-EMPTY] "), text);
        assertFalse(text.contains(dir.toString()), "no absolute paths when a base folder is given");
    }

    @Test
    @DisplayName("shows the offending source line with a caret under the column")
    void showsSnippetAndCaret() {
        String text = new ConsoleReport(fixture.options()).render(fixture.checkWithWarningAndInfo());

        assertTrue(text.contains("警告[TAXONOMY-EMPTY-ROW] 「部门名称」这一行既没有三级指标")
                && text.contains("\n  部门名称: 石峰区政协\n            ^\n"), text);
    }

    @Test
    @DisplayName("ends with one summary line: versions, files checked, errors, warnings, infos, in Chinese")
    void chineseSummary() {
        String text = new ConsoleReport(fixture.options()).render(fixture.checkWithWarningAndInfo());
        List<String> lines = text.lines().toList();

        assertEquals("jixiao 9.8.7-TEST（规则集 42）：检查了 3 个文件，2 个错误，1 个警告，1 个提示。",
                lines.get(lines.size() - 1));
        assertTrue(text.endsWith("\n"));
    }

    @Test
    @DisplayName("speaks English when asked, with singular and plural counts")
    void englishSummary() {
        ReportOptions english = fixture.options().withLocale(Locale.ENGLISH);
        String text = new ConsoleReport(english).render(fixture.checkWithWarningAndInfo());

        assertTrue(text.contains(": error[SCHEMA-UNKNOWN-KEY] unknown key "), text);
        assertTrue(text.endsWith("jixiao 9.8.7-TEST (rules 42): checked 3 files, 2 errors, 1 warning, 1 info.\n"),
                text);
    }

    @Test
    @DisplayName("says only the summary when every filing is clean")
    void cleanRun() {
        CheckResult clean = new CheckResult(fixture.check().files().stream()
                .filter(f -> f.file().endsWith(Path.of(ReportFixture.VALID_PATH)))
                .map(f -> f.withFindings(List.of())).toList());

        assertEquals("jixiao 9.8.7-TEST（规则集 42）：检查了 1 个文件，0 个错误，0 个警告，0 个提示。\n",
                new ConsoleReport(fixture.options()).render(clean));
    }

    @Test
    @DisplayName("shows paths as the user gave them when there is no base folder")
    void pathsAsGiven() {
        String text = new ConsoleReport(fixture.options().withBaseDirectory(null)).render(fixture.check());

        assertTrue(text.startsWith(fixture.file(ReportFixture.INVALID_PATH).toString().replace('\\', '/') + ":"),
                text);
    }
}
