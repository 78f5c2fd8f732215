package io.jixiao.render.site;

import io.jixiao.finding.Diagnostic;
import io.jixiao.check.CheckOptions;
import io.jixiao.check.CheckedFolder;
import io.jixiao.check.FileCheck;
import io.jixiao.check.FolderCheck;
import io.jixiao.parser.FilingParser;
import io.jixiao.rules.Level;
import io.jixiao.rules.RuleConfig;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The render of a checked folder")
class SiteRenderTest {

    static final String VALID = """
            格式版本: 1
            部门名称: 示例部门
            年度: 2024
            金额单位: 万元
            部门整体:
              年度绩效指标:
                - 一级指标: 产出指标
                  二级指标: 数量指标
                  三级指标: 开展评价
                  指标值: ≥10个
            """;

    /** Reads into the model, but its total is not the sum of its parts (MONEY-SUM, an error). */
    private static final String WITH_SUM_ERROR = """
            格式版本: 1
            部门名称: 乙部门
            年度: 2024
            金额单位: 万元
            部门整体:
              年度预算申请:
                资金总额: 100
                按支出性质分:
                  基本支出: 60
                  项目支出: 30
              年度绩效指标:
                - 一级指标: 产出指标
                  二级指标: 数量指标
                  三级指标: 开展评价
                  指标值: ≥10个
            """;

    @TempDir
    Path repo;
    private Path out;
    private final List<String> lines = new ArrayList<>();

    @BeforeEach
    void filings() throws IOException {
        Files.createDirectories(repo.resolve("filings/a"));
        Files.createDirectories(repo.resolve("filings/b"));
        Files.writeString(repo.resolve("filings/a/2024.yaml"), VALID);
        Files.writeString(repo.resolve("filings/b/2024.yaml"), VALID.replace("示例部门", "乙部门"));
        out = repo.resolve("target/jixiao");
    }

    private CheckedFolder checked() throws IOException {
        return new FolderCheck(CheckOptions.of(repo.resolve("filings"))).checked();
    }

    private RenderSummary render(CheckedFolder checked) throws IOException {
        return new SiteRender(SiteOptions.of(out), (severity, line) -> lines.add(line)).render(checked);
    }

    @Test
    @DisplayName("writes a workbook and a page per filing, the index, and one summary line")
    void rendersEverything() throws IOException {
        RenderSummary summary = render(checked());
        assertEquals(new RenderSummary(2, 2, 0, 0, summary.millis()), summary);
        for (String file : List.of("a/2024.xlsx", "a/2024.html", "b/2024.xlsx", "b/2024.html", "index.html")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("jixiao：2 份填报文件，渲染 2 份，已是最新 0 份"), lines.get(0));
    }

    @Test
    @DisplayName("a rerun with nothing changed renders nothing and leaves every output untouched")
    void incremental() throws IOException {
        RenderSummary first = render(checked());
        assertEquals(2, first.rendered());
        Path workbook = out.resolve("a/2024.xlsx");
        Path page = out.resolve("a/2024.html");
        Path index = out.resolve("index.html");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (Path p : List.of(workbook, page, index)) {
            Files.setLastModifiedTime(p, old);
        }

        RenderSummary second = render(checked());
        assertEquals(0, second.rendered());
        assertEquals(2, second.upToDate());
        for (Path p : List.of(workbook, page, index)) {
            assertEquals(old, Files.getLastModifiedTime(p), p + " was rewritten");
        }

        Files.writeString(repo.resolve("filings/b/2024.yaml"), VALID.replace("示例部门", "乙部门").replace("≥10个", "≥12个"));
        RenderSummary third = render(checked());
        assertEquals(1, third.rendered(), "only the changed filing");
        assertEquals(old, Files.getLastModifiedTime(workbook));
        assertNotEquals(old, Files.getLastModifiedTime(out.resolve("b/2024.xlsx")));
    }

    @Test
    @DisplayName("another rule configuration or language renders every filing again; a deleted output is rewritten")
    void configurationChangesRenderAgain() throws IOException {
        render(checked());
        CheckedFolder silenced = new FolderCheck(new CheckOptions(repo.resolve("filings"), List.of(), List.of(),
                new RuleConfig(Map.of(Diagnostic.VALUE_COST, Level.OFF)), "national-2020", Locale.CHINESE, false, Map.of(),
                null)).checked();
        assertEquals(2, render(silenced).rendered());
        assertEquals(2, new SiteRender(new SiteOptions(out, Set.of(OutputFormat.XLSX, OutputFormat.HTML),
                Locale.ENGLISH), (s, l) -> { }).render(silenced).rendered());
        Files.delete(out.resolve("a/2024.html"));
        RenderSummary again = new SiteRender(new SiteOptions(out, Set.of(OutputFormat.XLSX, OutputFormat.HTML),
                Locale.ENGLISH), (s, l) -> { }).render(silenced);
        assertEquals(1, again.rendered());
        assertTrue(Files.isRegularFile(out.resolve("a/2024.html")));
    }

    @Test
    @DisplayName("a filing that cannot be read into the model has no tables, and the index says which errors")
    void unreadableIsNotRendered() throws IOException {
        Files.writeString(repo.resolve("filings/b/2024.yaml"), "格式版本: 1\n");
        RenderSummary summary = render(checked());
        assertEquals(1, summary.rendered());
        assertEquals(1, summary.notRendered());
        assertFalse(Files.exists(out.resolve("b/2024.xlsx")));
        assertFalse(Files.exists(out.resolve("b/2024.html")));
        Element row = indexRow("b/2024.yaml");
        assertEquals("有错误，未渲染", row.selectFirst("td.status").text());
        assertTrue(row.selectFirst("td.reason").text().contains("[SCHEMA-REQUIRED]"), row.text());
    }

    @Test
    @DisplayName("a filing with errors that reads into the model is rendered: the page shows them beside the rows, "
            + "the workbook as comments on the cells, the index lists them")
    void errorsAreRendered() throws IOException {
        Files.writeString(repo.resolve("filings/b/2024.yaml"), WITH_SUM_ERROR);
        RenderSummary summary = render(checked());
        assertEquals(new RenderSummary(2, 2, 0, 0, summary.millis()), summary);

        Element row = indexRow("b/2024.yaml");
        assertEquals("有错误，仍已渲染", row.selectFirst("td.status").text());
        assertEquals(List.of("b/2024.html", "b/2024.xlsx"), row.select("a").eachAttr("href"));
        assertTrue(row.selectFirst("td.reason").text().startsWith("第 7 行 [MONEY-SUM]"), row.text());

        Document page = Jsoup.parse(out.resolve("b/2024.html").toFile(), "UTF-8");
        assertTrue(page.select("li.finding.error").text().contains("MONEY-SUM"), "the page shows the error");

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("b/2024.xlsx")))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Map<CellAddress, XSSFComment> comments = sheet.getCellComments();
            assertEquals(1, comments.size(), comments.toString());
            Map.Entry<CellAddress, XSSFComment> comment = comments.entrySet().iterator().next();
            String text = comment.getValue().getString().getString();
            assertTrue(text.startsWith("错误[MONEY-SUM] ") && text.endsWith("（第 7 行）"), text);
            assertEquals("jixiao", comment.getValue().getAuthor());
            String commented = sheet.getRow(comment.getKey().getRow()).getCell(comment.getKey().getColumn())
                    .toString();
            assertEquals("100.0", commented, "the comment is on the cell of the total that does not add up");
        }
        try (XSSFWorkbook valid = new XSSFWorkbook(Files.newInputStream(out.resolve("a/2024.xlsx")))) {
            assertTrue(valid.getSheetAt(0).getCellComments().isEmpty(), "a filing without errors stays clean");
        }
    }

    private Element indexRow(String source) throws IOException {
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        return index.select("tbody tr").stream().filter(tr -> tr.selectFirst("td.source").text().equals(source))
                .findFirst().orElseThrow(() -> new AssertionError(source + " not in the index"));
    }

    @Test
    @DisplayName("only pages when only html is asked for, only workbooks and no index when only xlsx is")
    void formats() throws IOException {
        CheckedFolder checked = checked();
        new SiteRender(new SiteOptions(out, Set.of(OutputFormat.HTML), Locale.CHINESE), (s, l) -> { }).render(checked);
        assertTrue(Files.isRegularFile(out.resolve("a/2024.html")));
        assertFalse(Files.exists(out.resolve("a/2024.xlsx")));
        Path xlsxOnly = repo.resolve("xlsx-only");
        new SiteRender(new SiteOptions(xlsxOnly, Set.of(OutputFormat.XLSX), Locale.CHINESE), (s, l) -> { })
                .render(checked);
        assertTrue(Files.isRegularFile(xlsxOnly.resolve("a/2024.xlsx")));
        assertFalse(Files.exists(xlsxOnly.resolve("a/2024.html")));
        assertFalse(Files.exists(xlsxOnly.resolve("index.html")));
    }

    @Test
    @DisplayName("filings can be handed over one at a time, as a department-by-department check would")
    void oneAtATime() throws IOException {
        CheckedFolder checked = checked();
        SiteRender.Pass pass = new SiteRender(SiteOptions.of(out), (s, l) -> { })
                .start(checked.directory(), checked.configuration());
        List<FileCheck> files = new ArrayList<>(checked.result().files());
        Collections.reverse(files);
        files.forEach(file -> pass.add(file, () -> checked.filing(file.file()), checked.contentOf(file.file())));
        RenderSummary summary = pass.finish();
        assertEquals(2, summary.rendered());
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.indexOf("a/2024.html") < index.indexOf("b/2024.html"), "the index is in path order");
        assertEquals(2, render(checked()).upToDate(), "and the next whole render finds both up to date");
    }

    @Test
    @DisplayName("checked and drawn in one stream: a rerun with nothing changed reads no filing and draws nothing")
    void streamedWithTheCache() throws IOException {
        AtomicInteger parses = new AtomicInteger();
        FilingParser parser = new FilingParser();
        CheckOptions options = CheckOptions.of(repo.resolve("filings")).withCacheDirectory(out.resolve(".cache"));
        Supplier<FolderCheck> check = () -> new FolderCheck(options, file -> {
            parses.incrementAndGet();
            return parser.parse(file);
        });
        SiteRender render = new SiteRender(SiteOptions.of(out), (s, l) -> { });
        assertEquals(2, render.render(check.get(), null).rendered());
        assertEquals(2, parses.get(), "each filing read once, for its findings and its drawing");

        RenderSummary again = render.render(check.get(), null);
        assertEquals(new RenderSummary(2, 0, 2, 0, again.millis()), again);
        assertEquals(2, parses.get(), "nothing read again");

        Files.writeString(repo.resolve("filings/b/2024.yaml"), VALID.replace("示例部门", "乙部门")
                .replace("≥10个", "≥12个"));
        assertEquals(1, render.render(check.get(), null).rendered());
        assertEquals(3, parses.get(), "only the edited filing");
    }
}
