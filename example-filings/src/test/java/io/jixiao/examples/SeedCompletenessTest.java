package io.jixiao.examples;

import io.jixiao.model.Choice;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Value;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Proves that each example filing holds every non-empty cell of its published seed table: each tab-separated cell
 * of the seed, normalised (NFKC, no whitespace, no Word bookmark markers), must be a value in the <em>bound
 * model</em>, a line or a long-enough part of one, or a template label (listed in {@code template-labels.txt} and
 * {@code template-patterns.txt}). Reads {@code ../shared/seeds} where it exists and reports itself skipped
 * otherwise, so a clone without it still builds.
 */
@DisplayName("Seed completeness")
class SeedCompletenessTest {

    @TestFactory
    @DisplayName("every non-empty seed cell is in the parsed filing")
    Stream<DynamicTest> everySeedCellIsInTheFiling() throws IOException {
        Optional<Path> seeds = seedsFolder();
        if (seeds.isEmpty()) {
            // A dynamic test that aborts is reported as skipped, with the reason, rather than silently absent.
            return Stream.of(DynamicTest.dynamicTest("seeds", () -> Assumptions.abort(
                    "skipped: ../shared/seeds not found beside this clone (CI always has it)")));
        }
        FilingParser parser = new FilingParser();
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] seed : ExampleFilings.SEEDS) {
            Path seedFile = seedFile(seeds.get(), seed[0]);
            Path filingFile = ExampleFilings.ROOT.resolve(seed[1]);
            tests.add(DynamicTest.dynamicTest(seedFile.getFileName() + " → " + seed[1], () -> {
                Filing filing = parser.parse(filingFile).filing()
                        .orElseThrow(() -> new AssertionError(filingFile + " does not parse"));
                assertComplete(seedFile, valuesOf(filing), filingFile.toString());
            }));
        }
        return tests.stream();
    }

    /** Fails listing the seed cells the texts miss; prints the coverage either way. */
    static void assertComplete(Path seedFile, List<String> texts, String what) throws IOException {
        SeedCoverage.Result result = new SeedCoverage(texts).check(seedFile);
        System.out.printf("coverage %s in %s: %d/%d cells = %.1f%%%n", seedFile.getFileName(), what,
                result.total() - result.missing().size(), result.total(), result.percent());
        assertTrue(result.total() > 100, "seed looks truncated: only " + result.total() + " cells");
        if (!result.missing().isEmpty()) {
            fail(String.format("%.1f%% of %s is in %s; missing cells:%n  %s", result.percent(),
                    seedFile.getFileName(), what, String.join("\n  ", result.missing())));
        }
    }

    static Path seedFile(Path seeds, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("seed " + prefix + "* not in " + seeds));
        }
    }

    /** Every text a filing's model holds: strings, amounts and values as written, walked through the records. */
    static List<String> valuesOf(Object root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Object o, List<String> out) {
        if (o instanceof MoneyUnit unit) {
            out.add(unit.label());
            return;
        }
        if (o == null || o instanceof Path || o instanceof Enum<?>) {
            return;
        }
        if (o instanceof Choice choice) {
            out.add(choice.text()); // tick boxes print as one cell: 部门预算□ 切块预算□
        }
        if (o instanceof String s) {
            out.add(s);
        } else if (o instanceof Number n) {
            out.add(n.toString());
        } else if (o instanceof Money m) {
            out.add(m.written());
        } else if (o instanceof Value v) {
            out.add(v.written());
        } else if (o instanceof Collection<?> c) {
            c.forEach(item -> collect(item, out));
        } else if (o instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                if (key instanceof String name) {
                    out.add(name); // keys that are data: 一级指标 names of 指标分值
                }
                collect(item, out);
            });
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(item -> collect(item, out));
        } else if (o.getClass().isRecord()) {
            for (RecordComponent component : o.getClass().getRecordComponents()) {
                if (component.getName().equals("pointer")) {
                    continue; // positions, not content
                }
                try {
                    collect(component.getAccessor().invoke(o), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** {@code ../shared/seeds} beside the repository (found from the folder holding {@code .mvn}), if present. */
    static Optional<Path> seedsFolder() {
        String property = System.getProperty("jixiao.seeds");
        if (property != null) {
            Path p = Path.of(property);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path seeds = dir.getParent().resolve("shared").resolve("seeds");
        return Files.isDirectory(seeds) ? Optional.of(seeds) : Optional.empty();
    }
}
