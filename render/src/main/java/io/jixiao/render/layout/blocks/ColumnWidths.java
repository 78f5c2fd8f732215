package io.jixiao.render.layout.blocks;

import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.text.DisplayWidth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Column widths from the content, so a column is as wide as its longest heading or value up to a cap beyond which
 * the text wraps. Layouts build a grid with provisional widths and then fit it: the widths depend on the filing
 * (a 二级 name of fourteen characters, an amount written with six decimals), not on the form alone.
 */
public final class ColumnWidths {

    /** No column narrower than this, so an empty or numeric column still reads as a column. */
    public static final int MIN = 8;

    private static final Set<CellStyle> UNBOUNDED = EnumSet.of(CellStyle.TITLE, CellStyle.SUBTITLE, CellStyle.FOOTER);
    /** Room for the cell padding and the border. */
    private static final int PADDING = 2;

    private ColumnWidths() {
    }

    /** Provisional widths for a builder whose grid will be fitted. */
    public static List<Integer> provisional(int columns) {
        return java.util.Collections.nCopies(columns, MIN);
    }

    /**
     * The grid with each column as wide as its widest single-column cell (titles, the unit line and the footer
     * span the table and do not count), between {@link #MIN} and the column's cap.
     *
     * @param caps the widest each column may get; the last cap applies to any further columns
     */
    public static Grid fit(Grid grid, int... caps) {
        List<Integer> widths = new ArrayList<>();
        for (int column = 0; column < grid.columnCount(); column++) {
            int cap = caps[Math.min(column, caps.length - 1)];
            int widest = MIN;
            for (Cell cell : grid.cells()) {
                if (cell.column() == column && cell.colSpan() == 1 && !UNBOUNDED.contains(cell.style())) {
                    widest = Math.max(widest, DisplayWidth.widestLine(cell.text()) + PADDING);
                }
            }
            widths.add(Math.min(widest, Math.max(cap, MIN)));
        }
        return grid.withColumnWidths(widths);
    }
}
