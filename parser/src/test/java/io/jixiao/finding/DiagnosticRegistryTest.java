package io.jixiao.finding;

import io.jixiao.check.FilingChecker;
import io.jixiao.rules.Rule;
import io.jixiao.rules.RuleConfig;
import io.jixiao.rules.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@DisplayName("The registry of diagnostics")
class DiagnosticRegistryTest {

    private static final Path SPEC = Path.of("..", "format-spec", "SPEC.md");
    private static final Path EXAMPLES = Path.of("..", "example-filings", "filings");
    /** How a diagnostic id is spelled in SPEC.md and the bundles. */
    private static final Pattern ID = Pattern.compile("\\b([A-Z]+(?:-[A-Z]+)+)\\b");
    /** "- **默认严重程度**：警告" or "- **默认严重程度：** 警告", as §12 writes it. */
    private static final Pattern DEFAULT_SEVERITY = Pattern.compile("- \\*\\*默认严重程度(?:\\*\\*：|：\\*\\*)\\s*(\\S+)");

    @Test
    @DisplayName("every declared id has a Chinese and an English title, and each of its messages both texts")
    void everyIdHasBothTexts() {
        Map<String, String> zh = texts(false);
        Map<String, String> en = texts(true);
        List<String> problems = new ArrayList<>();
        for (Diagnostic d : Diagnostic.all()) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(d.titleKey());
            keys.addAll(d.messageKeys());
            assertFalse(d.messageKeys().isEmpty(), d.id() + " declares no message");
            for (String key : keys) {
                if (!zh.containsKey(key)) {
                    problems.add(key + ": no Chinese text");
                }
                if (!en.containsKey(key)) {
                    problems.add(key + ": no English text");
                } else if (en.get(key).equals(zh.get(key))) {
                    problems.add(key + ": the English text is the Chinese one");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("every text of a diagnostic in the bundles belongs to a declared id and message")
    void noTextForAnUndeclaredDiagnostic() {
        Set<String> declared = new TreeSet<>();
        Diagnostic.all().forEach(d -> {
            declared.add(d.titleKey());
            declared.addAll(d.messageKeys());
        });
        List<String> orphans = texts(false).keySet().stream()
                .filter(k -> k.startsWith("rule.") || k.startsWith("file.") || k.startsWith("yaml.")
                        || k.startsWith("schema.") || k.startsWith("internal."))
                .filter(k -> !declared.contains(k)).sorted().toList();
        assertEquals(List.of(), orphans, "texts no declared diagnostic can emit");
    }

    @Test
    @DisplayName("SPEC.md documents every declared id: section 9 the reading, YAML, schema and internal ids, "
            + "section 12 each domain rule with its default severity")
    void specDocumentsEveryId() throws IOException {
        assumeTrue(Files.isRegularFile(SPEC), "runs from the parser module's folder, as Maven runs tests");
        String spec = Files.readString(SPEC, StandardCharsets.UTF_8);
        String findings = section(spec, "\n## 9.", "\n## 10.");
        String rules = section(spec, "\n## 12.", null);
        Map<String, String> documentedAdjustable = adjustableColumn(findings);
        List<String> problems = new ArrayList<>();
        for (Diagnostic d : Diagnostic.all()) {
            if (d.group().domain()) {
                int at = rules.indexOf("\n#### " + d.id() + " ");
                if (at < 0) {
                    problems.add(d.id() + ": no section in SPEC.md §12");
                    continue;
                }
                String severity = Messages.chinese().severity(d.defaultSeverity());
                Matcher given = DEFAULT_SEVERITY.matcher(rules);
                if (!given.find(at) || !given.group(1).equals(severity)) {
                    problems.add(d.id() + ": §12 does not give its default severity as " + severity);
                }
            } else if (!documentedAdjustable.containsKey(d.id())) {
                problems.add(d.id() + ": not in the table of SPEC.md §9");
            } else if (!documentedAdjustable.get(d.id()).equals(d.overridable() ? "可" : "否")) {
                problems.add(d.id() + ": §9 says adjustable = " + documentedAdjustable.get(d.id()));
            }
        }
        Matcher mentioned = Pattern.compile("`" + ID.pattern() + "`").matcher(findings);
        while (mentioned.find()) {
            if (Diagnostic.byId(mentioned.group(1)).isEmpty()) {
                problems.add(mentioned.group(1) + ": in SPEC.md §9 but not declared");
            }
        }
        Matcher headings = Pattern.compile("\n#### " + ID.pattern() + " ").matcher(rules);
        while (headings.find()) {
            if (Diagnostic.byId(headings.group(1)).isEmpty()) {
                problems.add(headings.group(1) + ": a section of SPEC.md §12 but not declared");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("the bad-input corpus, the rule fixtures and the example filings emit only declared ids, each "
            + "with its declared message in both languages")
    void everyEmittedIdIsDeclared() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        files.addAll(yamlFiles(resource("/io/jixiao/bad-input")));
        files.addAll(yamlFiles(resource("/io/jixiao/rules")));
        if (Files.isDirectory(EXAMPLES)) {
            files.addAll(yamlFiles(EXAMPLES));
        }
        List<Finding> findings = new FilingChecker(RuleConfig.DEFAULTS).check(files).findings();
        Messages chinese = Messages.chinese();
        Messages english = Messages.forLocale(Locale.ENGLISH);
        Set<Diagnostic> emitted = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Finding f : findings) {
            emitted.add(f.diagnostic());
            if (Diagnostic.byId(f.ruleId()).orElse(null) != f.diagnostic()) {
                problems.add(f.ruleId() + " is not a declared id");
            }
            if (!f.diagnostic().declares(f.messageKey())) {
                problems.add(f.ruleId() + " emitted the undeclared message " + f.messageKey());
            }
            if (!chinese.has(f.messageKey()) || english.message(f).equals(chinese.message(f))) {
                problems.add(f.ruleId() + " " + f.messageKey() + " lacks a Chinese or an English text");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(files.size() > 60 && emitted.size() > 30,
                "the run covers the corpus: " + files.size() + " files, " + emitted.size() + " ids emitted");
    }

    @Test
    @DisplayName("a finding can only be made of a declared diagnostic and one of its declared messages")
    void emissionGoesThroughTheRegistry() {
        Path file = Path.of("a.yaml");
        assertThrows(IllegalArgumentException.class,
                () -> Diagnostic.YAML_TAB.finding(file, 1, 1, "", "duplicateKey"));
        assertThrows(IllegalArgumentException.class, () -> new Finding(file, 1, 1, "", Diagnostic.VALUE_COST,
                Severity.WARNING, "rule.VALUE-COST.title", List.of()));
        assertEquals("rule.VALUE-COST.floor", Diagnostic.VALUE_COST.finding(file, 1, 1, "", "floor").messageKey());
    }

    @Test
    @DisplayName("ids are stable spellings of the constants, unique, and found again in any case")
    void ids() {
        Map<String, Diagnostic> seen = new HashMap<>();
        for (Diagnostic d : Diagnostic.all()) {
            assertTrue(ID.matcher(d.id()).matches(), d.id());
            assertEquals(null, seen.put(d.id(), d));
            assertEquals(d, Diagnostic.byId(d.id().toLowerCase(Locale.ROOT)).orElseThrow());
        }
        assertEquals("VALUE-COST", Diagnostic.VALUE_COST.id());
        assertTrue(Diagnostic.byId("NO-SUCH-ID").isEmpty());
    }

    @Test
    @DisplayName("every domain diagnostic has exactly one rule, and every rule reports a domain diagnostic")
    void oneRulePerDomainDiagnostic() {
        List<Diagnostic> checked = RuleSet.all().stream().map(Rule::diagnostic).toList();
        assertEquals(Diagnostic.all().stream().filter(d -> d.group().domain()).toList(), checked);
        assertTrue(Diagnostic.all().stream().filter(d -> d.group().domain()).allMatch(Diagnostic::overridable),
                "every domain rule may be overridden");
    }

    /** Every topic's texts in one language, as written (no fallback to the other language). */
    private static Map<String, String> texts(boolean english) {
        Map<String, String> texts = new HashMap<>();
        Messages.TOPICS.forEach(topic -> texts.putAll(Messages.bundle(topic, english)));
        return texts;
    }

    /**
     * The §9 table's last column (可 / 否: whether the level may be changed) for every id its first column names
     * (a row may name several, separated by {@code /}).
     */
    private static Map<String, String> adjustableColumn(String findings) {
        Map<String, String> adjustable = new HashMap<>();
        for (String row : findings.split("\n")) {
            if (!row.startsWith("| `")) {
                continue;
            }
            String[] cells = row.split("\\|");
            String last = cells[cells.length - 1].isBlank() ? cells[cells.length - 2] : cells[cells.length - 1];
            Matcher ids = ID.matcher(cells[1]);
            while (ids.find()) {
                adjustable.put(ids.group(1), last.strip());
            }
        }
        return adjustable;
    }

    private static String section(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "SPEC.md has " + start.strip());
        int to = end == null ? text.length() : text.indexOf(end, from);
        return text.substring(from, to);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DiagnosticRegistryTest.class.getResource(name).toURI());
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
