package io.jixiao.examples;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.CheckResult;
import io.jixiao.check.FolderCheck;
import io.jixiao.model.FilingBinder;
import io.jixiao.rules.RuleConfig;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the complete list of findings on the example filings: their real defects, and nothing else. A rule
 * change that adds a false positive, or loses a real defect, changes this list and fails here; a reviewer then
 * reads the difference in {@code example-findings.txt}, where {@code #} lines say what each finding is. Regenerate
 * deliberately with {@code -Djixiao.updatePinnedFindings=true} (comments kept, new findings appended to classify).
 */
@DisplayName("Findings on the example filings")
class ExampleFindingsTest {

    private static final Path PINNED = Path.of("src/test/resources/io/jixiao/examples/example-findings.txt");

    /** Checked as {@code jixiao:check} checks the module's {@code filings/} folder. */
    private final CheckResult result = checkExamples();

    private static CheckResult checkExamples() {
        try {
            return new FolderCheck(CheckOptions.of(ExampleFilings.ROOT)).checked().result();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("are exactly the pinned real defects")
    void exactlyThePinnedDefects() throws IOException {
        FindingPrinter printer = new FindingPrinter(Messages.chinese());
        List<String> actual = result.findings().stream().map(printer::header).toList();
        if (Boolean.getBoolean("jixiao.updatePinnedFindings")) {
            update(actual);
        }
        List<String> pinned = Files.readAllLines(PINNED, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        // Sections of the file (the seeds, the source tables, …) each keep their own order; compared as one set.
        assertEquals(String.join("\n", sorted(pinned)), String.join("\n", sorted(actual)));
    }

    /**
     * Rewrites the pinned file keeping its comments and sections: findings no longer reported are dropped, new ones
     * are appended under a heading saying they still need a reviewer's comment.
     */
    private static void update(List<String> actual) throws IOException {
        List<String> remaining = new ArrayList<>(actual);
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(PINNED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || remaining.remove(line)) {
                out.add(line);
            }
        }
        if (!remaining.isEmpty()) {
            out.add("# New findings, not yet classified (real defect of the table, or a false positive to fix):");
            out.addAll(remaining);
        }
        Files.write(PINNED, out, StandardCharsets.UTF_8);
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    @Test
    @DisplayName("have one kind of error by default: the targets 石峰区政协's published table left blank")
    void onlyBlankTargetsAreErrors() {
        assertEquals(List.of("VALUE-MISSING"), result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.ruleId()).distinct().toList());
        assertTrue(result.failed(false));
    }

    @Test
    @DisplayName("leave this module's build green as its POM configures the check: every defect a warning or an info")
    void greenAsConfigured() throws IOException {
        CheckResult configured = new FolderCheck(new CheckOptions(ExampleFilings.ROOT, List.of(), List.of(),
                RuleConfig.parse(ExampleFilings.RULES), FilingBinder.DEFAULT_PROFILE, Locale.CHINESE, false,
                Map.of(), null)).checked().result();
        assertEquals(0, configured.count(Severity.ERROR));
        assertEquals(result.findings().size(), configured.findings().size(), "the same findings, none silenced");
        assertFalse(configured.failed(false));
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<jixiao.rules>" + ExampleFilings.RULES + "</jixiao.rules>"),
                "the POM configures " + ExampleFilings.RULES);
    }

    @Test
    @DisplayName("turn the build red in strict mode, where warnings fail")
    void redWhenStrict() {
        assertTrue(result.count(Severity.WARNING) > 0);
        assertTrue(result.failed(true));
    }
}
