package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import io.jixiao.model.Template;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.value.MoneyUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Pages are safe to open: filed text stays text, nothing is fetched or run")
class PageSafetyTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String FORMULA = "=HYPERLINK(\"http://x\")";
    private static final String AT_FORMULA = "@SUM(A1)";
    private static final String QUOTES = "\"双引号\" 'single' & <b>粗体</b> &amp;";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    private static final Set<String> PAGE_ATTRIBUTES = Set.of("lang", "charset", "name", "content", "class",
            "rowspan", "colspan", "style");

    private static String hostilePage() {
        GridBuilder b = new GridBuilder("<i>表 & 附<i>", List.of(10, 10, 10));
        b.row().wide(SCRIPT, CellStyle.TITLE);
        b.row().headerStartsHere(1).cell(QUOTES, CellStyle.HEADER).cell(IMAGE, CellStyle.HEADER)
                .cell("指标值", CellStyle.HEADER);
        b.row().cell(FORMULA, CellStyle.TEXT, "/a").cell(AT_FORMULA, CellStyle.VALUE, "/b")
                .cell("-1+2", CellStyle.VALUE, "/c");
        Grid grid = b.build();
        List<Finding> findings = List.of(
                HtmlFixtures.finding(3, 1, "/a", "SCHEMA-EMPTY", Severity.ERROR, "schema.empty", IMAGE),
                HtmlFixtures.finding(0, 0, "", "YAML-DUPLICATE-KEY", Severity.INFO, "yaml.duplicateKey",
                        SCRIPT + FORMULA, 1));
        PageHeading heading = new PageHeading(SCRIPT + QUOTES, 2023, Template.GENERIC, MoneyUnit.YUAN);
        return new HtmlPage(Messages.chinese()).render(heading, List.of(grid), findings);
    }

    @Test
    @DisplayName("markup, formulas, quotes and & in filed text are escaped and read back as the same text")
    void textIsEscaped() {
        String html = hostilePage();
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script, img, i, b").isEmpty(), "no element comes from filed text");
        assertFalse(html.contains(SCRIPT), "the raw page never holds the markup as markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&amp;amp;"), "an & is escaped, even one that looks like an entity");

        assertEquals(SCRIPT, page.selectFirst("caption span").text());
        assertEquals(SCRIPT + QUOTES, page.selectFirst("h1").text());
        assertEquals(List.of(QUOTES, IMAGE, "指标值"), page.select("thead th.header").eachText());
        assertEquals(List.of(FORMULA, AT_FORMULA, "-1+2"), page.select("tbody td:not(.findings)").eachText(),
                "formula-like text is shown as typed, not evaluated or dropped");
        assertEquals("<i>表 & 附<i>", page.selectFirst("section.grid > h2").text());
        assertEquals("SCHEMA-EMPTY", page.selectFirst("td.findings .rule").text());
        assertTrue(page.selectFirst("section.file-findings .message").text().contains(SCRIPT + FORMULA),
                "a message quoting markup shows it as text");
        assertEquals("「" + IMAGE + "」不能为空。", page.selectFirst("td.findings .message").text());
        assertTrue(page.title().startsWith(SCRIPT), "the title holds the department as text");
    }

    @Test
    @DisplayName("the page has no script, no event handler and no URL except the one the test typed as text")
    void noScriptNoUrl() {
        String html = hostilePage();
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script").isEmpty());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertTrue(PAGE_ATTRIBUTES.contains(attribute.getKey()),
                        "unexpected attribute " + attribute + " on <" + element.tagName() + ">");
            }
        }
        assertEquals(2, count(html, "http"), "http appears only inside the two texts the test filed");
        assertEquals(2, count(page.body().text(), "http://x"));
    }

    @Test
    @DisplayName("a page makes no external reference: no src=, no href=, no @import, no url(")
    void noExternalReferences() {
        String html = new HtmlPage(Messages.chinese())
                .render(HtmlFixtures.heading(), HtmlFixtures.grids(), HtmlFixtures.findings());
        for (String forbidden : List.of("src=", "href=", "@import", "url(", "http", "//", "<script", "<link",
                "<iframe", "<object", "<embed", "<img")) {
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains(forbidden), "page contains " + forbidden);
        }
        Document page = Jsoup.parse(html);
        assertEquals(1, page.select("style").size(), "exactly one inline stylesheet");
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
        assertTrue(html.startsWith("<!DOCTYPE html>\n"));
        String css = page.selectFirst("style").data();
        assertTrue(css.contains("@media print"));
        assertTrue(css.contains("size: A4 landscape"));
        assertTrue(css.contains("thead { display: table-header-group; }"));
        assertTrue(css.contains("page-break-inside: avoid"));
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
