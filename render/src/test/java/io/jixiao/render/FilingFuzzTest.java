package io.jixiao.render;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.rules.RuleConfig;
import io.jixiao.rules.RuleEngine;
import org.junit.jupiter.api.DisplayName;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole path a filing takes, fuzzed: bytes → read → schema → model → rules (alone, and with the filing as its
 * own previous year) → workbook (with the filing as its own previous year) and page in memory, and the tables with
 * a real filing of format v2 as last year (the 上年指标值 column, the 与上年对比 sheet, the change counts) → every
 * finding printed in both languages. The contract is the
 * tool's own: whatever the bytes, the outcome is findings. Nothing may be thrown, and no finding may be
 * {@code JIXIAO-INTERNAL} (the parser and the rule engine turn an unforeseen exception into one); a filing too
 * large to draw is the {@code LIMIT-CELLS} finding, not a failure.
 *
 * <p>In {@code ./mvnw verify} this is a regression test over the seed corpus: the example filings, the bad-input
 * corpus and the rule fixtures (copied into the test classes by this module's POM, so they are committed once),
 * plus the inputs in {@code FilingFuzzTestInputs/wholePath/} of the test resources, among them every input a
 * fuzzing run has found. To fuzz for up to {@code maxDuration} (README, section 安全), from the repository root:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl render -am test -Dtest=FilingFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * A failing input is written to {@code render/src/test/resources/io/jixiao/render/FilingFuzzTestInputs/wholePath/};
 * fix the cause and commit the input, and it is checked on every build from then on.
 */
@DisplayName("Fuzzing the whole path")
class FilingFuzzTest {

    private static final Path FILE = Path.of("filings", "fuzz", "2024.yaml");
    private static final FilingParser PARSER = new FilingParser();
    private static final RuleEngine RULES = new RuleEngine(RuleConfig.DEFAULTS);
    private static final Renderer RENDERER = new Renderer(Messages.chinese());
    /** A real filing (format v2, national form) taken as every input's previous year. */
    private static final Optional<Filing> LAST_YEAR = example("dongguan-jiaotongju/2019.yaml");
    private static final List<FindingPrinter> PRINTERS = List.of(new FindingPrinter(Messages.chinese()),
            new FindingPrinter(Messages.forLocale(Locale.ENGLISH)));

    @FuzzTest(maxDuration = "30m")
    void wholePath(byte[] input) {
        ParseResult parsed = PARSER.parse(FILE, input);
        List<Finding> findings = new ArrayList<>(parsed.findings());
        Optional<Filing> filing = parsed.filing();
        if (filing.isPresent()) {
            findings.addAll(RULES.check(FILE, filing.get(), parsed.positions(), Optional.empty()));
            findings.addAll(RULES.check(FILE, filing.get(), parsed.positions(), filing));
            try {
                // The workbook year over year (its tables are the form's and the 与上年对比 sheet), the page as
                // for a first year: each writer once, so the regression run stays well under a minute.
                assertTrue(RENDERER.xlsx(filing.get(), filing.get(), findings).length > 0);
                assertTrue(RENDERER.html(filing.get(), findings).contains("</table>"));
                LAST_YEAR.ifPresent(last -> assertTrue(!RENDERER.tables(filing.get(), last).isEmpty()));
            } catch (TooManyCellsException e) {
                // the LIMIT-CELLS finding of a site render: a limit, not a failure
            }
        }
        for (Finding finding : findings) {
            for (FindingPrinter printer : PRINTERS) {
                String printed = printer.print(finding, parsed.sourceLines());
                if (finding.diagnostic() == Diagnostic.JIXIAO_INTERNAL) {
                    fail("an exception inside jixiao: " + printed);
                }
            }
        }
    }

    /** An example filing from the seed corpus this module's POM copies, if it is there (it is in a Maven build). */
    private static Optional<Filing> example(String name) {
        try (InputStream in = FilingFuzzTest.class.getResourceAsStream(
                "FilingFuzzTestInputs/wholePath/seeds/examples/" + name)) {
            return in == null ? Optional.empty() : PARSER.parse(Path.of(name), in.readAllBytes()).filing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
