package io.jixiao.examples;

import io.jixiao.check.CheckOptions;
import io.jixiao.check.CheckedFolder;
import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.render.Renderer;
import io.jixiao.render.site.RenderSummary;
import io.jixiao.render.site.SiteOptions;
import io.jixiao.render.site.SiteRender;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five example filings rendered as a user gets them: workbooks read back with POI, pages read back with jsoup,
 * both held to the same completeness bar as the model (every non-empty seed cell appears), the official sheet
 * structure, byte-identical reruns, and a whole repository checked and rendered with its index into
 * {@code target/rendered-by-test} by the same calls {@code jixiao:render} makes (the plugin itself renders into
 * {@code target/jixiao}).
 */
@DisplayName("Rendered example filings")
class RenderedExamplesTest {

    private static final Path OUTPUT = Path.of("target/rendered-by-test");

    private final FilingParser parser = new FilingParser();
    private final Renderer renderer = new Renderer(Messages.chinese());

    @TestFactory
    @DisplayName("every non-empty seed cell appears in the rendered workbook and in the page")
    Stream<DynamicTest> renderedOutputsAreComplete() throws IOException {
        Optional<Path> seeds = SeedCompletenessTest.seedsFolder();
        if (seeds.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("seeds", () -> Assumptions.abort(
                    "skipped: ../shared/seeds not found beside this clone (CI always has it)")));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] seed : ExampleFilings.SEEDS) {
            Path seedFile = SeedCompletenessTest.seedFile(seeds.get(), seed[0]);
            Filing filing = filing(seed[1]);
            tests.add(DynamicTest.dynamicTest(seed[1] + " workbook", () -> SeedCompletenessTest.assertComplete(
                    seedFile, workbookTexts(renderer.xlsx(filing)), seed[1] + " (xlsx)")));
            tests.add(DynamicTest.dynamicTest(seed[1] + " page", () -> SeedCompletenessTest.assertComplete(
                    seedFile, pageTexts(renderer.html(filing, List.of())), seed[1] + " (html)")));
        }
        return tests.stream();
    }

    @Test
    @DisplayName("each workbook has the sheets of its official layout, with merged headers and numeric amounts")
    void workbooksHaveTheOfficialSheets() throws IOException {
        Map<String, List<String>> expectedSheets = Map.of(
                "linyi-tongzhanbu/2023.yaml", List.of("部门整体"),
                "shifeng-tongzhanbu/2023.yaml", List.of("附表1", "附表2", "附表3-1", "附表3-2"),
                "shifeng-zhengxie/2023.yaml", List.of("附表1", "附表2", "附表3-1", "附表3-2"),
                "wuchang-tongzhanbu/2020.yaml", List.of("部门整体"));
        for (Map.Entry<String, List<String>> e : expectedSheets.entrySet()) {
            try (XSSFWorkbook book = open(renderer.xlsx(filing(e.getKey())))) {
                assertEquals(e.getValue(), sheetNames(book), e.getKey());
                for (Sheet sheet : book) {
                    assertFalse(sheet.getMergedRegions().isEmpty(), e.getKey() + " " + sheet.getSheetName());
                    assertTrue(sheet.getPrintSetup().getLandscape());
                }
            }
        }
        try (XSSFWorkbook book = open(renderer.xlsx(filing("shanhaiguan-tongzhanbu/2021.yaml")))) {
            assertEquals(8, book.getNumberOfSheets(), "the narrative part and seven project tables");
            Sheet first = book.getSheetAt(1);
            assertTrue(first.getSheetName().startsWith("1.车辆保险费"));
            Cell budget = findNumeric(first, 4000.00);
            assertEquals("0.00", budget.getCellStyle().getDataFormatString(), "4000.00 keeps its two decimals");
            assertTrue(texts(first).contains("指标值确定依据"));
        }
        try (XSSFWorkbook book = open(renderer.xlsx(filing("linyi-tongzhanbu/2023.yaml")))) {
            List<String> texts = texts(book.getSheetAt(0));
            assertTrue(texts.containsAll(List.of("职责序号", "指标参考值", "前三年均值", "15篇", "15.6篇")));
        }
    }

    @Test
    @DisplayName("rendering twice gives identical bytes, for workbooks and pages")
    void deterministic() {
        for (Path file : ExampleFilings.all()) {
            Filing filing = parser.parse(file).filing().orElseThrow();
            assertArrayEquals(renderer.xlsx(filing), renderer.xlsx(filing), file.toString());
            assertEquals(renderer.html(filing, List.of()), renderer.html(filing, List.of()), file.toString());
        }
    }

    @Test
    @DisplayName("a repository renders to one workbook and page per filing and an index, by the plugin's own path; a filing with errors is listed, not rendered")
    void repositoryWithIndex(@TempDir Path temp) throws IOException {
        int count = ExampleFilings.all().size();
        RenderSummary examples = renderFolder(ExampleFilings.ROOT, OUTPUT);
        assertEquals(count, examples.filings());
        assertEquals(count, examples.rendered() + examples.upToDate(), "every example is rendered (or already was)");
        for (String[] seed : ExampleFilings.SEEDS) {
            String base = seed[1].replace(".yaml", "");
            assertTrue(Files.size(OUTPUT.resolve(base + ".xlsx")) > 0, base);
            assertTrue(Files.readString(OUTPUT.resolve(base + ".html")).contains("<table"), base);
        }
        assertTrue(Files.readString(OUTPUT.resolve("index.html")).contains("shifeng-zhengxie/2023.html"));
        assertEquals(new RenderSummary(count, 0, count, 0, 0), withoutTime(renderFolder(ExampleFilings.ROOT, OUTPUT)),
                "a second run finds every output up to date");

        Path root = temp.resolve("filings");
        Files.createDirectories(root.resolve("bad-dept"));
        Files.writeString(root.resolve("bad-dept/2024.yaml"), "格式版本: 1\n部门名称: 坏部门\n年度: 2024\n");
        Path out = temp.resolve("out");
        assertEquals(new RenderSummary(1, 0, 0, 1, 0), withoutTime(renderFolder(root, out)));
        assertFalse(Files.exists(out.resolve("bad-dept/2024.xlsx")));
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("SCHEMA-REQUIRED") && index.contains("金额单位"), index);
    }

    /** What {@code jixiao:render} does with a folder: check it, then render the checked folder. */
    private static RenderSummary renderFolder(Path filings, Path out) throws IOException {
        CheckedFolder checked = new FolderCheck(CheckOptions.of(filings)).checked();
        return new SiteRender(SiteOptions.of(out), (severity, line) -> { }).render(checked);
    }

    private static RenderSummary withoutTime(RenderSummary s) {
        return new RenderSummary(s.filings(), s.rendered(), s.upToDate(), s.notRendered(), 0);
    }

    private Filing filing(String relative) {
        return parser.parse(ExampleFilings.ROOT.resolve(relative)).filing().orElseThrow();
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** Every cell's text as Excel shows it (numbers through their format), no formula anywhere. */
    static List<String> texts(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                assertFalse(cell.getCellType() == CellType.FORMULA, "no formula cells");
                String text = formatter.formatCellValue(cell);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    static List<String> workbookTexts(byte[] xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = open(xlsx)) {
            book.forEach(sheet -> texts.addAll(texts(sheet)));
        }
        return texts;
    }

    static List<String> pageTexts(String html) {
        Document page = Jsoup.parse(html);
        List<String> texts = new ArrayList<>();
        page.select("td, th, caption, h1, h2, p, li").forEach(e -> texts.add(e.wholeText()));
        return texts;
    }

    private static Cell findNumeric(Sheet sheet, double value) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == value) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no numeric cell " + value + " in " + sheet.getSheetName());
    }
}
