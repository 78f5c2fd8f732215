package io.jixiao.check;

import io.jixiao.finding.Diagnostic;
import io.jixiao.parser.FilingParser;
import io.jixiao.report.ReportFormat;
import io.jixiao.rules.Level;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incremental check: findings remembered in the output folder by the content of each filing, of its
 * previous-year filing and by the configuration.
 */
@DisplayName("The incremental check")
class IncrementalCheckTest {

    /** A filing with a history value, so the cross-year rule reads the previous year's filing. */
    static String filing(String department, int year, String target) {
        return """
                格式版本: 1
                部门名称: %s
                年度: %d
                金额单位: 万元
                部门整体:
                  年度绩效指标:
                    - 一级指标: 产出指标
                      二级指标: 数量指标
                      三级指标: 开展评价
                      指标值: %s
                      历史值:
                        %d: 8个
                """.formatted(department, year, target, year - 1);
    }

    @TempDir
    Path repo;
    private final Map<String, AtomicInteger> parses = new ConcurrentHashMap<>();
    private final FilingParser parser = new FilingParser();
    private final List<String> lines = new ArrayList<>();

    @BeforeEach
    void filings() throws IOException {
        write("a/2023.yaml", filing("甲部门", 2023, "≥10个"));
        write("a/2024.yaml", filing("甲部门", 2024, "≥90%"));
        write("a/2025.yaml", filing("甲部门", 2025, "≥12个"));
        write("b/2024.yaml", filing("乙部门", 2024, "≥10个"));
    }

    private void write(String relative, String text) throws IOException {
        Path file = repo.resolve("filings").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Path cache() {
        return repo.resolve("target/jixiao/.cache");
    }

    private CheckOptions options(RuleConfig rules) {
        return new CheckOptions(repo.resolve("filings"), List.of(), List.of(), rules, "national-2020",
                Locale.CHINESE, false, Map.of(ReportFormat.SARIF, repo.resolve("target/jixiao/jixiao.sarif")), repo,
                cache());
    }

    /** Runs a check as the check goal does, counting the parses per filing; returns the printed lines. */
    private List<String> run(RuleConfig rules) throws IOException {
        parses.clear();
        lines.clear();
        new FolderCheck(options(rules), file -> {
            parses.computeIfAbsent(repo.resolve("filings").relativize(file).toString().replace('\\', '/'),
                    f -> new AtomicInteger()).incrementAndGet();
            return parser.parse(file);
        }).run((severity, line) -> lines.add(line), Map.of());
        return List.copyOf(lines);
    }

    private Map<String, Integer> parsed() {
        Map<String, Integer> counts = new TreeMap<>();
        parses.forEach((file, n) -> counts.put(file, n.get()));
        return counts;
    }

    @Test
    @DisplayName("with nothing changed parses nothing and prints and reports the same findings from the cache")
    void noOp() throws IOException {
        List<String> first = run(RuleConfig.DEFAULTS);
        byte[] sarif = Files.readAllBytes(repo.resolve("target/jixiao/jixiao.sarif"));
        assertEquals(4, parsed().size());
        assertTrue(first.stream().anyMatch(l -> l.contains("VALUE-QUANTITY")), String.join("\n", first));

        Path report = repo.resolve("target/jixiao/jixiao.sarif");
        Path cached = cache().resolve(FindingsCache.FILE);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(report, old);
        Files.setLastModifiedTime(cached, old);

        List<String> second = run(RuleConfig.DEFAULTS);
        assertEquals(Map.of(), parsed(), "nothing parsed");
        assertEquals(first.subList(0, first.size() - 1), second.subList(0, second.size() - 1),
                "the same findings, snippets and carets");
        assertEquals(old, Files.getLastModifiedTime(report), "the report, already what this run would write");
        assertEquals(old, Files.getLastModifiedTime(cached), "the cache, already what this run would write");

        Files.delete(report);
        run(RuleConfig.DEFAULTS);
        assertArrayEquals(sarif, Files.readAllBytes(report), "a missing report is written again");
    }

    @Test
    @DisplayName("one edited filing is checked again with the next year's filing of its department, nothing else")
    void oneChange() throws IOException {
        run(RuleConfig.DEFAULTS);
        write("a/2023.yaml", filing("甲部门", 2023, "≥11个"));
        List<String> after = run(RuleConfig.DEFAULTS);
        // 2024 reads 2023 (its history value) and is checked again: 2023 it must parse for that, 2024 for itself.
        assertEquals(Map.of("a/2023.yaml", 1, "a/2024.yaml", 1), parsed());
        List<String> fresh = new ArrayList<>();
        Files.walk(cache()).filter(Files::isRegularFile).forEach(p -> p.toFile().delete());
        fresh.addAll(run(RuleConfig.DEFAULTS));
        assertEquals(4, parsed().size());
        assertEquals(fresh.subList(0, fresh.size() - 1), after.subList(0, after.size() - 1),
                "the same findings as a check without a cache");
    }

    @Test
    @DisplayName("a damaged or foreign cache is ignored, the check is whole, and the next run trusts its own again")
    void damagedCache() throws IOException {
        List<String> clean = run(RuleConfig.DEFAULTS);
        Path file = cache().resolve(FindingsCache.FILE);
        byte[] good = Files.readAllBytes(file);
        List<byte[]> damages = new ArrayList<>();
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x5A;
        damages.add(flipped);
        damages.add(java.util.Arrays.copyOf(good, good.length / 3));
        damages.add("not a cache at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        damages.add(new byte[0]);
        for (byte[] damaged : damages) {
            Files.write(file, damaged);
            List<String> again = run(RuleConfig.DEFAULTS);
            assertTrue(parsed().size() >= 1, "something was checked again");
            assertEquals(clean.subList(0, clean.size() - 1), again.subList(0, again.size() - 1));
            run(RuleConfig.DEFAULTS);
            assertEquals(Map.of(), parsed(), "the rewritten cache is used");
        }
    }

    @Test
    @DisplayName("another rule configuration checks every filing again")
    void configurationChange() throws IOException {
        run(RuleConfig.DEFAULTS);
        List<String> silenced = run(new RuleConfig(Map.of(Diagnostic.VALUE_QUANTITY, Level.OFF)));
        assertEquals(4, parsed().size());
        assertTrue(silenced.stream().noneMatch(l -> l.contains("VALUE-QUANTITY")), String.join("\n", silenced));
        run(new RuleConfig(Map.of(Diagnostic.VALUE_QUANTITY, Level.OFF)));
        assertEquals(Map.of(), parsed());
    }

    @Test
    @DisplayName("two filings of the same department and year: the second gets an error naming the first, every run")
    void duplicateFilings() throws IOException {
        write("c/2024.yaml", filing("乙部门", 2024, "≥10个"));
        write("c/2025.yaml", filing("丙部门", 2025, "≥10个"));
        write("c/copy.yaml", filing("丙部门", 2025, "≥10个"));
        for (int run = 0; run < 2; run++) {
            List<String> printed = run(RuleConfig.DEFAULTS);
            List<String> duplicates = printed.stream().filter(l -> l.contains("FILE-DUPLICATE-FILING")).toList();
            assertEquals(2, duplicates.size(), String.join("\n", printed));
            assertTrue(duplicates.get(0).startsWith("filings/c/2024.yaml:2:7: 错误[FILE-DUPLICATE-FILING]")
                    && duplicates.get(0).contains("b/2024.yaml"), duplicates.get(0));
            assertTrue(duplicates.get(1).startsWith("filings/c/copy.yaml:2:7:")
                    && duplicates.get(1).contains("c/2025.yaml"), duplicates.get(1));
        }
        assertEquals(Map.of(), parsed(), "the second run from the cache");
    }

    @Test
    @DisplayName("last year's file copied to next year's name with 年度 unchanged is one slip: PLACE-YEAR, not also a duplicate")
    void copiedFileIsNotAlsoADuplicate() throws IOException {
        write("d/2025.yaml", filing("丁部门", 2025, "≥10个"));
        write("d/2026.yaml", filing("丁部门", 2025, "≥10个"));
        List<String> printed = run(RuleConfig.DEFAULTS);
        assertTrue(printed.stream().anyMatch(l -> l.startsWith("filings/d/2026.yaml:") && l.contains("[PLACE-YEAR]")),
                String.join("\n", printed));
        assertTrue(printed.stream().noneMatch(l -> l.contains("FILE-DUPLICATE-FILING")), String.join("\n", printed));
    }
}
