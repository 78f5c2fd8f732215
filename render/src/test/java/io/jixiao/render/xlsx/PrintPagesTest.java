package io.jixiao.render.xlsx;

import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Printed pages: as many as the rows need, each starting with the heading of its block")
class PrintPagesTest {

    /** A title, a block of {@code first} rows and a block of {@code second}, each with a label down its left. */
    private static Grid twoBlocks(int first, int second) {
        GridBuilder g = new GridBuilder("表", List.of(14, 16, 30, 12));
        g.row().wide("2024年部门整体支出绩效目标表", CellStyle.TITLE);
        block(g, "年度主要任务", first);
        g.row().cell("年度总体目标", CellStyle.HEADER).cell("保障机关正常运转", CellStyle.TEXT, 1, 3, null);
        block(g, "年度绩效指标", second);
        return g.build();
    }

    private static void block(GridBuilder g, String label, int rows) {
        g.row().headerStartsHere(1).cell(label, CellStyle.HEADER, rows + 1, 1, null)
                .cell("一级指标", CellStyle.HEADER).cell("三级指标", CellStyle.HEADER).cell("指标值", CellStyle.HEADER);
        g.row().cell("产出指标", CellStyle.GROUP, rows, 1, null);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                g.row();
            }
            g.cell(label + "第" + i + "行", CellStyle.TEXT).cell("≥" + i + "次", CellStyle.VALUE);
        }
    }

    @Test
    @DisplayName("a table that fits one page is printed as it is, at full size when it is narrow")
    void onePage() {
        Grid grid = twoBlocks(3, 3);
        PrintPages.Printed printed = PrintPages.of(grid);
        assertEquals(List.of(), printed.pageStarts());
        assertEquals(grid, printed.grid());
        assertEquals(100, printed.scale());
    }

    @Test
    @DisplayName("a wide table prints smaller, so that it fits the width of the page as LibreOffice lays it out")
    void wideTable() {
        GridBuilder g = new GridBuilder("宽", List.of(60, 60, 60));
        g.row().cell("a", CellStyle.TEXT).cell("b", CellStyle.TEXT).cell("c", CellStyle.TEXT);
        int scale = PrintPages.scale(g.build());
        assertTrue(scale < 100);
        assertTrue(180 * PrintPages.POINTS_PER_UNIT * scale / 100 <= PrintPages.PAGE_WIDTH - 2 * 0.4 * 72);
    }

    @Test
    @DisplayName("each page starts with its block's heading and label, fits the page, and every row prints once")
    void longBlocks() {
        Grid grid = twoBlocks(70, 90);
        PrintPages.Printed printed = PrintPages.of(grid);
        Grid out = printed.grid();
        assertTrue(printed.pageStarts().size() >= 3, "pages: " + printed.pageStarts());
        double capacity = (PrintPages.PAGE_HEIGHT - 2 * PrintPages.TOP_BOTTOM_MARGIN * 72) * 100 / printed.scale();
        int previous = 0;
        List<Integer> starts = new java.util.ArrayList<>(printed.pageStarts());
        starts.add(out.rowCount());
        for (int start : starts) {
            double height = 0;
            for (int r = previous; r < start; r++) {
                height += printed.heights()[r];
            }
            assertTrue(height <= capacity, "page from row " + previous + " is " + height + " points");
            previous = start;
        }
        for (int start : printed.pageStarts()) {
            List<Cell> first = out.cellsStartingIn(start);
            assertEquals("一级指标", first.get(1).text(), "the heading again at row " + start);
            assertTrue(first.get(0).text().equals("年度主要任务") || first.get(0).text().equals("年度绩效指标"));
            assertTrue(out.cellsStartingIn(start + 1).get(0).text().equals("产出指标"),
                    "the category is printed again under the heading");
        }
        for (String label : List.of("年度主要任务", "年度绩效指标")) {
            int rows = label.equals("年度主要任务") ? 70 : 90;
            for (int i = 0; i < rows; i++) {
                String text = label + "第" + i + "行";
                assertEquals(1, out.cells().stream().filter(c -> c.text().equals(text)).count(), text);
            }
        }
        assertEquals(grid.cells().stream().filter(c -> c.style() == CellStyle.TEXT).count(),
                out.cells().stream().filter(c -> c.style() == CellStyle.TEXT).count(), "no text cell is repeated");
    }
}
