package io.jixiao.examples;

import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.render.Renderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The published tables transcribed from provinces the seeds do not cover ({@code sources/}, committed so that this
 * runs on every machine), each held by an example filing: every non-empty cell of the table is in the bound model
 * (the form's header labels aside), and the rendered workbook prints at least {@value #RENDERED_THRESHOLD}% of the
 * cells — header labels included, because a form that does not print them is not the department's form. Coverage is
 * printed per table either way.
 */
@DisplayName("Published tables from other provinces")
class SourceTablesTest {

    /** The acceptance bar of issue 9 for the rendered workbook. */
    static final double RENDERED_THRESHOLD = 98.0;

    /**
     * The tables whose rendered workbook does not reach {@value #RENDERED_THRESHOLD}% yet, each with the layout it
     * waits for. Their coverage is printed but not held to the bar; a table listed here that reaches the bar fails
     * the test, so an entry cannot outlive its reason. Empty since every published table has its form's template or
     * local form (地方表样); kept for the next table transcribed before its form has a layout.
     */
    static final Map<String, String> PENDING_LAYOUTS = Map.of();

    private final FilingParser parser = new FilingParser();
    private final Renderer renderer = new Renderer(Messages.chinese());

    @TestFactory
    @DisplayName("every non-empty cell of each source table is in its parsed filing")
    Stream<DynamicTest> everyCellIsInTheModel() {
        return ExampleFilings.SOURCES.stream().map(source -> DynamicTest.dynamicTest(
                source[0] + " → " + source[1], () -> {
                    SeedCoverage.Result result = modelCoverage(source[0]).check(sourceFile(source[0]));
                    print(source[0], "model", result);
                    assertTrue(result.total() >= 20, "source looks truncated: only " + result.total() + " cells");
                    if (!result.missing().isEmpty()) {
                        fail(String.format("%.1f%% of %s is in %s; missing cells:%n  %s", result.percent(),
                                source[0], source[1], String.join("\n  ", result.missing())));
                    }
                }));
    }

    @TestFactory
    @DisplayName("the rendered workbook prints at least 98% of each source table's cells, header labels included")
    Stream<DynamicTest> renderedWorkbookCoversTheSource() {
        return ExampleFilings.SOURCES.stream().map(source -> DynamicTest.dynamicTest(
                source[1] + " workbook", () -> {
                    Filing filing = filing(source[1]);
                    Path table = sourceFile(source[0]);
                    List<String> bookTexts = RenderedExamplesTest.workbookTexts(renderer.xlsx(filing));
                    SeedCoverage.Result book = renderedCoverage(source[0], bookTexts).check(table);
                    SeedCoverage.Result page = renderedCoverage(source[0],
                            RenderedExamplesTest.pageTexts(renderer.html(filing, List.of()))).check(table);
                    SeedCoverage.Result data = coverage(source[0], bookTexts).check(table);
                    String template = filing.template().id();
                    print(source[0], "xlsx (" + template + ")", book);
                    print(source[0], "xlsx (" + template + "), the form's labels not counted", data);
                    print(source[0], "html (" + template + ")", page);
                    String pending = PENDING_LAYOUTS.get(source[0]);
                    if (pending != null) {
                        assertTrue(book.percent() < RENDERED_THRESHOLD, source[0] + " now reaches "
                                + RENDERED_THRESHOLD + "%: remove it from PENDING_LAYOUTS (" + pending + ")");
                    } else if (book.percent() < RENDERED_THRESHOLD) {
                        fail(String.format("the workbook of %s prints %.1f%% of %s (at least %.0f%% wanted); "
                                        + "missing cells:%n  %s", source[1], book.percent(), source[0],
                                RENDERED_THRESHOLD, String.join("\n  ", book.missing())));
                    }
                }));
    }

    @Test
    @DisplayName("each source keeps its header (address, completeness), and a filing of an excerpt says it is one")
    void sourcesAreDeclared() throws IOException {
        try (Stream<Path> files = Files.list(ExampleFilings.SOURCE_ROOT)) {
            assertEquals(files.map(p -> p.getFileName().toString()).sorted().toList(),
                    ExampleFilings.SOURCES.stream().map(s -> s[0]).sorted().toList(),
                    "every committed source is transcribed by a filing, and only those are committed");
        }
        for (String[] source : ExampleFilings.SOURCES) {
            List<String> header = header(sourceFile(source[0]));
            assertTrue(header.stream().anyMatch(l -> l.startsWith("# source: http")), source[0] + " names its address");
            boolean excerpt = header.stream().anyMatch(l -> l.startsWith("# excerpt") || l.contains("excerpt for"));
            boolean complete = header.stream().anyMatch(l -> l.startsWith("# complete"));
            assertTrue(excerpt || complete, source[0] + " says whether it is complete");
            List<String> filingHeader = header(ExampleFilings.ROOT.resolve(source[1]));
            assertTrue(filingHeader.stream().anyMatch(l -> l.contains("sources/" + source[0])),
                    source[1] + " names its source");
            assertEquals(excerpt, filingHeader.stream().anyMatch(l -> l.contains("摘录")),
                    source[1] + " says it is an excerpt exactly when its source is one");
        }
    }

    @Test
    @DisplayName("every declared store artefact and left-out cell is a cell of its source")
    void notesAreCellsOfTheirSources() throws IOException {
        for (SourceNotes.Note note : SourceNotes.all()) {
            Path file = sourceFile(note.source());
            assertTrue(Files.exists(file), note.source());
            boolean found = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.startsWith("#")).flatMap(l -> Stream.of(l.split("\t", -1)))
                    .anyMatch(c -> Normal.of(c).equals(Normal.of(note.cell())));
            assertTrue(found, note + " is not a cell of " + note.source());
            assertFalse(note.why().isBlank(), note + " says why");
        }
    }

    /** The model's texts against the form's labels (template and source lists) and the source's notes. */
    private SeedCoverage modelCoverage(String source) throws IOException {
        Filing filing = filing(ExampleFilings.SOURCES.stream().filter(s -> s[0].equals(source)).findFirst()
                .orElseThrow()[1]);
        return coverage(source, SeedCompletenessTest.valuesOf(filing));
    }

    /** Texts against the form's labels (template and source lists): a form's header labels count as covered. */
    private static SeedCoverage coverage(String source, List<String> texts) throws IOException {
        Set<String> labels = SeedCoverage.labels("template-labels.txt");
        labels.addAll(SeedCoverage.labels("source-labels.txt"));
        return new SeedCoverage(texts, labels, patterns(), SourceNotes.artefacts(source),
                SourceNotes.leftOut(source));
    }

    /** Rendered texts with no label list: a header label is covered only when the output prints it. */
    private static SeedCoverage renderedCoverage(String source, List<String> texts) throws IOException {
        return new SeedCoverage(texts, Set.of(), patterns(), SourceNotes.artefacts(source),
                SourceNotes.leftOut(source));
    }

    private static List<Pattern> patterns() throws IOException {
        List<Pattern> patterns = new ArrayList<>(SeedCoverage.patterns("template-patterns.txt"));
        patterns.addAll(SeedCoverage.patterns("source-patterns.txt"));
        return patterns;
    }

    private static void print(String source, String what, SeedCoverage.Result result) {
        System.out.printf("coverage %s in %s: %d/%d cells = %.1f%%%s%s%n", source, what,
                result.total() - result.missing().size(), result.total(), result.percent(),
                result.excluded().isEmpty() ? "" : " (left out, not cells of the table: " + result.excluded() + ")",
                result.missing().isEmpty() ? "" : "; missing: " + result.missing());
    }

    private Filing filing(String relative) {
        return parser.parse(ExampleFilings.ROOT.resolve(relative)).filing()
                .orElseThrow(() -> new AssertionError(relative + " does not parse"));
    }

    static Path sourceFile(String name) {
        return ExampleFilings.SOURCE_ROOT.resolve(name);
    }

    /** The leading comment lines of a file. */
    private static List<String> header(Path file) throws IOException {
        List<String> header = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                break;
            }
            header.add(line);
        }
        return header;
    }
}
