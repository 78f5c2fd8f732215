package io.jixiao.check;

import io.jixiao.parser.FilingParser;
import io.jixiao.report.ReportFormat;
import io.jixiao.finding.Diagnostic;
import io.jixiao.rules.Level;
import io.jixiao.rules.RuleConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A check of a folder of filings")
class FolderCheckTest {

    static final String VALID = """
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
    private final Map<Path, AtomicInteger> parses = new ConcurrentHashMap<>();
    private final FilingParser parser = new FilingParser();

    @BeforeEach
    void filings() throws IOException {
        Files.createDirectories(repo.resolve("filings/a"));
        Files.createDirectories(repo.resolve("filings/b"));
        Files.writeString(repo.resolve("filings/a/2024.yaml"), VALID);
        Files.writeString(repo.resolve("filings/b/2024.yaml"), VALID.replace("示例部门", "乙部门"));
        Files.writeString(repo.resolve("filings/notes.txt"), "not a filing");
    }

    private CheckOptions options(Map<ReportFormat, Path> reports, boolean failOnWarning) {
        return new CheckOptions(repo.resolve("filings"), List.of(), List.of(), RuleConfig.DEFAULTS, "national-2020",
                Locale.CHINESE, failOnWarning, reports, repo);
    }

    /** A check whose parses are counted per file. */
    private FolderCheck counted(CheckOptions options) {
        return new FolderCheck(options, file -> {
            parses.computeIfAbsent(file, f -> new AtomicInteger()).incrementAndGet();
            return parser.parse(file);
        });
    }

    private CheckSummary run(CheckOptions options) throws IOException {
        return new FolderCheck(options).run((severity, line) -> lines.add((severity == null ? "" : severity + " ")
                + line), Map.of());
    }

    @Test
    @DisplayName("reports every finding with a relative path, writes the reports and fails only on errors")
    void check() throws IOException {
        Files.writeString(repo.resolve("filings/b/2024.yaml"), VALID.replace("金额单位: 万元", "金额单位: 千元"));
        Path sarif = repo.resolve("target/jixiao/jixiao.sarif");
        CheckSummary summary = run(options(Map.of(ReportFormat.SARIF, sarif), false));
        assertEquals(2, summary.filings());
        assertEquals(1, summary.errors());
        assertTrue(summary.failed());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ERROR filings/b/2024.yaml:4:7: 错误[SCHEMA-ENUM]")),
                String.join("\n", lines));
        assertTrue(lines.get(lines.size() - 1).startsWith("jixiao：检查了 2 份填报文件，错误 1 条"));
        assertTrue(Files.readString(sarif).contains("SCHEMA-ENUM"));
    }

    @Test
    @DisplayName("in GitHub Actions the workflow commands go to their own sink, relative to the workspace, not the log")
    void workflowCommands() throws IOException {
        Files.writeString(repo.resolve("filings/b/2024.yaml"), VALID.replace("金额单位: 万元", "金额单位: 千元"));
        List<String> commands = new ArrayList<>();
        new FolderCheck(options(Map.of(), false)).run((severity, line) -> lines.add(line), commands::add,
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", repo.toString()), new java.util.HashMap<>());
        assertEquals(1, commands.size());
        List<String> commandLines = commands.get(0).lines().toList();
        assertTrue(commandLines.get(0).startsWith("::notice::jixiao "), commandLines.get(0));
        assertTrue(commandLines.get(1).startsWith("::error file=filings/b/2024.yaml,line=4,col=7,title=SCHEMA-ENUM::"),
                commandLines.get(1));
        assertTrue(lines.stream().noneMatch(l -> l.contains("::")), "no workflow command in the log");

        lines.clear();
        run(options(Map.of(), false));
        assertTrue(lines.stream().noneMatch(l -> l.contains("::error")), "nothing outside GitHub Actions");
    }

    @Test
    @DisplayName("warnings fail the check when asked to")
    void strict() throws IOException {
        Files.writeString(repo.resolve("filings/a/2024.yaml"), VALID.replace("≥10个", "≥90%"));
        assertFalse(run(options(Map.of(), false)).failed());
        assertTrue(run(options(Map.of(), true)).failed());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARNING ") && l.contains("VALUE-QUANTITY")));
    }

    @Test
    @DisplayName("includes and excludes choose the files, in a stable order")
    void finder() throws IOException {
        assertEquals(List.of(repo.resolve("filings/a/2024.yaml"), repo.resolve("filings/b/2024.yaml")),
                FilingFinder.find(repo.resolve("filings"), CheckOptions.DEFAULT_INCLUDES, List.of()));
        assertEquals(List.of(repo.resolve("filings/a/2024.yaml")),
                FilingFinder.find(repo.resolve("filings"), CheckOptions.DEFAULT_INCLUDES, List.of("b/**")));
    }

    @Test
    @DisplayName("a folder that does not exist is an error in the user's language, naming the folder")
    void missingFolder() {
        CheckOptions options = new CheckOptions(repo.resolve("nowhere"), List.of(), List.of(), RuleConfig.DEFAULTS,
                "national-2020", Locale.ENGLISH, false, Map.of(), null);
        IOException e = assertThrows(IOException.class, () -> new FolderCheck(options).checked());
        assertTrue(e.getMessage().startsWith("not a folder of filings: ") && e.getMessage().contains("nowhere"),
                e.getMessage());
        IOException zh = assertThrows(IOException.class,
                () -> new FolderCheck(CheckOptions.of(repo.resolve("nowhere"))).checked());
        assertTrue(zh.getMessage().startsWith("找不到填报文件夹"), zh.getMessage());
    }

    @Test
    @DisplayName("a second run sharing the first one's map parses nothing again and reports the same findings")
    void secondRunReuses() throws IOException {
        Files.writeString(repo.resolve("filings/a/2024.yaml"), VALID.replace("≥10个", "≥90%"));
        Map<String, Object> shared = new HashMap<>();
        CheckedFolder first = counted(options(Map.of(), false)).checked(shared);
        CheckSummary second = counted(options(Map.of(), false)).run((s, l) -> lines.add(l), Map.of(), shared);
        assertEquals(Map.of(repo.resolve("filings/a/2024.yaml"), 1, repo.resolve("filings/b/2024.yaml"), 1),
                counts(), "each filing parsed once");
        assertEquals(1, second.warnings());
        assertTrue(lines.stream().anyMatch(l -> l.contains("VALUE-QUANTITY")), String.join("\n", lines));
        assertFalse(shared.containsKey(FolderCheck.SHARED_KEY), "the reused result is not held any longer");
        assertEquals(1, first.result().count(io.jixiao.finding.Severity.WARNING));
    }

    @Test
    @DisplayName("a file edited between two runs is checked again: the fingerprint covers every file's content")
    void editBetweenRunsIsSeen() throws IOException {
        Map<String, Object> shared = new HashMap<>();
        CheckedFolder first = counted(options(Map.of(), false)).checked(shared);
        Files.writeString(repo.resolve("filings/b/2024.yaml"), VALID.replace("≥10个", "≥90%"));
        CheckedFolder second = counted(options(Map.of(), false)).checked(shared);
        assertNotSame(first, second);
        assertNotEquals(first.fingerprint(), second.fingerprint());
        assertEquals(1, second.result().count(io.jixiao.finding.Severity.WARNING), "the edit's warning is found");
        assertEquals(2, parses.get(repo.resolve("filings/b/2024.yaml")).get());
    }

    @Test
    @DisplayName("another rule configuration is checked again; options that only change the output are not")
    void configurationIsPartOfTheFingerprint() throws IOException {
        Map<String, Object> shared = new HashMap<>();
        CheckedFolder first = counted(options(Map.of(), false)).checked(shared);
        CheckedFolder reported = counted(new CheckOptions(repo.resolve("filings"), List.of(), List.of(),
                RuleConfig.DEFAULTS, "national-2020", Locale.ENGLISH, true,
                Map.of(ReportFormat.SARIF, repo.resolve("x.sarif")), null)).checked(shared);
        assertSame(first, reported, "language, strictness and reports do not change findings");
        counted(options(Map.of(), false)).checked(shared);
        CheckedFolder silenced = counted(new CheckOptions(repo.resolve("filings"), List.of(), List.of(),
                new RuleConfig(Map.of(Diagnostic.VALUE_QUANTITY, Level.OFF)), "national-2020", Locale.CHINESE, false,
                Map.of(), repo)).checked(shared);
        assertNotEquals(first.fingerprint(), silenced.fingerprint());
        assertNotEquals(first.configuration(), silenced.configuration());
        assertEquals(Map.of(repo.resolve("filings/a/2024.yaml"), 3, repo.resolve("filings/b/2024.yaml"), 3), counts());
    }

    private Map<Path, Integer> counts() {
        Map<Path, Integer> counts = new HashMap<>();
        parses.forEach((file, n) -> counts.put(file, n.get()));
        return counts;
    }
}
