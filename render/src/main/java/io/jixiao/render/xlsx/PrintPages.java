package io.jixiao.render.xlsx;

import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a table out on printed pages, so that what is filed is also on paper: every row as tall as its text
 * ({@link RowHeights}, texts taller than a row cut into continuation rows by {@link TallRows}), and a page that
 * starts inside a block (an indicator table, a task list) starting with that block's heading rows again.
 *
 * <p>A spreadsheet repeats one range of rows per sheet ("print titles"), but an official form has several headed
 * blocks on one sheet. So the pages are worked out here: each page break is a manual row break, the heading rows of
 * the block the page starts in are copied in under the break, and the cells merged across a break (the block's
 * label, a 一级指标 over its rows) are cut in two, the second part printing the label again. For the breaks to fall
 * where they are computed, the sheet is printed at a fixed scale that fits its width on A4 landscape as LibreOffice
 * lays columns out (the wider of the two: 7 points per width unit, against about 6 in Excel with 宋体); row heights
 * are written into the file, so a page holds exactly the rows computed for it. Where no break is allowed (inside a
 * text merged over several rows) the application breaks the page itself.
 */
final class PrintPages {

    /** A4 landscape, in points. */
    static final double PAGE_WIDTH = 841.89;
    static final double PAGE_HEIGHT = 595.28;
    /** The margins {@link SheetWriter} sets, in inches. */
    static final double SIDE_MARGIN = 0.4;
    static final double TOP_BOTTOM_MARGIN = 0.5;
    /** How wide LibreOffice prints one width unit of a column (the digit width of its default font), in points. */
    static final double POINTS_PER_UNIT = 7.0;
    /** A page is filled to this share of its height: room for rounding and for the footer line. */
    private static final double FILL = 0.93;
    private static final int MIN_SCALE = 10;
    private static final int MAX_SCALE = 100;

    private PrintPages() {
    }

    /**
     * A table ready to print.
     *
     * @param grid       the table with continuation rows and the heading rows repeated at page starts
     * @param heights    each row's height in points
     * @param pageStarts the rows (after the first) that start a printed page
     * @param scale      the print scale in percent
     * @param rows       for each row of the table as laid out, the row it prints at (its first part's)
     */
    record Printed(Grid grid, float[] heights, List<Integer> pageStarts, int scale, int[] rows) {

        /**
         * Where a row of the table as laid out prints: for a note on one of its cells.
         *
         * @throws IllegalArgumentException when the table has no such row
         */
        int row(int tableRow) {
            if (tableRow < 0 || tableRow >= rows.length) {
                throw new IllegalArgumentException(grid.name() + ": no row " + tableRow);
            }
            return rows[tableRow];
        }
    }

    static Printed of(Grid table) {
        TallRows.Split split = TallRows.splitWithRows(table);
        Grid grid = split.grid();
        float[] heights = RowHeights.of(grid);
        int scale = scale(grid);
        double capacity = (PAGE_HEIGHT - 2 * TOP_BOTTOM_MARGIN * 72) * FILL * 100 / scale;
        Printed paged = new Paginator(grid, heights, capacity).paginate(scale);
        int[] rows = new int[split.rows().length];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = paged.row(split.rows()[r]);
        }
        return new Printed(paged.grid(), paged.heights(), paged.pageStarts(), scale, rows);
    }

    /** The largest scale, in whole percent, at which the table's width fits the page between its margins. */
    static int scale(Grid grid) {
        double width = 0;
        for (int w : grid.columnWidths()) {
            width += Math.min(w, 255) * POINTS_PER_UNIT;
        }
        double printable = PAGE_WIDTH - 2 * SIDE_MARGIN * 72;
        int scale = (int) Math.floor(100 * printable / Math.max(width, 1));
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }

    /** One pass over the rows, deciding where pages start and what is copied there. */
    private static final class Paginator {

        private final Grid grid;
        private final float[] heights;
        private final double capacity;
        private final int rows;
        /** For each row, the block (index into the grid's headers) whose body holds it, or -1. */
        private final int[] bodyOf;
        /** The last row of each block. */
        private final int[] blockEnd;
        /** Whether a page may start at the row: every cell across the boundary above it may be cut. */
        private final boolean[] breakable;

        /** The output rows: each the index of a source row, a copied heading row marked by {@link #copies}. */
        private final List<Integer> out = new ArrayList<>();
        private final List<Boolean> copies = new ArrayList<>();
        private final List<Integer> pageStarts = new ArrayList<>();

        Paginator(Grid grid, float[] heights, double capacity) {
            this.grid = grid;
            this.heights = heights;
            this.capacity = capacity;
            this.rows = grid.rowCount();
            this.bodyOf = new int[rows];
            this.blockEnd = new int[grid.headers().size()];
            this.breakable = new boolean[rows];
            java.util.Arrays.fill(bodyOf, -1);
            List<Grid.Header> headers = grid.headers();
            for (int b = 0; b < headers.size(); b++) {
                Grid.Header h = headers.get(b);
                int end = h.last();
                for (Cell cell : grid.cells()) {
                    if (cell.row() >= h.first() && cell.row() <= h.last()) {
                        end = Math.max(end, cell.lastRow());
                    }
                }
                if (end == h.last()) {
                    // A heading without a label down its block: the block runs to the next heading.
                    end = b + 1 < headers.size() ? headers.get(b + 1).first() - 1 : rows - 1;
                }
                blockEnd[b] = Math.min(end, rows - 1);
                for (int r = h.last() + 1; r <= blockEnd[b]; r++) {
                    bodyOf[r] = b;
                }
            }
            java.util.Arrays.fill(breakable, true);
            for (Cell cell : grid.cells()) {
                if (!cuttable(cell)) {
                    for (int r = cell.row() + 1; r <= cell.lastRow(); r++) {
                        breakable[r] = false;
                    }
                }
            }
            for (Grid.Header h : headers) {
                for (int r = h.first() + 1; r <= h.last(); r++) {
                    breakable[r] = false;
                }
            }
        }

        /** A label or a category merged over rows may be cut at a page break and printed again after it. */
        private static boolean cuttable(Cell cell) {
            return cell.style() == CellStyle.HEADER || cell.style() == CellStyle.GROUP;
        }

        Printed paginate(int scale) {
            double used = 0;
            for (int r = 0; r < rows; r++) {
                double needed = heights[r];
                int block = headingStartingAt(r);
                if (block >= 0) {
                    // Keep a heading with the first row under it.
                    Grid.Header h = grid.headers().get(block);
                    for (int k = r + 1; k <= Math.min(h.last() + 1, rows - 1); k++) {
                        needed += heights[k];
                    }
                }
                if (used > 0 && used + needed > capacity && breakable[r]) {
                    pageStarts.add(out.size());
                    used = 0;
                    if (bodyOf[r] >= 0) {
                        Grid.Header h = grid.headers().get(bodyOf[r]);
                        for (int k = h.first(); k <= h.last(); k++) {
                            out.add(k);
                            copies.add(true);
                            used += heights[k];
                        }
                    }
                }
                out.add(r);
                copies.add(false);
                used += heights[r];
            }
            int[] position = positions();
            Grid printed = build(position);
            float[] result = outHeights();
            if (printed != grid) { // else nothing was cut: its heights are the ones measured
                // A label cut at a break must fit the rows of its part: keep the taller of the two estimates.
                float[] again = RowHeights.of(printed);
                for (int i = 0; i < result.length; i++) {
                    result[i] = Math.max(result[i], again[i]);
                }
            }
            return new Printed(printed, result, List.copyOf(pageStarts), scale, position);
        }

        private int headingStartingAt(int row) {
            for (int b = 0; b < grid.headers().size(); b++) {
                if (grid.headers().get(b).first() == row) {
                    return b;
                }
            }
            return -1;
        }

        private float[] outHeights() {
            float[] result = new float[out.size()];
            for (int i = 0; i < out.size(); i++) {
                result[i] = heights[out.get(i)];
            }
            return result;
        }

        /** For each source row, the output row it prints at. */
        private int[] positions() {
            int[] position = new int[rows];
            for (int i = 0; i < out.size(); i++) {
                if (!copies.get(i)) {
                    position[out.get(i)] = i;
                }
            }
            return position;
        }

        /** The printed grid: source cells at their new rows, cut at page starts, and the copied headings. */
        private Grid build(int[] position) {
            if (pageStarts.isEmpty()) {
                return grid;
            }
            List<Cell> cells = new ArrayList<>();
            for (Cell cell : grid.cells()) {
                int start = position[cell.row()];
                int end = position[cell.lastRow()];
                int partStart = start;
                for (int page : pageStarts) {
                    if (page > start && page <= end) {
                        cells.add(at(cell, partStart, page - 1));
                        // A block's label prints beside the copied heading too; anything else resumes under it.
                        partStart = isLabel(cell) ? page : firstSourceRowFrom(page);
                    }
                }
                cells.add(at(cell, partStart, end));
            }
            List<Grid.Header> headers = new ArrayList<>();
            for (Grid.Header h : grid.headers()) {
                headers.add(new Grid.Header(position[h.first()], h.rows()));
            }
            for (int i = 0; i < out.size(); i++) {
                if (copies.get(i) && (i == 0 || !copies.get(i - 1))) {
                    Grid.Header h = grid.headers().get(bodyOf[out.get(i + heading(i))]);
                    headers.add(new Grid.Header(i, h.rows()));
                    for (Cell cell : grid.cells()) {
                        if (cell.row() >= h.first() && cell.lastRow() <= h.last()) {
                            cells.add(at(cell, i + cell.row() - h.first(), i + cell.lastRow() - h.first()));
                        }
                    }
                }
            }
            return new Grid(grid.name(), grid.columnWidths(), headers, cells, grid.footer());
        }

        /** How many copied rows follow from output row {@code i}: the source row after them is in the block. */
        private int heading(int i) {
            int k = i;
            while (k < out.size() && copies.get(k)) {
                k++;
            }
            return k - i;
        }

        private int firstSourceRowFrom(int index) {
            int k = index;
            while (k < out.size() && copies.get(k)) {
                k++;
            }
            return k;
        }

        /** The label merged down the left of a block, over its heading and its rows. */
        private boolean isLabel(Cell cell) {
            for (Grid.Header h : grid.headers()) {
                if (cell.row() == h.first() && cell.column() == 0 && cell.lastRow() > h.last()) {
                    return true;
                }
            }
            return false;
        }

        private static Cell at(Cell cell, int first, int last) {
            return new Cell(first, cell.column(), last - first + 1, cell.colSpan(), cell.text(), cell.amount(),
                    cell.style(), cell.pointer());
        }
    }
}
