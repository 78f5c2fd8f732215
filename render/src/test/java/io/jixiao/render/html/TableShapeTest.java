package io.jixiao.render.html;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Messages;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Each table has the grid's shape: spans, omitted covered positions, header rows")
class TableShapeTest {

    private static Document render(List<Grid> grids, List<Finding> findings) {
        return Jsoup.parse(new HtmlPage(Messages.chinese()).render(HtmlFixtures.heading(), grids, findings));
    }

    /** Column slots of each row once rowspans from above and colspans are counted (the HTML table model). */
    static List<Integer> slotsPerRow(Element table) {
        Elements rows = table.select("> thead > tr, > tbody > tr");
        List<int[]> carried = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int count = 0;
            for (int[] span : carried) {
                if (span[0] > r) {
                    count += span[1];
                }
            }
            for (Element cell : rows.get(r).children()) {
                int rowSpan = spanOf(cell, "rowspan");
                int colSpan = spanOf(cell, "colspan");
                count += colSpan;
                if (rowSpan > 1) {
                    carried.add(new int[] {r + rowSpan, colSpan});
                }
            }
            slots.add(count);
        }
        return slots;
    }

    private static int spanOf(Element cell, String attribute) {
        return cell.hasAttr(attribute) ? Integer.parseInt(cell.attr(attribute)) : 1;
    }

    private static void assertRectangular(Element table, int columns) {
        List<Integer> slots = slotsPerRow(table);
        assertTrue(!slots.isEmpty(), "the table has rows");
        slots.forEach(n -> assertEquals(columns, n, "every row has " + columns + " column slots: " + slots));
    }

    @Test
    @DisplayName("merged header and category cells keep their rowspan and colspan, and every row has the same width")
    void spansAndWidth() {
        Document page = render(HtmlFixtures.grids(), HtmlFixtures.findings());
        Elements tables = page.select("table");
        assertEquals(2, tables.size());
        Element indicators = tables.get(0);
        assertRectangular(indicators, 5 + 1);
        assertRectangular(tables.get(1), 4 + 1);

        assertEquals("2", indicators.selectFirst("th:containsOwn(一级指标)").attr("rowspan"));
        assertEquals("2", indicators.selectFirst("th:containsOwn(目标)").attr("colspan"));
        assertEquals("3", indicators.selectFirst("td:containsOwn(产出指标)").attr("rowspan"));
        assertEquals("2", indicators.selectFirst("td:containsOwn(数量指标)").attr("rowspan"));
        assertEquals("3", indicators.selectFirst("td:containsOwn(单位负责人)").attr("colspan"));
    }

    @Test
    @DisplayName("positions covered by a span get no cell of their own")
    void coveredPositionsOmitted() {
        Element indicators = render(HtmlFixtures.grids(), List.of()).select("table").first();
        Elements body = indicators.select("> tbody > tr");
        assertEquals(List.of(5, 3, 4, 2), body.stream().map(tr -> tr.children().size()).toList(),
                "cells per body row: the first row holds both categories, the next rows skip the covered ones");
        assertEquals(2, indicators.select("> thead > tr").get(1).children().size(),
                "the second header row holds only 指标值 and 预算数");
    }

    @Test
    @DisplayName("title and subtitle become the caption, header rows the thead, the rest the tbody")
    void rowGroups() {
        Element indicators = render(HtmlFixtures.grids(), List.of()).select("table").first();
        assertEquals(List.of("2023年度部门整体支出绩效目标表", "填报单位：中共示例市委统一战线工作部 金额单位：万元"),
                indicators.select("caption > p").eachText());
        assertEquals(2, indicators.select("> thead > tr").size());
        assertEquals(4, indicators.select("> tbody > tr").size());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "目标", "指标值", "预算数"),
                indicators.select("thead th").eachText());
        assertEquals(List.of("amount"), indicators.select("td:containsOwn(12.50)").eachAttr("class"),
                "an amount shows its written text in an amount cell");
    }

    @Test
    @DisplayName("a table without findings has no findings column")
    void noFindingsColumnWithoutFindings() {
        Element indicators = render(HtmlFixtures.grids(), List.of()).select("table").first();
        assertTrue(indicators.select(".findings").isEmpty());
        assertRectangular(indicators, 5);
    }

    @Test
    @DisplayName("a position no cell covers is an empty cell, so the row keeps its width")
    void holesAreBlankCells() {
        Element indicators = render(HtmlFixtures.grids(), List.of()).select("table").first();
        Element row = indicators.selectFirst("td:containsOwn(完成时间)").parent();
        assertEquals("blank", row.children().last().className());
    }

    @Test
    @DisplayName("header rows that follow other rows stay in the body as th cells, keeping the shape")
    void headerAfterOtherRows() {
        GridBuilder b = new GridBuilder("项目2", List.of(10, 10, 10));
        b.row().wide("项目绩效目标表", CellStyle.TITLE);
        b.row().cell("项目名称", CellStyle.HEADER).cell("示例", CellStyle.TEXT, 1, 2, "/项目/1/项目名称");
        b.row().headerStartsHere(1).cell("一级指标", CellStyle.HEADER).cell("二级指标", CellStyle.HEADER)
                .cell("指标值", CellStyle.HEADER);
        b.row().cell("产出指标", CellStyle.GROUP, 2, 1, null).cell("数量", CellStyle.GROUP)
                .cell("3次", CellStyle.VALUE, "/项目/1/指标/0/指标值");
        b.row().cell("质量", CellStyle.GROUP).cell("100%", CellStyle.VALUE, "/项目/1/指标/1/指标值");
        Finding finding = HtmlFixtures.finding(9, 1, "/项目/1/指标/1/指标值", "SCHEMA-EMPTY",
                io.jixiao.finding.Severity.WARNING, "schema.empty", "指标值");

        Element table = render(List.of(b.build()), List.of(finding)).selectFirst("table");
        assertTrue(table.select("thead").isEmpty(), "a thead must come first, so the header stays in the body");
        assertEquals(List.of("项目名称", "一级指标", "二级指标", "指标值"), table.select("tbody th.header").eachText());
        assertEquals(List.of("一级指标", "二级指标", "指标值", "审核发现"),
                table.selectFirst("th.findings").parent().children().eachText(),
                "the findings column is labelled in the header row");
        assertRectangular(table, 4);
    }

    @Test
    @DisplayName("a cell spanning out of the header rows keeps its span, so the header stays in the body")
    void spanLeavingTheHeader() {
        GridBuilder b = new GridBuilder("表", List.of(10, 10));
        b.row().headerStartsHere(1).cell("类别", CellStyle.HEADER, 2, 1, null).cell("值", CellStyle.HEADER);
        b.row().cell("1", CellStyle.VALUE);
        Element table = render(List.of(b.build()), List.of()).selectFirst("table");
        assertTrue(table.select("thead").isEmpty());
        assertEquals("2", table.selectFirst("th:containsOwn(类别)").attr("rowspan"));
        assertRectangular(table, 2);
    }

    @Test
    @DisplayName("randomly merged grids always come out rectangular with one element per cell")
    void randomGrids() {
        for (int seed = 1; seed <= 200; seed++) {
            Grid grid = RandomGrids.grid(new Random(seed));
            List<Finding> findings = RandomGrids.findingsOn(grid, new Random(seed));
            Element table = render(List.of(grid), findings).selectFirst("table");
            boolean findingsColumn = !table.select("col.findings").isEmpty();
            int captionCells = table.select("caption span").size();
            int rendered = table.select("tr > *:not(.findings):not(.blank)").size();
            assertEquals(grid.cells().size(), captionCells + rendered, "seed " + seed + ": one element per cell");
            List<Integer> slots = slotsPerRow(table);
            for (int i = 0; i < slots.size(); i++) {
                assertEquals(grid.columnCount() + (findingsColumn ? 1 : 0), slots.get(i),
                        "seed " + seed + " row " + i + ": " + slots);
            }
        }
    }
}
