package io.jixiao.render;

import io.jixiao.finding.Messages;
import io.jixiao.model.FiledValues;
import io.jixiao.model.Filing;
import io.jixiao.model.Template;
import io.jixiao.model.TemplateForm;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.Grid;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property behind "no template ever drops a filed value" (PRODUCT.md, decision 9), on filings with every key of
 * the schema filled ({@link EveryKeyFiling}, generated from the schema): for every template, every scalar value
 * appears in the workbook (read back with POI) and in the page, and the filing's year on every sheet — on each
 * template's own form and on each of its local forms (地方表样, which word labels and may place more). And
 * {@code format-spec/templates.yaml} says exactly what each layout prints: every value of a part the template
 * claims is printed on its form, every other one in the extra tables (the generic tables of a table the form
 * lacks, or 本表样没有位置的内容) and not on the form.
 */
@DisplayName("No template drops a filed value")
class NothingDroppedTest {

    private final Renderer renderer = new Renderer(Messages.chinese());

    @TestFactory
    @DisplayName("every key filled: every value in the workbook and the page, in its place or in the extra tables")
    Stream<DynamicTest> everyKeyEveryTemplate() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Template template : Template.values()) {
            List<String> forms = new ArrayList<>();
            forms.add(null);
            template.form().variants().forEach(v -> forms.add(v.id()));
            for (String local : forms) {
                for (EveryKeyFiling.Variant variant : EveryKeyFiling.Variant.values()) {
                    String name = template.id() + (local == null ? "" : " 地方表样 " + local) + " " + variant;
                    tests.add(DynamicTest.dynamicTest(name, () -> check(template, local, variant)));
                }
            }
        }
        return tests.stream();
    }

    /** Every key filled, on the template's own form ({@code local} null) or on one of its local forms. */
    private void check(Template template, String local, EveryKeyFiling.Variant variant) {
        EveryKeyFiling.Generated generated = EveryKeyFiling.generate(variant, template.id(), local);
        ParseResult parsed = new FilingParser().parse(Path.of("every-key.yaml"),
                generated.yaml().getBytes(StandardCharsets.UTF_8));
        Filing filing = parsed.filing().orElseThrow(() -> new AssertionError(
                "the generated filing does not parse: " + parsed.findings() + "\n" + generated.yaml()));
        String where = template.id() + (local == null ? "" : " " + local) + " " + variant;
        assertEquals(local, filing.formVariant(), where);

        // The values as written are all known to the model, so the extra tables can list what a form lacks.
        List<String> filedTexts = filing.values().entries().stream().map(FiledValues.Entry::text).toList();
        for (String scalar : generated.scalars()) {
            if (!generated.keys().contains(scalar)) {
                assertTrue(filedTexts.contains(scalar), where + ": not among the filed values: " + scalar);
            }
        }

        List<Grid> grids = renderer.tables(filing);
        List<Grid> form = grids.stream().filter(g -> !isExtra(g)).toList();
        List<Grid> extra = grids.stream().filter(NothingDroppedTest::isExtra).toList();
        TemplateForm placed = filing.form();
        List<String> problems = new ArrayList<>();
        for (FiledValues.Entry entry : filing.values().entries()) {
            if (entry.text().isEmpty() || EveryKeyFiling.FORMAT_KEYS.contains(Pointers.tokens(entry.pointer()).get(0))) {
                continue;
            }
            boolean onForm = contains(form, entry.text());
            boolean inExtra = contains(extra, entry.text());
            if (placed.hasPlaceFor(entry.pointer())) {
                if (!onForm) {
                    problems.add("claimed by templates.yaml but not printed on the form: " + entry);
                }
            } else {
                if (!inExtra) {
                    problems.add("not claimed by templates.yaml and not in the extra tables: " + entry);
                }
                if (onForm) {
                    problems.add("printed on the form but not claimed by templates.yaml: " + entry);
                }
            }
        }
        assertEquals(List.of(), problems, where);

        String workbook = workbookText(renderer.xlsx(filing), String.valueOf(filing.year()), where);
        String page = Jsoup.parse(renderer.html(filing, List.of())).text();
        for (String scalar : generated.scalars()) {
            assertTrue(workbook.contains(scalar), where + ": not in the workbook: " + scalar);
            assertTrue(page.contains(scalar), where + ": not on the page: " + scalar);
        }
    }

    /** The generic tables of a table the form lacks (marked above their title) and 本表样没有位置的内容. */
    static boolean isExtra(Grid grid) {
        String sheet = Messages.chinese().format("render.extra.sheet");
        if (grid.name().startsWith(sheet)) {
            return true;
        }
        return grid.cells().stream().anyMatch(c -> c.row() == 0 && c.text().startsWith("本表样（"));
    }

    /** Whether a cell of the grids, or the footer every printed page of them carries, shows the text. */
    private static boolean contains(List<Grid> grids, String text) {
        for (Grid grid : grids) {
            if (grid.footer().contains(text)) {
                return true;
            }
            for (Cell cell : grid.cells()) {
                if (cell.text().contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every cell of every sheet as displayed, and each sheet must show the filing's year in a cell or its footer. */
    private static String workbookText(byte[] xlsx, String year, String where) {
        StringBuilder all = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                StringBuilder text = new StringBuilder();
                for (Row row : sheet) {
                    row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n'));
                }
                String footer = sheet.getFooter().getLeft() + sheet.getFooter().getCenter() + sheet.getFooter().getRight()
                        + sheet.getHeader().getLeft() + sheet.getHeader().getCenter() + sheet.getHeader().getRight();
                assertTrue(text.toString().contains(year) || footer.contains(year),
                        where + ": the year is on no cell and in no header or footer of sheet " + sheet.getSheetName());
                all.append(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
