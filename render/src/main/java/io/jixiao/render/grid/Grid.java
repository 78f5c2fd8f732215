package io.jixiao.render.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * One printed table (one Excel sheet, one HTML table) as positioned cells. Layouts build grids; the Excel and HTML
 * writers render the same grid, so the two outputs always have the same structure.
 *
 * @param name          short unique name (the Excel sheet name, at most 31 characters, none of []:*?/\)
 * @param columnWidths  width of each column in characters (CJK characters count as 2)
 * @param headerRows    rows from the top (after title and subtitle) that repeat on every printed page
 * @param firstHeaderRow 0-based row where the repeating header starts
 * @param cells         every cell; positions covered by another cell's span hold no cell
 */
public record Grid(String name, List<Integer> columnWidths, int firstHeaderRow, int headerRows, List<Cell> cells) {

    public Grid {
        columnWidths = List.copyOf(columnWidths);
        cells = List.copyOf(cells);
        if (name.length() > 31 || name.matches(".*[\\[\\]:*?/\\\\].*")) {
            throw new IllegalArgumentException("not a valid sheet name: " + name);
        }
        for (Cell c : cells) {
            if (c.lastColumn() >= columnWidths.size()) {
                throw new IllegalArgumentException("cell beyond the last column: " + c);
            }
        }
    }

    public int rowCount() {
        return cells.stream().mapToInt(Cell::lastRow).max().orElse(-1) + 1;
    }

    public int columnCount() {
        return columnWidths.size();
    }

    /** The cells that start in a row, left to right. */
    public List<Cell> cellsStartingIn(int row) {
        List<Cell> result = new ArrayList<>();
        cells.stream().filter(c -> c.row() == row).sorted(java.util.Comparator.comparingInt(Cell::column))
                .forEach(result::add);
        return result;
    }
}
