package io.jixiao.render.grid;

import java.util.Objects;

/**
 * A note attached to one cell of one table, such as the findings about the value the cell shows: a workbook
 * writes it as a cell comment, so the printed form stays as it is and the note shows when the cell is pointed at.
 *
 * @param grid   index of the table among the tables written
 * @param row    0-based row of the cell (its first row when it spans)
 * @param column 0-based column of the cell (its first column when it spans)
 * @param text   the note; lines separated by {@code \n}
 */
public record CellNote(int grid, int row, int column, String text) {

    public CellNote {
        Objects.requireNonNull(text, "text");
        if (grid < 0 || row < 0 || column < 0) {
            throw new IllegalArgumentException("bad note position " + grid + ":" + row + "," + column);
        }
    }
}
