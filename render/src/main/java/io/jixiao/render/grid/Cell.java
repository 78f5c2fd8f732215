package io.jixiao.render.grid;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of a rendered table at an absolute position, possibly spanning several rows and columns.
 *
 * @param row      0-based row in the grid
 * @param column   0-based column
 * @param rowSpan  rows covered, at least 1
 * @param colSpan  columns covered, at least 1
 * @param text     the text as written in the filing (for an amount, its written form, e.g. {@code 4000.00})
 * @param amount   the number for an {@link CellStyle#AMOUNT} cell (written as a numeric cell in Excel), else null
 * @param style    what kind of cell it is
 * @param pointer  JSON pointer of the filing value shown here, or null for template labels; HTML shows the
 *                 findings of a row beside it by matching these pointers
 */
public record Cell(int row, int column, int rowSpan, int colSpan, String text, BigDecimal amount, CellStyle style,
                   String pointer) {

    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        if (row < 0 || column < 0 || rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("bad cell position " + row + "," + column + " span " + rowSpan + "x"
                    + colSpan);
        }
        if (style == CellStyle.AMOUNT && amount == null) {
            throw new IllegalArgumentException("an AMOUNT cell needs its number: " + text);
        }
    }

    public int lastRow() {
        return row + rowSpan - 1;
    }

    public int lastColumn() {
        return column + colSpan - 1;
    }
}
