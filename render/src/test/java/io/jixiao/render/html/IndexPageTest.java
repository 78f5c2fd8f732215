package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The index lists every filing with its status, counts, links and reasons")
class IndexPageTest {

    private static Document index(List<IndexEntry> entries) {
        return Jsoup.parse(new IndexPage(Messages.chinese()).render(entries));
    }

    private static Element rowOf(Document index, String source) {
        return index.selectFirst("td.source:containsOwn(" + source + ")").parent();
    }

    @Test
    @DisplayName("each filing has one row with department, year, status and the three counts")
    void rows() {
        Document index = index(HtmlFixtures.indexEntries());
        assertEquals(4, index.select("tbody > tr").size());
        Element wuchang = rowOf(index, "wuchang tongzhanbu/2020.yaml");
        assertEquals(List.of("中共武汉市武昌区委统战部", "2020", "通过，有警告", "0", "2", "1"),
                wuchang.children().eachText().subList(0, 6));
        assertEquals("通过", rowOf(index, "临沂统战部/2023.yaml").selectFirst("td.status").text());
        assertEquals("有错误，未渲染", rowOf(index, "石峰区政协/2023.yaml").selectFirst("td.status").text());
        Element broken = rowOf(index, "broken/2024.yaml");
        assertEquals(List.of("（未能读出部门名称）", "—"), broken.children().eachText().subList(0, 2));
    }

    @Test
    @DisplayName("links are relative, percent-encoded per segment, and lead back to the Chinese folder names")
    void links() {
        Document index = index(HtmlFixtures.indexEntries());
        List<String> hrefs = index.select("a[href]").eachAttr("href");
        assertEquals(List.of("wuchang%20tongzhanbu/2020.html", "wuchang%20tongzhanbu/2020.xlsx",
                "%E4%B8%B4%E6%B2%82%E7%BB%9F%E6%88%98%E9%83%A8/2023.html",
                "%E4%B8%B4%E6%B2%82%E7%BB%9F%E6%88%98%E9%83%A8/2023.xlsx"), hrefs);
        for (String href : hrefs) {
            URI uri = URI.create(href);
            assertFalse(uri.isAbsolute(), href);
            assertFalse(uri.getPath().startsWith("/"), href);
        }
        assertEquals("临沂统战部/2023.html", URI.create(hrefs.get(2)).getPath());
    }

    @Test
    @DisplayName("a filing not rendered has no links and shows its first three errors and how many more")
    void reasons() {
        Element shifeng = rowOf(index(HtmlFixtures.indexEntries()), "石峰区政协/2023.yaml");
        assertTrue(shifeng.select("a").isEmpty());
        assertEquals(List.of("第 12 行 [MONEY-SUM] 合计不等于各项之和", "第 30 行 [SCHEMA-REQUIRED] 缺少「指标值」",
                "第 31 行 [SCHEMA-TYPE] 「年度」应为整数"), shifeng.select("td.reason li").eachText());
        assertEquals("另有 2 条错误，见检查报告。", shifeng.selectFirst("td.reason .more").text());
    }

    @Test
    @DisplayName("error texts for the index come from the findings, errors only, in page order")
    void errorTexts() {
        List<Finding> findings = List.of(
                HtmlFixtures.finding(9, 1, "/年度", "SCHEMA-EMPTY", Severity.ERROR, "schema.empty", "年度"),
                HtmlFixtures.finding(2, 1, "/x", "SCHEMA-EMPTY", Severity.WARNING, "schema.empty", "x"),
                HtmlFixtures.finding(0, 0, "", "FILE-EMPTY", Severity.ERROR, "file.empty"));
        assertEquals(List.of("[FILE-EMPTY] 文件为空（或只有注释）：请至少填写 格式版本、部门名称、年度、金额单位。",
                "第 9 行 [SCHEMA-EMPTY] 「年度」不能为空。"), IndexEntry.errorTexts(findings, Messages.chinese()));
    }

    @Test
    @DisplayName("hostile names and paths are escaped as text and cannot become a script or an absolute link")
    void hostileEntries() {
        String script = "<script>alert(1)</script>";
        String html = new IndexPage(Messages.chinese()).render(List.of(
                IndexEntry.rendered(script + ".yaml", script, 2023, "javascript:alert(1)//\"><b>.html",
                        "http://x/a.xlsx", FindingCounts.NONE),
                IndexEntry.notRendered("a.yaml", "\"&'", null, new FindingCounts(1, 0, 0), List.of(script))));
        Document index = Jsoup.parse(html);
        assertTrue(index.select("script, b").isEmpty());
        assertFalse(html.contains(script));
        assertEquals(List.of("javascript%3Aalert%281%29//%22%3E%3Cb%3E.html", "http%3A//x/a.xlsx"),
                index.select("a").eachAttr("href"));
        index.select("a").eachAttr("href").forEach(href -> assertFalse(URI.create(href).isAbsolute(), href));
        assertEquals(List.of(script, "\"&'"), index.select("td.department").eachText(), "sorted by source file");
        assertEquals(script, index.selectFirst("td.reason li").text());
    }

    @Test
    @DisplayName("a filing rendered in spite of its errors links its page and workbook and lists its first errors")
    void renderedWithErrors() {
        Document index = Jsoup.parse(new IndexPage(Messages.chinese()).render(List.of(IndexEntry.rendered(
                "b/2024.yaml", "乙部门", 2024, "b/2024.html", "b/2024.xlsx", new FindingCounts(1, 0, 0),
                List.of("第 14 行 [MONEY-SUM] 资金总额与各项之和不符")))));
        Element row = rowOf(index, "b/2024.yaml");
        assertEquals("有错误，仍已渲染", row.selectFirst("td.status").text());
        assertEquals(List.of("b/2024.html", "b/2024.xlsx"), row.select("a").eachAttr("href"));
        assertEquals("第 14 行 [MONEY-SUM] 资金总额与各项之和不符", row.selectFirst("td.reason li.error").text());
    }

    @Test
    @DisplayName("absolute paths are refused before they can become links")
    void absolutePathsRefused() {
        for (String path : List.of("/etc/passwd.html", "\\\\server\\share.html", "C:\\out\\a.html", "")) {
            assertThrows(IllegalArgumentException.class, () -> IndexEntry.rendered("a.yaml", "部门", 2023, path,
                    null, FindingCounts.NONE), path);
        }
    }

    @Test
    @DisplayName("the index makes no request either: only relative links, no script, no src, no url(")
    void selfContained() {
        String html = new IndexPage(Messages.chinese()).render(HtmlFixtures.indexEntries());
        for (String forbidden : List.of("src=", "@import", "url(", "http", "<script")) {
            assertFalse(html.contains(forbidden), "index contains " + forbidden);
        }
        assertEquals(4, Jsoup.parse(html).select("[href]").size());
    }

    @Test
    @DisplayName("in English, the index's own words are English, with singular and plural right, and the page says "
            + "it is English; names stay as filed")
    void english() {
        Document index = Jsoup.parse(new IndexPage(Messages.forLocale(Locale.ENGLISH))
                .render(HtmlFixtures.indexEntries()));
        assertEquals("en", index.selectFirst("html").attr("lang"));
        assertEquals("zh-CN", Jsoup.parse(new IndexPage(Messages.chinese()).render(HtmlFixtures.indexEntries()))
                .selectFirst("html").attr("lang"));
        assertEquals("Performance target tables", index.title());
        assertEquals(List.of("4 filings", "2 rendered", "2 not rendered"), index.select("p.summary span").eachText());
        assertEquals(List.of("Department", "Year", "Status", "Errors", "Warnings", "Infos", "Page", "Workbook",
                "Errors in brief", "File"), index.select("thead th").eachText());
        Element wuchang = rowOf(index, "wuchang tongzhanbu/2020.yaml");
        assertEquals(List.of("中共武汉市武昌区委统战部", "2020", "Passed, with warnings"),
                wuchang.children().eachText().subList(0, 3));
        assertEquals("2 more errors; see the check report.",
                rowOf(index, "石峰区政协/2023.yaml").selectFirst("td.reason .more").text());
        assertEquals("1 filing", Jsoup.parse(new IndexPage(Messages.forLocale(Locale.ENGLISH))
                .render(HtmlFixtures.indexEntries().subList(0, 1))).selectFirst("p.summary span").text());
    }

    @Test
    @DisplayName("in English, an unrendered filing's errors name their line in English")
    void englishErrorTexts() {
        List<Finding> findings = List.of(
                HtmlFixtures.finding(9, 1, "/年度", "SCHEMA-EMPTY", Severity.ERROR, "schema.empty", "年度"));
        assertEquals(List.of("line 9 [SCHEMA-EMPTY] \"年度\" must not be empty."),
                IndexEntry.errorTexts(findings, Messages.forLocale(Locale.ENGLISH)));
    }
}
