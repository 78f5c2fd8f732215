package io.jixiao.render.xlsx;

import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Texts taller than a row continue on the rows under it")
class TallRowsTest {

    private static String duties(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(i > 1 ? "\n" : "").append("（").append(i).append("）负责第").append(i)
                    .append("项职责的组织协调、督促检查和统计分析工作，按时报送有关情况。");
        }
        return text.toString();
    }

    private static Grid form(String text) {
        GridBuilder g = new GridBuilder("附表1", List.of(14, 60));
        g.row().wide("标题", CellStyle.TITLE);
        g.row().cell("部门职责概述", CellStyle.HEADER).cell(text, CellStyle.TEXT, "/部门整体/部门职责概述");
        g.row().headerStartsHere(1).cell("事项", CellStyle.HEADER).cell("工作目标", CellStyle.HEADER);
        g.row().cell("双月协商", CellStyle.TEXT).cell("为区域发展建言献策", CellStyle.TEXT);
        return g.build();
    }

    @Test
    @DisplayName("a text that fits one row is left as it is")
    void shortText() {
        Grid grid = form(duties(5));
        assertSame(grid, TallRows.split(grid));
    }

    @Test
    @DisplayName("sixty duties become rows of at most 409 points, the label merged beside them, nothing lost")
    void longText() {
        String text = duties(60);
        Grid split = TallRows.split(form(text));
        List<Cell> parts = split.cells().stream().filter(c -> c.column() == 1 && c.pointer() != null).toList();
        assertTrue(parts.size() >= 3, "parts: " + parts.size());
        assertEquals(text.replace("\n", ""), String.join("", parts.stream().map(Cell::text).toList()).replace("\n", ""),
                "the parts give the text back (a paragraph break at a cut is the row's end)");
        float[] heights = RowHeights.of(split);
        for (Cell part : parts) {
            assertTrue(RowHeights.needed(part, split) <= RowHeights.MAX_POINTS, part.text());
            assertTrue(heights[part.row()] <= RowHeights.MAX_POINTS);
        }
        Cell label = split.cellsStartingIn(1).get(0);
        assertEquals("部门职责概述", label.text());
        assertEquals(parts.size(), label.rowSpan(), "the label stands beside every part");
        assertEquals(1 + parts.size(), split.firstHeaderRow(), "the rows under it move down, heading included");
        assertEquals("双月协商", split.cellsStartingIn(2 + parts.size()).get(0).text());
    }

    @Test
    @DisplayName("a paragraph longer than a row is cut at a printed line, not at a paragraph break")
    void oneLongParagraph() {
        String text = "很长的一段话没有换行".repeat(400);
        Grid split = TallRows.split(form(text));
        List<Cell> parts = split.cells().stream().filter(c -> c.column() == 1 && c.pointer() != null).toList();
        assertTrue(parts.size() > 1);
        assertEquals(text, String.join("", parts.stream().map(Cell::text).toList()));
    }
}
