package io.jixiao.rules;

import io.jixiao.check.FilingChecker;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real published tables from provinces the seeds do not cover ({@code research/<unit>/<year>.yaml}, transcribed from
 * {@code /work/research/tables} as far as the v1 format holds them): what the filing-quality rules find there is
 * pinned in {@code research-findings.txt}, and across those tables, the rule fixtures and the example filings no
 * cell is told the same thing twice.
 */
@DisplayName("Real tables and one finding per defect")
class ResearchTablesTest {

    /** The rules whose findings on the real tables are pinned: those of issue 12 and the ones it made precise. */
    private static final Set<Diagnostic> PINNED = Set.of(Diagnostic.VALUE_PLACEHOLDER, Diagnostic.VALUE_COPIED,
            Diagnostic.DUP_INDICATOR_SIMILAR, Diagnostic.FORM_NOTATION, Diagnostic.FORM_SIGNOFF,
            Diagnostic.VALUE_QUANTITY, Diagnostic.HISTORY_BELOW, Diagnostic.MONEY_SHARE, Diagnostic.MONEY_SUM);

    /**
     * Rules that may both report one cell because they report different defects of it: a cost of 6.5万 in a 60000元
     * table lacks its 元 (VALUE-MAGNITUDE) and, read as 万元, is above the budget (MONEY-COST-BUDGET).
     */
    private static final Set<Set<Diagnostic>> DISTINCT = Set.of(
            Set.of(Diagnostic.VALUE_MAGNITUDE, Diagnostic.MONEY_COST_BUDGET));

    private static final Path EXAMPLES = Path.of("..", "example-filings", "filings");

    @Test
    @DisplayName("the filing-quality rules find the pinned defects of the real tables, and they parse cleanly")
    void pinned() throws IOException, URISyntaxException {
        Path root = resource("/io/jixiao/research");
        List<Finding> findings = new FilingChecker(RuleConfig.DEFAULTS).check(yaml(root)).findings();
        assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR && !f.diagnostic().group()
                .domain()), "the transcriptions are valid filings: " + findings);
        List<String> actual = findings.stream().filter(f -> PINNED.contains(f.diagnostic()))
                .map(f -> root.relativize(f.file()).toString().replace('\\', '/') + ":" + f.line() + ":"
                        + f.column() + " " + f.ruleId()).toList();
        List<String> expected = Files.readAllLines(root.resolve("research-findings.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(expected, actual);
    }

    @Test
    @DisplayName("no cell of the real tables, the fixtures or the examples gets two findings for one defect")
    void oneFindingPerDefect() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>(yaml(resource("/io/jixiao/research")));
        files.addAll(yaml(resource("/io/jixiao/rules")));
        if (Files.isDirectory(EXAMPLES)) {
            files.addAll(yaml(EXAMPLES));
        }
        assumeTrue(files.size() > 60);
        Map<String, List<Finding>> byCell = new HashMap<>();
        for (Finding f : new FilingChecker(RuleConfig.DEFAULTS).check(files).findings()) {
            if (f.diagnostic().group().domain()) {
                byCell.computeIfAbsent(f.file() + "#" + f.pointer(), k -> new ArrayList<>()).add(f);
            }
        }
        Set<String> problems = new TreeSet<>();
        byCell.forEach((cell, found) -> {
            Set<Diagnostic> rules = new TreeSet<>();
            found.forEach(f -> rules.add(f.diagnostic()));
            if (found.size() > 1 && (rules.size() < found.size() || !DISTINCT.contains(rules))) {
                problems.add(cell + " " + found.stream().map(f -> f.messageKey()).toList());
            }
        });
        assertEquals(Set.of(), problems);
    }

    private static List<Path> yaml(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ResearchTablesTest.class.getResource(name).toURI());
    }
}
