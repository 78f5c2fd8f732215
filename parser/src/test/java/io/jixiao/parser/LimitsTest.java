package io.jixiao.parser;

import io.jixiao.check.FilingChecker;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import io.jixiao.read.Limits;
import io.jixiao.rules.RuleConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits of SPEC.md section 1 on what fits in the file size limit: each one reached is one finding naming
 * the file, and what is past it is never built. The same inputs run with a 256 MB heap in the maven-plugin's
 * {@code limits} integration test.
 */
@DisplayName("Limits within the size limit")
class LimitsTest {

    private static final String HEAD = "格式版本: 1\n部门名称: 测试部门\n年度: 2024\n金额单位: 万元\n";
    private static final Limits LIMITS = Limits.DEFAULT;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ParseResult parse(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new FilingParser().parse(file));
    }

    @Test
    @DisplayName("a list of two million items in 4 MB is one LIMIT-NODES finding where the limit is passed")
    void twoMillionItems() throws IOException {
        Path file = write("list.yaml", HEAD + "备注: [" + "1,".repeat(1_999_999) + "1]\n");
        assertTrue(Files.size(file) < LIMITS.maxFileBytes(), "within the size limit");

        ParseResult result = parse(file);

        assertEquals(List.of("LIMIT-NODES"), result.findings().stream().map(Finding::ruleId).toList());
        Finding f = result.findings().get(0);
        assertEquals(5, f.line());
        assertEquals(List.of(LIMITS.maxNodes()), f.arguments());
        assertTrue(result.filing().isEmpty());
    }

    @Test
    @DisplayName("a hundred thousand identical indicators are one LIMIT-NODES finding, not 199,999 warnings")
    void hundredThousandIndicators() throws IOException {
        Path file = write("dup.yaml", HEAD + "部门整体:\n  年度绩效指标:\n"
                + "  - {三级指标: 会, 指标值: 1}\n".repeat(100_000));
        assertTrue(Files.size(file) < LIMITS.maxFileBytes());

        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new FilingChecker(RuleConfig.DEFAULTS).check(List.of(file)).findings());

        assertEquals(List.of("LIMIT-NODES"), findings.stream().map(Finding::ruleId).toList());
    }

    @Test
    @DisplayName("a table of more indicators than the limit is reported at its key and goes no further")
    void indicatorsPerTable() throws IOException {
        int n = LIMITS.maxIndicatorsPerTable() + 1;
        Path file = write("table.yaml", HEAD + "部门整体:\n  年度绩效指标:\n"
                + "    - {三级指标: 会议, 指标值: 1次}\n".repeat(n));

        ParseResult result = parse(file);

        assertEquals(List.of("LIMIT-INDICATORS"), result.findings().stream().map(Finding::ruleId).toList());
        Finding f = result.findings().get(0);
        assertEquals(6, f.line(), "the line of 年度绩效指标");
        assertEquals(List.of("部门整体 › 年度绩效指标", n, LIMITS.maxIndicatorsPerTable()), f.arguments());
        assertTrue(result.filing().isEmpty(), "not bound: no rules, no render");
    }

    @Test
    @DisplayName("more projects than the limit are reported at 项目 and go no further")
    void projects() throws IOException {
        int n = LIMITS.maxProjects() + 1;
        StringBuilder text = new StringBuilder(HEAD).append("项目:\n");
        for (int i = 0; i < n; i++) {
            text.append("  - {项目名称: 项目").append(i).append("}\n");
        }
        ParseResult result = parse(write("projects.yaml", text.toString()));

        assertEquals(List.of("LIMIT-PROJECTS"), result.findings().stream().map(Finding::ruleId).toList());
        assertEquals(5, result.findings().get(0).line());
        assertTrue(result.filing().isEmpty());
    }

    @Test
    @DisplayName("a rule's findings past the limit are one LIMIT-FINDINGS finding that counts them, with the "
            + "rule's severity")
    void findingsPerRule() throws IOException {
        int n = 1000;
        Path file = write("many.yaml", HEAD + "部门整体:\n  年度绩效指标:\n"
                + "    - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 会议, 指标值: 1次}\n".repeat(n));

        List<Finding> findings = new FilingChecker(RuleConfig.DEFAULTS).check(List.of(file)).findings();

        Map<String, Integer> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        assertEquals(LIMITS.maxFindingsPerRule(), byRule.get("DUP-INDICATOR"), byRule::toString);
        List<Finding> summaries = findings.stream().filter(f -> f.ruleId().equals("LIMIT-FINDINGS")).toList();
        assertEquals(1, summaries.size(), findings::toString);
        Finding summary = summaries.get(0);
        assertEquals(List.of("DUP-INDICATOR", n - 1 - LIMITS.maxFindingsPerRule(), LIMITS.maxFindingsPerRule()),
                summary.arguments(), "999 repeats, 100 shown");
        assertEquals(Severity.WARNING, summary.severity(), "DUP-INDICATOR's own severity");
    }
}
