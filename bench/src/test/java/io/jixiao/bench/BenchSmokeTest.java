package io.jixiao.bench;

import io.jixiao.bench.corpus.CorpusGenerator;
import io.jixiao.check.CheckResult;
import io.jixiao.check.FilingChecker;
import io.jixiao.check.Fingerprints;
import io.jixiao.finding.Severity;
import io.jixiao.rules.RuleConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smoke run of the benchmark inside {@code mvn verify}: a small corpus is generated and checked, so a change to
 * the format or the rules that breaks the generator (or makes its filings invalid, which would quietly shrink the
 * render measurements) fails the build, not the next benchmark run.
 */
@DisplayName("Benchmark corpus and harness pieces (smoke run)")
class BenchSmokeTest {

    static final Path EXAMPLES = Path.of("../example-filings/filings");
    static final int COUNT = 24;

    @TempDir
    static Path corpus;
    static List<Path> files;

    @BeforeAll
    static void generate() throws IOException {
        new CorpusGenerator(EXAMPLES).generate(corpus, COUNT, 13);
        files = BareLoad.files(corpus.resolve("filings"));
    }

    @Test
    @DisplayName("the corpus has the filings/<department>/<year>.yaml layout, with departments of several years")
    void layout() throws IOException {
        assertEquals(COUNT, files.size());
        for (Path file : files) {
            assertTrue(file.getFileName().toString().matches("20[0-9]{2}\\.yaml"), file.toString());
            assertEquals(corpus.resolve("filings"), file.getParent().getParent());
        }
        long departments = files.stream().map(Path::getParent).distinct().count();
        assertTrue(departments < COUNT, "some departments have more than one year: " + departments);
        assertTrue(Files.isRegularFile(corpus.resolve("pom.xml")), "the project Maven runs the plugin in");
    }

    @Test
    @DisplayName("every generated filing is different and about 24 KB on average")
    void variedAndSized() throws IOException {
        Set<String> hashes = files.stream().map(Fingerprints::ofFile).collect(Collectors.toSet());
        assertEquals(COUNT, hashes.size(), "no two filings alike");
        double mean = 0;
        for (Path file : files) {
            mean += Files.size(file) / (double) COUNT;
        }
        assertTrue(mean > 18_000 && mean < 32_000, "mean size " + mean);
    }

    @Test
    @DisplayName("the filings have no errors, so every one of them is rendered, and only some warnings")
    void checksWithoutErrors() {
        CheckResult result = new FilingChecker(RuleConfig.DEFAULTS).check(files);
        assertEquals(0, result.count(Severity.ERROR), () -> result.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).map(Object::toString).collect(Collectors.joining("\n")));
        assertTrue(result.count(Severity.WARNING) < 40L * COUNT, "warnings " + result.count(Severity.WARNING));
    }

    @Test
    @DisplayName("the same seed gives the same bytes; another seed other filings")
    void deterministic(@TempDir Path again, @TempDir Path other) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(EXAMPLES);
        generator.generate(again, 6, 13);
        generator.generate(other, 6, 14);
        List<Path> first = BareLoad.files(again.resolve("filings"));
        for (Path file : first) {
            Path same = corpus.resolve("filings").resolve(again.resolve("filings").relativize(file));
            assertArrayEquals(Files.readAllBytes(same), Files.readAllBytes(file), "a shorter corpus starts alike");
        }
        assertFalse(BareLoad.files(other.resolve("filings")).stream().map(Fingerprints::ofFile).toList()
                .equals(first.stream().map(Fingerprints::ofFile).toList()));
    }

    @Test
    @DisplayName("the baseline loads every file")
    void bareLoad() {
        assertTrue(BareLoad.loadAll(files) >= 6L * COUNT, "every filing has at least six top-level keys");
    }
}
