package io.jixiao.check;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Severity;
import io.jixiao.rules.RuleConfig;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the render of a build refused to draw reaches the check of the same build, which fails on it. */
@DisplayName("Render refusals in the check of the same build")
class RenderRefusalsTest {

    @TempDir
    Path repo;

    private Path filing() throws IOException {
        Path file = repo.resolve("filings/a/2024.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, IncrementalCheckTest.filing("甲部门", 2024, "≥10个").replace("      历史值:\n        2023: 8个\n", ""));
        return file;
    }

    private CheckSummary check(Map<String, Object> shared, List<String> lines) throws IOException {
        CheckOptions options = new CheckOptions(repo.resolve("filings"), List.of(), List.of(), RuleConfig.DEFAULTS,
                "national-2020", Locale.CHINESE, false, Map.of(), repo, repo.resolve("target/jixiao/.cache"));
        return new FolderCheck(options).run((Severity severity, String line) -> lines.add(line), Map.of(), shared);
    }

    @Test
    @DisplayName("a filing the render refused for its cells is an error of the check, printed with the rest")
    void refusedFilingFailsTheCheck() throws IOException {
        Path file = filing();
        List<String> before = new ArrayList<>();
        CheckSummary clean = check(new HashMap<>(), before);
        assertEquals(0, clean.errors(), String.join("\n", before));

        Map<String, Object> shared = new HashMap<>();
        FolderCheck.shareRenderRefusals(shared, List.of(Diagnostic.LIMIT_CELLS.finding(repo.resolve("filings")
                .resolve("a/2024.yaml"), 0, 0, "", "cells", 60_000, 50_000)));
        List<String> lines = new ArrayList<>();
        CheckSummary summary = check(shared, lines);
        assertEquals(1, summary.errors(), String.join("\n", lines));
        assertTrue(summary.failed());
        assertTrue(lines.stream().anyMatch(l -> l.contains("LIMIT-CELLS") && l.contains("a/2024.yaml")),
                String.join("\n", lines));
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    @DisplayName("a later render of the build that refused nothing clears what an earlier one left")
    void clearedByARenderThatRefusedNothing() throws IOException {
        filing();
        Map<String, Object> shared = new HashMap<>();
        FolderCheck.shareRenderRefusals(shared, List.of(Diagnostic.LIMIT_CELLS.finding(repo.resolve("filings")
                .resolve("a/2024.yaml"), 0, 0, "", "cells", 60_000, 50_000)));
        FolderCheck.shareRenderRefusals(shared, List.of());
        List<String> lines = new ArrayList<>();
        assertFalse(check(shared, lines).failed(), String.join("\n", lines));
    }
}
