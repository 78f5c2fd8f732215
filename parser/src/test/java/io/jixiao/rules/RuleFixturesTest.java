package io.jixiao.rules;

import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs each rule's fixture folder {@code rules/<RULE-ID>/}: {@code bad.yaml} must get exactly the findings of that
 * rule listed in {@code bad.expected} ({@code line:column RULE-ID}, one per line), and {@code good.yaml} no finding
 * from any rule. A {@code bad.previous.yaml} or {@code good.previous.yaml} is the same department's filing for the
 * year before, for cross-year rules. A {@code bad.path} or {@code good.path} names the path the filing is checked
 * under ({@code filings/某部门/2026.yaml}), for rules about where a file is filed.
 */
@DisplayName("Rule fixtures")
class RuleFixturesTest {

    private final FilingParser parser = new FilingParser();
    private final Messages chinese = Messages.chinese();
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @TestFactory
    @DisplayName("each rule finds exactly its expected findings in bad.yaml and nothing in good.yaml")
    Stream<DynamicNode> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream().map(dir -> DynamicContainer.dynamicContainer(
                    dir.getFileName().toString(), Stream.of(
                            DynamicTest.dynamicTest("bad.yaml", () -> checkBad(dir)),
                            DynamicTest.dynamicTest("good.yaml", () -> checkGood(dir)))));
        }
    }

    @Test
    @DisplayName("every rule has a fixture folder and its texts in Chinese and English")
    void everyRuleIsCoveredAndDescribed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Rule rule : RuleSet.all()) {
            if (!Files.isDirectory(root().resolve(rule.diagnostic().id()))) {
                problems.add(rule.diagnostic().id() + ": no fixture folder");
            }
            String title = "rule." + rule.diagnostic().id() + ".title";
            if (!chinese.has(title) || chinese.format(title).equals(english.format(title))) {
                problems.add(rule.diagnostic().id() + ": needs a Chinese and an English title");
            }
        }
        try (Stream<Path> dirs = Files.list(root())) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(id -> RuleSet.byId(id).isEmpty())
                    .forEach(id -> problems.add(id + ": fixture folder for an unknown rule"));
        }
        assertEquals(List.of(), problems);
    }

    private void checkBad(Path dir) throws IOException {
        Rule rule = RuleSet.byId(dir.getFileName().toString()).orElseThrow();
        List<Finding> findings = run(dir, "bad", List.of(rule));
        List<String> expected = Files.readAllLines(dir.resolve("bad.expected"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
        List<String> actual = findings.stream().map(f -> f.line() + ":" + f.column() + " " + f.ruleId())
                .sorted().toList();
        assertEquals(expected, actual, describe(findings, dir.resolve("bad.yaml")));
        assertFalse(expected.isEmpty(), "bad.yaml must show the rule firing");
        for (Finding f : findings) {
            assertTrue(chinese.has(f.messageKey()), "no Chinese text for " + f.messageKey());
            assertFalse(english.message(f).equals(chinese.message(f)), "no English text for " + f.messageKey());
            assertEquals(rule.diagnostic().defaultSeverity(), f.severity());
        }
    }

    private void checkGood(Path dir) throws IOException {
        List<Finding> findings = run(dir, "good", RuleSet.all());
        assertEquals(List.of(), findings, describe(findings, dir.resolve("good.yaml")));
    }

    private List<Finding> run(Path dir, String which, List<Rule> rules) throws IOException {
        Path file = dir.resolve(which + ".yaml");
        Path filedAs = filedAs(dir, which).orElse(file);
        ParseResult result = parser.parse(file);
        assertEquals(List.of(), result.findings(), describe(result.findings(), file));
        Optional<Filing> previous = Optional.empty();
        Path previousFile = dir.resolve(which + ".previous.yaml");
        if (Files.exists(previousFile)) {
            ParseResult prev = parser.parse(previousFile);
            assertEquals(List.of(), prev.findings(), describe(prev.findings(), previousFile));
            previous = prev.filing();
        }
        return new RuleEngine(rules, RuleConfig.DEFAULTS).check(filedAs, result.filing().orElseThrow(),
                result.positions(), previous);
    }

    /**
     * Where the fixture is checked as being filed, from {@code bad.path} or {@code good.path} (one line, relative to
     * the fixture folder), for rules about a filing's name and folder; the file itself is always read from the
     * fixture folder.
     */
    private static Optional<Path> filedAs(Path dir, String which) throws IOException {
        Path path = dir.resolve(which + ".path");
        return Files.exists(path) ? Optional.of(dir.resolve(Files.readString(path, StandardCharsets.UTF_8).strip()))
                : Optional.empty();
    }

    private String describe(List<Finding> findings, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        FindingPrinter printer = new FindingPrinter(chinese);
        return findings.stream().map(f -> printer.print(f, lines)).collect(Collectors.joining("\n"));
    }

    static Path root() {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/io/jixiao/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
