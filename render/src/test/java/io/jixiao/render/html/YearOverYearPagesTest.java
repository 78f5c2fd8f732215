package io.jixiao.render.html;

import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.model.Template;
import io.jixiao.parser.FilingParser;
import io.jixiao.render.Renderer;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layouts;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.render.xlsx.XlsxWriter;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.change.ChangeSets;
import io.jixiao.review.git.Base;
import io.jixiao.review.git.ChangedFile;
import io.jixiao.review.report.ChangeWords;
import io.jixiao.review.request.FilingReview;
import io.jixiao.review.request.ReviewReport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Last year beside this year on pages and workbooks, and the merge-request review page, on the hand-made next-year
 * example (山海关 2021 → 2022).
 */
@DisplayName("Year over year on pages, workbooks, the index and the review page")
class YearOverYearPagesTest {

    private static final Path FILINGS = Path.of("../example-filings/filings");
    private static final String BEFORE = "shanhaiguan-tongzhanbu/2021.yaml";
    private static final String AFTER = "shanhaiguan-tongzhanbu/2022.yaml";

    private final Filing previous = parse(BEFORE);
    private final Filing current = parse(AFTER);
    private final Messages messages = Messages.chinese();

    @Test
    @DisplayName("the generic layout adds 上年指标值 after 指标值, with ▲ ▼ and 新增")
    void genericColumn() {
        List<Grid> grids = Layouts.forTemplate(Template.GENERIC).tables(current, marks());
        List<String> texts = texts(grids);
        assertTrue(texts.contains("上年指标值"));
        assertTrue(texts.contains("≥90% ▲"), "正常使用率 ≥90% → ≥95% is raised");
        assertTrue(texts.contains("≥3次 ▼"), "活动开展次数 ≥3次 → ≥2次 is lowered");
        assertTrue(texts.contains("新增"));
        assertFalse(texts(Layouts.forTemplate(Template.GENERIC).tables(current)).contains("上年指标值"),
                "no column without last year's filing");
    }

    @Test
    @DisplayName("an official form keeps its printed columns; the 与上年对比 sheet follows it, in the workbook too")
    void officialFormAndSheet() throws Exception {
        List<Grid> plain = Layouts.forTemplate(Template.HEBEI_PROJECT).tables(current);
        List<Grid> marked = Layouts.forTemplate(Template.HEBEI_PROJECT).tables(current, marks());
        assertEquals(plain.size() + 1, marked.size());
        assertEquals(texts(plain), texts(marked.subList(0, plain.size())), "the form's own sheets are unchanged");
        Grid sheet = marked.get(marked.size() - 1);
        assertEquals("与上年对比", sheet.name());
        assertTrue(texts(List.of(sheet)).contains("▼ 降低"));
        assertTrue(texts(List.of(sheet)).contains("取消"));
        byte[] workbook = XlsxWriter.toBytes(new Renderer(messages).tables(current, previous));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertEquals("与上年对比", read.getSheetName(read.getNumberOfSheets() - 1));
        }
    }

    @Test
    @DisplayName("the index shows the counts and the budget change per filing, and links the review page")
    void index() {
        ChangeSet changes = changes();
        IndexEntry entry = IndexEntry.rendered(AFTER, current.department(), 2022, "x.html", null,
                new FindingCounts(0, 4, 0)).withYearChange(IndexEntry.YearChange.of(2021, changes.counts(),
                changes.budget()));
        String html = new IndexPage(messages).render(List.of(entry), true);
        assertTrue(html.contains("比2021年：提高 1 · 降低 2 · 新增 7 · 取消 10"), html);
        assertTrue(html.contains("预算 -144500元（-16.2%）"), html);
        assertTrue(html.contains("href=\"review.html\""), html);
    }

    @Test
    @DisplayName("the review page is the golden file")
    void reviewPage() throws Exception {
        Base base = new Base("origin/main", Base.How.MERGE_BASE,
                ObjectId.fromString("0123456789abcdef0123456789abcdef01234567"));
        FilingReview added = new FilingReview(new ChangedFile(ChangedFile.Kind.ADDED, null, "filings/" + AFTER),
                changes(), "filings/" + BEFORE, true, List.of(), List.of(), List.of());
        Golden.assertMatches("review.html", new ReviewPage(messages).render(new ReviewReport(base, List.of(added))));
    }

    private ChangeSet changes() {
        return ChangeSets.compare(previous, BEFORE, current, AFTER);
    }

    private PreviousYear marks() {
        return PreviousYear.of(changes(), new ChangeWords(messages));
    }

    private static List<String> texts(List<Grid> grids) {
        return grids.stream().flatMap(g -> g.cells().stream()).map(Cell::text).toList();
    }

    private static Filing parse(String relative) {
        return new FilingParser().parse(FILINGS.resolve(relative)).filing().orElseThrow();
    }
}
