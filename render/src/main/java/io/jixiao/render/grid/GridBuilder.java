package io.jixiao.render.grid;

import io.jixiao.value.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a grid row by row, the way a person fills a form: a cursor moves along the current row, skipping
 * positions that a cell above spans into. Overlapping cells are a layout bug and fail at once.
 */
public final class GridBuilder {

    private final String name;
    private final List<Integer> widths;
    private final List<Cell> cells = new ArrayList<>();
    private final List<boolean[]> occupied = new ArrayList<>();
    private int row = -1;
    private int column;
    private final List<Grid.Header> headers = new ArrayList<>();

    public GridBuilder(String name, List<Integer> columnWidths) {
        this.name = name;
        this.widths = List.copyOf(columnWidths);
    }

    /** Starts the next row; the cursor goes to its first free column. */
    public GridBuilder row() {
        row++;
        column = 0;
        skipOccupied();
        return this;
    }

    /** The current row index (0-based). */
    public int currentRow() {
        return row;
    }

    /**
     * Marks the rows from the current one, {@code count} of them, as the heading of the block that follows: a printed
     * page that starts inside the block repeats it.
     */
    public GridBuilder headerStartsHere(int count) {
        headers.removeIf(h -> h.first() == row);
        headers.add(new Grid.Header(row, count));
        return this;
    }

    public GridBuilder cell(String text, CellStyle style) {
        return cell(text, style, 1, 1, null);
    }

    public GridBuilder cell(String text, CellStyle style, String pointer) {
        return cell(text, style, 1, 1, pointer);
    }

    /** Adds a cell at the cursor, spanning rows and columns; null text is an empty cell. */
    public GridBuilder cell(String text, CellStyle style, int rowSpan, int colSpan, String pointer) {
        place(new Cell(row, column, rowSpan, colSpan, text == null ? "" : text, null, style, pointer));
        return this;
    }

    /**
     * Adds an amount: a numeric cell keeping the written form, or an empty bordered cell when there is none. An
     * amount written with its own unit ({@code 12万元}) stays text as written: a bare 12 under the table's unit
     * would lose what the filer wrote.
     */
    public GridBuilder amount(Money money, int rowSpan, int colSpan, String pointer) {
        if (money == null) {
            return cell("", CellStyle.VALUE, rowSpan, colSpan, pointer);
        }
        if (money.hasWrittenUnit()) {
            return cell(money.written(), CellStyle.VALUE, rowSpan, colSpan, pointer);
        }
        place(new Cell(row, column, rowSpan, colSpan, money.written(), money.amount(), CellStyle.AMOUNT, pointer));
        return this;
    }

    public GridBuilder amount(Money money, String pointer) {
        return amount(money, 1, 1, pointer);
    }

    /** A full-width cell (title, subtitle, footer lines). */
    public GridBuilder wide(String text, CellStyle style) {
        return cell(text, style, 1, widths.size() - column, null);
    }

    private void place(Cell cell) {
        if (cell.lastColumn() >= widths.size()) {
            throw new IllegalStateException(name + ": cell past the last column at row " + row + ": " + cell.text());
        }
        for (int r = cell.row(); r <= cell.lastRow(); r++) {
            boolean[] used = occupiedRow(r);
            for (int c = cell.column(); c <= cell.lastColumn(); c++) {
                if (used[c]) {
                    throw new IllegalStateException(name + ": cells overlap at row " + r + " column " + c);
                }
                used[c] = true;
            }
        }
        cells.add(cell);
        column = cell.lastColumn() + 1;
        skipOccupied();
    }

    private void skipOccupied() {
        boolean[] used = occupiedRow(row);
        while (column < widths.size() && used[column]) {
            column++;
        }
    }

    private boolean[] occupiedRow(int r) {
        while (occupied.size() <= r) {
            occupied.add(new boolean[widths.size()]);
        }
        return occupied.get(r);
    }

    public Grid build() {
        return new Grid(name, widths, headers, cells);
    }
}
