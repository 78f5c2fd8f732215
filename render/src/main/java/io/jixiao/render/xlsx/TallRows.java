package io.jixiao.render.xlsx;

import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.Grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Continuation rows for texts taller than a row can be. Excel's tallest row is 409 points, about 25 printed lines:
 * a longer 部门职责概述 in one cell would be cut off on paper (and beyond 32,767 characters even in the file). So a
 * text that needs more is cut at printed lines into parts of at most that height, each in a row of its own under the
 * one before; the cells beside it (its label) are merged down over the continuation rows. Nothing is lost: the
 * parts joined give the text back, a paragraph break standing between two parts where the text had one.
 *
 * <p>Only texts in one row are cut. A text merged over several rows shares their heights (see {@link RowHeights}),
 * and the layouts merge only short labels and goals that way.
 */
final class TallRows {

    private TallRows() {
    }

    /**
     * A table with continuation rows.
     *
     * @param grid the table
     * @param rows for each row of the table it was made from, the row it starts at now
     */
    record Split(Grid grid, int[] rows) {
    }

    /** The grid with each too-tall one-row text cut into continuation rows; the grid itself when none is. */
    static Grid split(Grid grid) {
        return splitWithRows(grid).grid();
    }

    /** As {@link #split(Grid)}, saying where each row went. */
    static Split splitWithRows(Grid grid) {
        Grid current = grid;
        int[] rows = new int[grid.rowCount()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r;
        }
        if (grid.cells().stream().noneMatch(cell -> tooTall(cell, grid))) {
            // The common case, decided in one pass: the row-by-row walk below looks up each row's cells anew.
            return new Split(grid, rows);
        }
        for (int row = 0; row < current.rowCount(); row++) {
            Grid next = splitRow(current, row);
            if (next != current) {
                int added = next.rowCount() - current.rowCount();
                for (int r = 0; r < rows.length; r++) {
                    if (rows[r] > row) {
                        rows[r] += added;
                    }
                }
                row += added;
                current = next;
            }
        }
        return new Split(current, rows);
    }

    /** The grid with the tall texts starting in {@code row} cut; the same grid when none is too tall. */
    private static Grid splitRow(Grid grid, int row) {
        List<Cell> tall = new ArrayList<>();
        List<List<String>> parts = new ArrayList<>();
        int extra = 0;
        for (Cell cell : grid.cellsStartingIn(row)) {
            if (tooTall(cell, grid)) {
                List<String> cut = parts(cell, grid);
                tall.add(cell);
                parts.add(cut);
                extra = Math.max(extra, cut.size() - 1);
            }
        }
        if (extra == 0) {
            return grid;
        }
        int added = extra;
        List<Cell> cells = new ArrayList<>();
        for (Cell cell : grid.cells()) {
            int index = tall.indexOf(cell);
            if (index >= 0) {
                List<String> cut = parts.get(index);
                for (int i = 0; i < cut.size(); i++) {
                    // The last part takes the rows a longer neighbour still needs.
                    int span = i == cut.size() - 1 ? 1 + added - i : 1;
                    cells.add(new Cell(row + i, cell.column(), span, cell.colSpan(), cut.get(i),
                            cell.amount(), cell.style(), cell.pointer()));
                }
            } else if (cell.row() > row) {
                cells.add(moved(cell, cell.row() + added, cell.rowSpan()));
            } else if (cell.lastRow() >= row) {
                cells.add(moved(cell, cell.row(), cell.rowSpan() + added));
            } else {
                cells.add(cell);
            }
        }
        List<Grid.Header> headers = grid.headers().stream()
                .map(h -> h.first() > row ? new Grid.Header(h.first() + added, h.rows())
                        : h.last() >= row ? new Grid.Header(h.first(), h.rows() + added) : h)
                .toList();
        return new Grid(grid.name(), grid.columnWidths(), headers, cells, grid.footer());
    }

    /**
     * A one-row text taller than a row can be. Whether a cell is depends only on its text, style and the column
     * widths, which cutting other rows leaves as they are.
     */
    private static boolean tooTall(Cell cell, Grid grid) {
        return cell.rowSpan() == 1 && XlsxStyles.wraps(cell.style())
                && RowHeights.needed(cell, grid) > RowHeights.MAX_POINTS;
    }

    private static Cell moved(Cell cell, int row, int rowSpan) {
        return new Cell(row, cell.column(), rowSpan, cell.colSpan(), cell.text(), cell.amount(), cell.style(),
                cell.pointer());
    }

    /**
     * The cell's text cut at printed lines into parts that each fit one row: as many lines as a row holds, a
     * paragraph break at a cut dropped (the next row starts a new line anyway), a soft wrap kept whole.
     */
    static List<String> parts(Cell cell, Grid grid) {
        int units = RowHeights.unitsPerLine(cell, grid);
        int perPart = RowHeights.maxLines(cell);
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int lines = 0;
        String[] paragraphs = cell.text().split("\r\n|\r|\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            List<String> wrapped = RowHeights.lines(paragraphs[p], units);
            // Trailing spaces that wrapping dropped stay with the paragraph's last line.
            String lost = paragraphs[p].substring(String.join("", wrapped).length());
            for (int l = 0; l < wrapped.size(); l++) {
                if (lines == perPart) {
                    parts.add(part.toString());
                    part.setLength(0);
                    lines = 0;
                } else if (l == 0 && p > 0) {
                    part.append('\n');
                }
                part.append(wrapped.get(l));
                if (l == wrapped.size() - 1) {
                    part.append(lost);
                }
                lines++;
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
