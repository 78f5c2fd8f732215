package io.jixiao.render.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * One printed table (one Excel sheet, one HTML table) as positioned cells. Layouts build grids; the Excel and HTML
 * writers render the same grid, so the two outputs always have the same structure.
 *
 * @param name          short unique name (the Excel sheet name, at most 31 characters, none of []:*?/\)
 * @param columnWidths  width of each column in characters (CJK characters count as 2)
 * @param headers       the heading rows of each block of the table (an indicator table's 一级指标 | 二级指标 … row),
 *                      top to bottom: a printed page that starts inside a block repeats its heading
 * @param cells         every cell; positions covered by another cell's span hold no cell
 * @param footer        what every printed page of the table says at its foot besides the page number (the
 *                      department, the year, the money unit), or empty
 */
public record Grid(String name, List<Integer> columnWidths, List<Header> headers, List<Cell> cells, String footer) {

    /**
     * The heading rows of one block.
     *
     * @param first 0-based row where the heading starts
     * @param rows  how many rows it has, at least 1
     */
    public record Header(int first, int rows) {
        public Header {
            if (first < 0 || rows < 1) {
                throw new IllegalArgumentException("bad header " + first + "+" + rows);
            }
        }

        public int last() {
            return first + rows - 1;
        }
    }

    /** What Excel refuses in a sheet name; compiled once, as a grid is made (and remade) for every sheet drawn. */
    private static final java.util.regex.Pattern NAME_WITH_FORBIDDEN =
            java.util.regex.Pattern.compile(".*[\\[\\]:*?/\\\\].*");

    public Grid {
        columnWidths = List.copyOf(columnWidths);
        headers = headers.stream().sorted(java.util.Comparator.comparingInt(Header::first)).toList();
        cells = List.copyOf(cells);
        footer = footer == null ? "" : footer;
        if (name.length() > 31 || NAME_WITH_FORBIDDEN.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid sheet name: " + name);
        }
        for (Cell c : cells) {
            if (c.lastColumn() >= columnWidths.size()) {
                throw new IllegalArgumentException("cell beyond the last column: " + c);
            }
        }
    }

    /** A table without a page footer. */
    public Grid(String name, List<Integer> columnWidths, List<Header> headers, List<Cell> cells) {
        this(name, columnWidths, headers, cells, "");
    }

    /** A table with at most one heading, from {@code firstHeaderRow}, {@code headerRows} rows (none when 0). */
    public Grid(String name, List<Integer> columnWidths, int firstHeaderRow, int headerRows, List<Cell> cells) {
        this(name, columnWidths, headerRows > 0 ? List.of(new Header(firstHeaderRow, headerRows)) : List.of(), cells);
    }

    /** The same table under another sheet name. */
    public Grid withName(String other) {
        return new Grid(other, columnWidths, headers, cells, footer);
    }

    /** The same table with other column widths. */
    public Grid withColumnWidths(List<Integer> widths) {
        return new Grid(name, widths, headers, cells, footer);
    }

    /** The same table with a page footer. */
    public Grid withFooter(String text) {
        return new Grid(name, columnWidths, headers, cells, text);
    }

    /** The row where the first heading starts (0 when there is none): the sheet's print titles. */
    public int firstHeaderRow() {
        return headers.isEmpty() ? 0 : headers.get(0).first();
    }

    /** The rows of the first heading, 0 when there is none. */
    public int headerRows() {
        return headers.isEmpty() ? 0 : headers.get(0).rows();
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
