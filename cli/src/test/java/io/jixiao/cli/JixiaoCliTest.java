package io.jixiao.cli;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.FolderCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("java -jar jixiao-cli.jar check, run in-process")
class JixiaoCliTest {

    static final Path FIXTURES = Path.of("src/test/resources/io/jixiao/cli");
    static final String VALID = FIXTURES.resolve("valid/filings/a/2024.yaml").toString();
    static final String WARNING = FIXTURES.resolve("warning/filings/a/2024.yaml").toString();
    static final String INVALID = FIXTURES.resolve("invalid/filings/a/2024.yaml").toString();

    /** What one command line printed and returned. */
    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new JixiaoCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run(List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a valid filing passes with status 0 and only the summary line")
    void validFiling() {
        Run run = run("check", VALID);
        assertEquals(JixiaoCli.PASSED, run.status(), run.out());
        assertEquals(List.of("jixiao：检查了 1 份填报文件，错误 0 条，警告 0 条，提示 0 条，用时"),
                run.lines().stream().map(l -> l.replaceFirst(" [0-9.]+ 秒。$", "")).toList());
        assertEquals("", run.err());
    }

    @Test
    @DisplayName("a filing with only a warning passes, and fails with --fail-on-warning")
    void warningOnly() {
        Run run = run("check", WARNING);
        assertEquals(JixiaoCli.PASSED, run.status());
        assertTrue(run.out().contains(WARNING + ":10:12: 警告[VALUE-QUANTITY]"), run.out());
        assertTrue(run.out().contains("        指标值: ≥90%\n                ^\n"), "source line and caret: " + run.out());
        assertEquals(JixiaoCli.FAILED, run("check", "--fail-on-warning", WARNING).status());
    }

    @Test
    @DisplayName("an invalid filing fails with status 1 and the error with file, line, column and rule id")
    void invalidFiling() {
        Run run = run("check", INVALID);
        assertEquals(JixiaoCli.FAILED, run.status());
        assertTrue(run.out().startsWith(INVALID + ":4:7: 错误[SCHEMA-ENUM] "), run.out());
        assertTrue(run.out().contains("错误 1 条"), run.out());
    }

    @Test
    @DisplayName("every file named is checked and the verdict covers them all; --locale en speaks English")
    void severalFilesInEnglish() {
        Run run = run("check", "--locale", "en", VALID, WARNING, INVALID);
        assertEquals(JixiaoCli.FAILED, run.status());
        assertTrue(run.out().contains(": error[SCHEMA-ENUM] "), run.out());
        assertTrue(run.out().contains(": warning[VALUE-QUANTITY] "), run.out());
        assertTrue(run.out().contains("checked 3 filings: 1 error, 1 warning, 0 infos"), run.out());
    }

    @Test
    @DisplayName("--rules changes severities as the plugin's jixiao.rules does")
    void ruleOverrides() {
        Run off = run("check", "--rules=VALUE-QUANTITY=off", "--rules", "DUP-GOAL=error", WARNING);
        assertEquals(JixiaoCli.PASSED, off.status(), off.out());
        assertFalse(off.out().contains("VALUE-QUANTITY"), off.out());
        Run error = run("check", "--rules", "DUP-GOAL=off,VALUE-QUANTITY=error", WARNING);
        assertEquals(JixiaoCli.FAILED, error.status(), error.out());
        assertTrue(error.out().contains("错误[VALUE-QUANTITY]"), error.out());
    }

    @Test
    @DisplayName("a folder is checked like the goal checks it: the same lines, the same verdict")
    void folderSameAsGoal() throws IOException {
        Path folder = FIXTURES.resolve("cross-year/filings");
        Run cli = run("check", folder.toString());
        List<String> goal = new ArrayList<>();
        new FolderCheck(new CheckOptions(folder, List.of(), List.of(), io.jixiao.rules.RuleConfig.DEFAULTS,
                "national-2020", java.util.Locale.CHINESE, false, Map.of(), Path.of("").toAbsolutePath()))
                .run((severity, line) -> goal.add(line), Map.of());
        assertEquals(withoutTime(String.join("\n", goal).lines().toList()), withoutTime(cli.lines()));
        assertEquals(JixiaoCli.PASSED, cli.status(), "warnings only");
    }

    @Test
    @DisplayName("a file named alone is still compared with its department's previous year, which is not reported")
    void namedFileSeesPreviousYear() {
        String current = FIXTURES.resolve("cross-year/filings/dept/2024.yaml").toString();
        Run run = run("check", current);
        long previousYearFindings = run.lines().stream().filter(l -> l.startsWith(current + ":")
                && l.contains("[HISTORY-PREVIOUS]")).count();
        assertEquals(5, previousYearFindings, run.out());
        assertFalse(run.out().contains("2023.yaml:"), "the other year is read, not reported: " + run.out());
        assertTrue(run.out().contains("检查了 1 份填报文件"), run.out());
    }

    @Test
    @DisplayName("--reports writes the report files into --output-directory")
    void reports(@TempDir Path out) {
        Run run = run("check", "--reports", "sarif,junit", "--output-directory", out.toString(), WARNING);
        assertEquals(JixiaoCli.PASSED, run.status(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("jixiao.sarif")));
        assertTrue(Files.isRegularFile(out.resolve("TEST-jixiao.xml")));
    }

    @Test
    @DisplayName("usage and configuration faults exit with 2 and say what is wrong, in the language asked for")
    void usageFaults() {
        assertUsage(run(), "缺少命令");
        assertUsage(run("lint", VALID), "未知的命令「lint」");
        assertUsage(run("check"), "没有给出要检查的文件或文件夹");
        assertUsage(run("check", "--colour", VALID), "未知的选项「--colour」");
        assertUsage(run("check", VALID, "--profile"), "选项 --profile 后面缺少值");
        assertUsage(run("check", "--profile", "nowhere", VALID), "未知的指标体系「nowhere」");
        assertUsage(run("check", "--rules", "DUP-GOAL=loud", VALID), "规则设置「DUP-GOAL=loud」有误");
        assertUsage(run("check", "--reports", "pdf", VALID), "「pdf」不是可写入文件的报告格式");
        assertUsage(run("check", "--locale", "fr", VALID), "未知的语言「fr」");
        assertUsage(run("check", "no/such/2024.yaml"), "找不到文件或文件夹 no/such/2024.yaml");
        assertUsage(run("check", "--locale=en", "no/such/2024.yaml"), "no such file or folder: no/such/2024.yaml");
    }

    @Test
    @DisplayName("--help prints the usage with every option and exits 0")
    void help() {
        Run run = run("check", "--help");
        assertEquals(JixiaoCli.PASSED, run.status());
        for (String option : List.of("--locale", "--rules", "--fail-on-warning", "--profile", "--reports")) {
            assertTrue(run.out().contains(option), option);
        }
        assertTrue(run("--help", "--locale", "en").out().startsWith("usage: java -jar jixiao-cli.jar check"));
    }

    private static void assertUsage(Run run, String message) {
        assertEquals(JixiaoCli.USAGE, run.status(), run.out() + run.err());
        assertTrue(run.err().contains(message), "expected «" + message + "» in: " + run.err());
        assertEquals("", run.out());
    }

    private static List<String> withoutTime(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("[0-9.]+ 秒。$", "")).toList();
    }
}
