package io.jixiao.build;

import io.jixiao.finding.Severity;
import io.jixiao.report.ReportFormat;
import io.jixiao.rules.RuleConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A build run over a folder of filings")
class JixiaoBuildTest {

    private static final String VALID = """
            格式版本: 1
            部门名称: 示例部门
            年度: 2024
            金额单位: 万元
            部门整体:
              年度绩效指标:
                - 一级指标: 产出指标
                  二级指标: 数量指标
                  三级指标: 开展评价
                  指标值: ≥10个
            """;

    @TempDir
    Path repo;
    private final List<String> lines = new ArrayList<>();

    @BeforeEach
    void filings() throws IOException {
        Files.createDirectories(repo.resolve("filings/a"));
        Files.createDirectories(repo.resolve("filings/b"));
        Files.writeString(repo.resolve("filings/a/2024.yaml"), VALID);
        Files.writeString(repo.resolve("filings/b/2024.yaml"), VALID.replace("示例部门", "乙部门"));
        Files.writeString(repo.resolve("filings/notes.txt"), "not a filing");
    }

    private JixiaoBuild build(Map<ReportFormat, Path> reports, boolean failOnWarning) {
        BuildOptions options = new BuildOptions(repo.resolve("filings"), List.of(), List.of(),
                repo.resolve("target/jixiao"), Set.of(BuildOptions.OutputFormat.XLSX, BuildOptions.OutputFormat.HTML),
                failOnWarning, RuleConfig.DEFAULTS, "national-2020", Locale.CHINESE, reports, repo, "test");
        return new JixiaoBuild(options, (severity, line) -> lines.add((severity == null ? "" : severity + " ")
                + line), Map.of());
    }

    @Test
    @DisplayName("a check reports every finding with a relative path, writes the reports and fails only on errors")
    void check() throws IOException {
        Files.writeString(repo.resolve("filings/b/2024.yaml"), VALID.replace("金额单位: 万元", "金额单位: 千元"));
        Path sarif = repo.resolve("target/jixiao/jixiao.sarif");
        CheckSummary summary = build(Map.of(ReportFormat.SARIF, sarif), false).check();
        assertEquals(2, summary.filings());
        assertEquals(1, summary.errors());
        assertTrue(summary.failed());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ERROR filings/b/2024.yaml:4:7: 错误[SCHEMA-ENUM]")),
                String.join("\n", lines));
        assertTrue(lines.get(lines.size() - 1).startsWith("jixiao：检查了 2 份填报文件，错误 1 条"));
        assertTrue(Files.readString(sarif).contains("SCHEMA-ENUM"));
    }

    @Test
    @DisplayName("a rerun with nothing changed renders nothing and leaves every output untouched")
    void incremental() throws IOException {
        RenderSummary first = build(Map.of(), false).render();
        assertEquals(2, first.rendered());
        Path workbook = repo.resolve("target/jixiao/a/2024.xlsx");
        Path page = repo.resolve("target/jixiao/a/2024.html");
        Path index = repo.resolve("target/jixiao/index.html");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (Path p : List.of(workbook, page, index)) {
            Files.setLastModifiedTime(p, old);
        }

        RenderSummary second = build(Map.of(), false).render();
        assertEquals(0, second.rendered());
        assertEquals(2, second.upToDate());
        for (Path p : List.of(workbook, page, index)) {
            assertEquals(old, Files.getLastModifiedTime(p), p + " was rewritten");
        }

        Files.writeString(repo.resolve("filings/b/2024.yaml"), VALID.replace("≥10个", "≥12个"));
        RenderSummary third = build(Map.of(), false).render();
        assertEquals(1, third.rendered(), "only the changed filing");
        assertEquals(old, Files.getLastModifiedTime(workbook));
        assertNotEquals(old, Files.getLastModifiedTime(repo.resolve("target/jixiao/b/2024.xlsx")));
    }

    @Test
    @DisplayName("a filing with errors is not rendered and the index says why")
    void errorsAreNotRendered() throws IOException {
        Files.writeString(repo.resolve("filings/b/2024.yaml"), "格式版本: 1\n");
        RenderSummary summary = build(Map.of(), false).render();
        assertEquals(1, summary.rendered());
        assertEquals(1, summary.notRendered());
        assertFalse(Files.exists(repo.resolve("target/jixiao/b/2024.xlsx")));
        assertTrue(Files.readString(repo.resolve("target/jixiao/index.html")).contains("SCHEMA-REQUIRED"));
    }

    @Test
    @DisplayName("includes and excludes choose the files, in a stable order")
    void finder() throws IOException {
        assertEquals(List.of(repo.resolve("filings/a/2024.yaml"), repo.resolve("filings/b/2024.yaml")),
                FilingFinder.find(repo.resolve("filings"), BuildOptions.DEFAULT_INCLUDES, List.of()));
        assertEquals(List.of(repo.resolve("filings/a/2024.yaml")),
                FilingFinder.find(repo.resolve("filings"), BuildOptions.DEFAULT_INCLUDES, List.of("b/**")));
    }

    @Test
    @DisplayName("warnings fail the check when asked to")
    void strict() throws IOException {
        Files.writeString(repo.resolve("filings/a/2024.yaml"), VALID.replace("≥10个", "≥90%"));
        assertFalse(build(Map.of(), false).check().failed());
        assertTrue(build(Map.of(), true).check().failed());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARNING ") && l.contains("VALUE-QUANTITY")));
        assertEquals(Severity.WARNING, Severity.valueOf("WARNING"));
    }
}
