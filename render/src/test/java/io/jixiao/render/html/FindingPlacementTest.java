package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Findings are shown beside the rows they concern")
class FindingPlacementTest {

    private static Document page(List<Grid> grids, List<Finding> findings) {
        return Jsoup.parse(new HtmlPage(Messages.chinese()).render(HtmlFixtures.heading(), grids, findings));
    }

    /** The rule ids listed in the findings cell of the row holding a cell with this text. */
    private static List<String> rulesBeside(Document page, String cellText) {
        Element row = page.selectFirst("td:containsOwn(" + cellText + ")").parent();
        return row.select("> td.findings .rule").eachText();
    }

    @Test
    @DisplayName("a finding on a value, or inside it, lands on that value's row, with severity, rule, message and line")
    void onTheValuesRow() {
        Document page = page(HtmlFixtures.grids(), HtmlFixtures.findings());
        assertEquals(List.of("MONEY-SUM", "VALUE-QUANTITY"), rulesBeside(page, "开展统战理论培训"));
        assertEquals(List.of("VALUE-MISSING-UNIT"), rulesBeside(page, "形成调研报告"));
        assertEquals(List.of(), rulesBeside(page, "完成时间"));
        assertEquals(List.of("YAML-DUPLICATE-KEY"), rulesBeside(page, "完成宣传册印制"));

        Element item = page.selectFirst("li.finding:has(.rule:containsOwn(VALUE-MISSING-UNIT))");
        assertEquals("警告", item.selectFirst(".severity").text());
        assertEquals("指标「形成调研报告」的指标值「15」只有数字，没有单位；数量指标请写计数单位，如「15篇」。",
                item.selectFirst(".message").text());
        assertEquals("第 21 行", item.selectFirst(".line").text());
        assertTrue(page.selectFirst("td:containsOwn(开展统战理论培训)").parent().hasClass("has-error"),
                "a row with an error is marked so it stands out");
    }

    @Test
    @DisplayName("a pointer only matches a cell at a / boundary, so 指标值X is not 指标值")
    void prefixAtSlashBoundaryOnly() {
        Document page = page(HtmlFixtures.grids(), HtmlFixtures.findings());
        assertEquals(List.of("FILE-EMPTY", "SCHEMA-EMPTY"), page.select("section.file-findings .rule").eachText());
        assertEquals("「指标值X」不能为空。",
                page.select("section.file-findings .message").get(1).text());
    }

    @Test
    @DisplayName("whole-file findings are listed before the tables, without a line number")
    void wholeFileFindings() {
        Document page = page(HtmlFixtures.grids(), HtmlFixtures.findings());
        Element first = page.selectFirst("section.file-findings li");
        assertEquals("FILE-EMPTY", first.selectFirst(".rule").text());
        assertTrue(first.select(".line").isEmpty());
        assertTrue(page.selectFirst("section.file-findings").elementSiblingIndex()
                < page.selectFirst("section.grid").elementSiblingIndex());
    }

    @Test
    @DisplayName("a finding about the title or subtitle is listed right under its table")
    void captionFindingsUnderTheTable() {
        Document page = page(HtmlFixtures.grids(), HtmlFixtures.findings());
        Element firstTable = page.select("section.grid").first();
        assertEquals(List.of("SCHEMA-EMPTY"), firstTable.select("> ul.table-findings .rule").eachText());
        assertEquals("「部门名称」不能为空。", firstTable.selectFirst("> ul.table-findings .message").text());
    }

    @Test
    @DisplayName("every finding appears exactly once on the page, and the heading counts them")
    void eachFindingOnce() {
        Document page = page(HtmlFixtures.grids(), HtmlFixtures.findings());
        assertEquals(HtmlFixtures.findings().size(), page.select("li.finding").size());
        assertEquals(List.of("错误 2 条", "警告 2 条", "提示 3 条"), page.select("header .count").eachText());
    }

    @Test
    @DisplayName("a finding on a category spanning rows lands on its first row; a value shown twice, on its first cell")
    void spanningAndRepeatedCells() {
        GridBuilder a = new GridBuilder("表一", List.of(10, 10));
        a.row().cell("产出指标", CellStyle.GROUP, 2, 1, "/指标/0/一级指标").cell("甲", CellStyle.VALUE, "/指标/0/指标值");
        a.row().cell("乙", CellStyle.VALUE, "/指标/1/指标值");
        GridBuilder b = new GridBuilder("表二", List.of(10));
        b.row().cell("甲", CellStyle.VALUE, "/指标/0/指标值");
        List<Finding> findings = List.of(
                HtmlFixtures.finding(3, 1, "/指标/0/一级指标", "TAXONOMY-LEVEL", Severity.WARNING,
                        "rule.TAXONOMY-LEVEL.level1", "产出", "national-2020", "产出指标", "national-2020"),
                HtmlFixtures.finding(4, 1, "/指标/0/指标值", "VALUE-MISSING", Severity.ERROR,
                        "rule.VALUE-MISSING.blank", "甲"));

        Document page = page(List.of(a.build(), b.build()), findings);
        Element firstTable = page.select("table").get(0);
        assertEquals(List.of("VALUE-MISSING", "TAXONOMY-LEVEL"),
                firstTable.select("tr").get(0).select("td.findings .rule").eachText());
        assertEquals(List.of(), firstTable.select("tr").get(1).select("td.findings .rule").eachText());
        assertTrue(page.select("table").get(1).select(".findings").isEmpty(),
                "the second table shows the same value but the finding is already beside the first");
    }
}
