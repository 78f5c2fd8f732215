package io.jixiao.render.xlsx;

import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
