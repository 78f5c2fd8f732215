package io.jixiao.render.xlsx;

import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.Grid;
import io.jixiao.text.DisplayWidth;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Row heights tall enough to print every wrapped line. Excel and LibreOffice fit a row to wrapped text only in
 * unmerged cells, and the official tables are full of merged cells, so the heights are computed here and written
 * into the file.
 *
 * <p>A cell's lines are counted by wrapping its text into the width of the columns it covers, counting a wide
 * character ({@link DisplayWidth}: CJK, and the symbols 宋体 prints full width, such as ≥) as two columns-width units
 * and any other character as one (the unit of {@link Grid#columnWidths()}), breaking Latin words only at spaces. A cell spanning several rows shares its
 * height among them: rows it needs beyond what its rows already have are added evenly.
 */
final class RowHeights {

    /**
     * Line height as a multiple of the font size. 宋体 prints 11 pt text in lines of about 14.3 pt (1.3), but a
     * reader without 宋体 gets another CJK font: LibreOffice on Linux takes Noto Sans CJK, whose lines are 1.448 times
     * the font size (ascent 1.16 + descent 0.288 em), and at 1.3 the tenth line of a ten-line 部门职责概述 fell below
     * its row and was cut off in the PDF. The height is for the tallest font a reader is likely to have.
     */
    static final double LINE_SPACING = 1.45;
    /** Room above and below the text inside a cell, in points. */
    private static final double CELL_PADDING = 3;
    /** Excel's largest row height, in points. */
    static final float MAX_POINTS = 409;
    /** Width units lost to the cell's inner margins. */
    private static final int CELL_MARGIN_UNITS = 1;

    private RowHeights() {
    }

    /** The height in points of each row of the grid. */
    static float[] of(Grid grid) {
        double[] heights = new double[grid.rowCount()];
        Arrays.fill(heights, lineHeight(XlsxStyles.BODY_POINTS, 1));
        for (Cell cell : grid.cells()) {
            if (cell.rowSpan() == 1) {
                heights[cell.row()] = Math.max(heights[cell.row()], needed(cell, grid));
            }
        }
        List<Cell> spanning = grid.cells().stream().filter(c -> c.rowSpan() > 1)
                .sorted(Comparator.comparingInt(Cell::rowSpan)).toList();
        for (Cell cell : spanning) {
            double have = 0;
            for (int r = cell.row(); r <= cell.lastRow(); r++) {
                have += heights[r];
            }
            double missing = needed(cell, grid) - have;
            if (missing > 0) {
                for (int r = cell.row(); r <= cell.lastRow(); r++) {
                    heights[r] += missing / cell.rowSpan();
                }
            }
        }
        float[] points = new float[heights.length];
        for (int r = 0; r < heights.length; r++) {
            points[r] = (float) Math.min(MAX_POINTS, Math.ceil(heights[r] * 4) / 4);
        }
        return points;
    }

    /** The height a cell needs for all its lines, in points. */
    static double needed(Cell cell, Grid grid) {
        short points = XlsxStyles.points(cell.style());
        if (!XlsxStyles.wraps(cell.style())) {
            return lineHeight(points, 1);
        }
        return lineHeight(points, lineCount(cell.text(), unitsPerLine(cell, grid)));
    }

    /** How many width units one line of the cell holds, at its font size. */
    static int unitsPerLine(Cell cell, Grid grid) {
        short points = XlsxStyles.points(cell.style());
        int units = -CELL_MARGIN_UNITS;
        for (int c = cell.column(); c <= cell.lastColumn(); c++) {
            units += grid.columnWidths().get(c);
        }
        double unitsAtThisSize = units * (double) XlsxStyles.BODY_POINTS / points;
        return Math.max(1, (int) Math.floor(unitsAtThisSize));
    }

    /** The most lines of a kind of cell that one row of at most {@link #MAX_POINTS} holds. */
    static int maxLines(Cell cell) {
        short points = XlsxStyles.points(cell.style());
        return Math.max(1, (int) Math.floor((MAX_POINTS - CELL_PADDING) / (points * LINE_SPACING)));
    }

    static double lineHeight(short points, int lines) {
        return lines * points * LINE_SPACING + CELL_PADDING;
    }

    /** Line breaks as a text may hold them; compiled once, as every wrapped cell is split on them. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    /**
     * The printed lines of a text wrapped into lines of {@code unitsPerLine} width units; at least one. Counted
     * without building the lines: every wrapped cell of every sheet is measured, often more than once.
     */
    static int lineCount(String text, int unitsPerLine) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) { // most cells: one paragraph, no regex needed
            return Math.max(1, wrap(text.stripTrailing(), unitsPerLine, null));
        }
        int count = 0;
        for (String paragraph : LINE_BREAK.split(text, -1)) {
            count += wrap(paragraph.stripTrailing(), unitsPerLine, null);
        }
        return Math.max(1, count);
    }

    /**
     * The text as printed lines, wrapped into lines of {@code unitsPerLine} width units; at least one. Joining the
     * lines of each paragraph without a separator, and the paragraphs with a line break, gives the text back (a
     * paragraph's trailing spaces aside), so a text can be cut at a line into parts that lose nothing.
     */
    static List<String> lines(String text, int unitsPerLine) {
        List<String> lines = new java.util.ArrayList<>();
        for (String paragraph : LINE_BREAK.split(text, -1)) {
            wrap(paragraph.stripTrailing(), unitsPerLine, lines);
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /**
     * Greedy wrapping as spreadsheet applications do it: a CJK character may start a new line anywhere, a run of
     * other non-space characters (a word, a number) moves to the next line whole unless it is longer than a line.
     * An empty paragraph is one empty line.
     *
     * @param lines where the paragraph's lines are added, or null only to count them
     * @return how many lines the paragraph takes
     */
    private static int wrap(String paragraph, int max, List<String> lines) {
        boolean keep = lines != null;
        StringBuilder line = keep ? new StringBuilder() : null;
        int count = 0;
        int used = 0;
        int i = 0;
        while (i < paragraph.length()) {
            int cp = paragraph.codePointAt(i);
            int end;
            int width;
            if (DisplayWidth.isWide(cp)) {
                end = i + Character.charCount(cp);
                width = Math.min(2, max); // in a column narrower than one character it still takes one line
            } else if (Character.isWhitespace(cp)) {
                end = i + Character.charCount(cp);
                width = 1;
            } else {
                end = i;
                width = 0;
                while (end < paragraph.length()) {
                    int next = paragraph.codePointAt(end);
                    if (DisplayWidth.isWide(next) || Character.isWhitespace(next)) {
                        break;
                    }
                    end += Character.charCount(next);
                    width++;
                }
            }
            if (used + width <= max) {
                used += width;
                if (keep) {
                    line.append(paragraph, i, end);
                }
            } else if (Character.isWhitespace(cp)) {
                // The space that breaks the line ends it.
                if (keep) {
                    line.append(paragraph, i, end);
                    lines.add(line.toString());
                    line.setLength(0);
                }
                count++;
                used = 0;
            } else {
                if (used > 0) {
                    if (keep) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    count++;
                }
                int start = i;
                while (width > max) {
                    // A word longer than a line is broken after max characters (each one unit wide).
                    int cut = paragraph.offsetByCodePoints(start, max);
                    if (keep) {
                        lines.add(paragraph.substring(start, cut));
                    }
                    count++;
                    start = cut;
                    width -= max;
                }
                if (keep) {
                    line.append(paragraph, start, end);
                }
                used = width;
            }
            i = end;
        }
        if (keep) {
            lines.add(line.toString());
        }
        return count + 1;
    }
}
