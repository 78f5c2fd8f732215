package io.jixiao.render.xlsx;

import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.ColumnWidths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Counting the printed lines of wrapped text")
class RowHeightsTest {

    @Test
    @DisplayName("a CJK character takes two units and may break anywhere")
    void cjk() {
        assertEquals(1, lines("一二三四五", 10));
        assertEquals(2, lines("一二三四五六", 10));
        assertEquals(3, lines("一二三四五六七八九十一", 8));
    }

    @Test
    @DisplayName("a Latin word moves to the next line whole; a word longer than a line is broken")
    void words() {
        assertEquals(2, lines("aaaa bbbbbb", 8));
        assertEquals(1, lines("aaa bbbb", 8));
        assertEquals(3, lines("abcdefghijklmnopqrst", 8));
    }

    @Test
    @DisplayName("line breaks in the text start new lines; empty text is one line")
    void breaks() {
        assertEquals(3, lines("一\n二\r\n三", 20));
        assertEquals(2, lines("一\n", 20));
        assertEquals(1, lines("", 20));
    }

    @Test
    @DisplayName("≥, ±, ‰ and ① take two units, as 宋体 prints them")
    void ambiguousSymbolsAreWide() {
        assertEquals(2, lines("≥≥≥≥≥", 8));
        assertEquals(1, lines("≥90%", 5));
        assertEquals(2, lines("≥90%", 4));
        assertEquals(2, lines("①②③④⑤", 8));
    }

    @Test
    @DisplayName("a value in a column fitted to it prints on one line")
    void fittedColumnHoldsItsValue() {
        for (String value : List.of("≥95%（全年平均）", "±3%以内（按季度）", "≤185.91万元/年·人", "①②③④⑤⑥⑦⑧",
                "“三会一课”×12次", "α、β、γ、δ、ε系数", "±5%、±3%、±1%", "一级指标")) {
            GridBuilder g = new GridBuilder("表", ColumnWidths.provisional(2));
            g.row().cell(value, CellStyle.TEXT).cell("a", CellStyle.TEXT);
            Grid grid = ColumnWidths.fit(g.build(), 40);
            float[] heights = RowHeights.of(grid);
            assertTrue(grid.columnWidths().get(0) > ColumnWidths.MIN, value);
            assertEquals(1, lines(value, grid.columnWidths().get(0) - 1), value);
            assertEquals(heights[0], RowHeights.of(ColumnWidths.fit(single("a"), 40))[0], value);
        }
    }

    private static Grid single(String text) {
        GridBuilder g = new GridBuilder("表", ColumnWidths.provisional(1));
        g.row().cell(text, CellStyle.TEXT);
        return g.build();
    }

    @Test
    @DisplayName("a narrow column still counts each character")
    void narrow() {
        assertEquals(4, lines("一二三四", 1));
    }

    @Test
    @DisplayName("heights never exceed Excel's largest row")
    void capped() {
        GridBuilder g = new GridBuilder("长", List.of(4));
        g.row().cell("很长的文字".repeat(200), CellStyle.TEXT);
        float[] heights = RowHeights.of(g.build());
        assertEquals(RowHeights.MAX_POINTS, heights[0]);
        assertEquals(1, heights.length);
    }

    private static int lines(String text, int units) {
        return RowHeights.lineCount(text, units);
    }

    @Test
    @DisplayName("lines are as tall as Noto Sans CJK prints them, the font LibreOffice takes for 宋体 on Linux")
    void lineHeightFitsNotoSansCjk() {
        GridBuilder g = new GridBuilder("职责", List.of(40));
        g.row().cell("一\n二\n三\n四\n五\n六\n七\n八\n九\n十", CellStyle.TEXT);
        float height = RowHeights.of(g.build())[0];
        // Noto Sans CJK: ascent 1.16 + descent 0.288 em; ten lines of 11 pt text.
        assertTrue(height >= 10 * 11 * 1.448, "ten lines need " + 10 * 11 * 1.448 + " points, got " + height);
    }
}
