package io.jixiao.render.xlsx;

import io.jixiao.finding.Messages;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellNote;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Writes one grid as one sheet: the cells, the merged regions of spanning cells, column widths, row heights and
 * a print setup that puts the table on A4 landscape pages as wide as the table, with the header repeated.
 *
 * <p>The sheet's rows are streamed: POI's {@link DeferredSXSSFWorkbook} asks for them while it writes the file and
 * writes each row's XML directly into the zip, so no XML object model of the cells is built and saved (which was
 * most of the time of writing a workbook) and, unlike the plain streaming workbook, no temporary file is used.
 * Everything that is not a row (widths, merged regions, print setup, styles) stays in POI's ordinary model.
 */
final class SheetWriter {

    /** The size of a comment's box, in columns and rows of the sheet. */
    private static final int COMMENT_COLUMNS = 4;
    private static final int COMMENT_ROWS = 6;
    /** Excel's widest column, in characters. */
    private static final int MAX_COLUMN_CHARS = 255;
    /** The header and footer margin in inches (the page margins are {@link PrintPages}'). */
    private static final double HEADER_FOOTER_MARGIN = 0.3;

    private final DeferredSXSSFWorkbook workbook;
    private final XlsxStyles styles;

    SheetWriter(DeferredSXSSFWorkbook workbook, XlsxStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    void write(Grid table, List<CellNote> notes) {
        PrintPages.Printed printed = PrintPages.of(table);
        Grid grid = printed.grid();
        Position[][] positions = positions(grid);
        DeferredSXSSFSheet sheet = workbook.createSheet(grid.name());
        for (int c = 0; c < grid.columnCount(); c++) {
            sheet.setColumnWidth(c, Math.min(grid.columnWidths().get(c), MAX_COLUMN_CHARS) * 256);
        }
        for (Cell cell : grid.cells()) {
            if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                // Overlaps were ruled out by positions(), so POI's own quadratic overlap check is not needed.
                sheet.addMergedRegionUnsafe(
                        new CellRangeAddress(cell.row(), cell.lastRow(), cell.column(), cell.lastColumn()));
            }
        }
        printSetup(sheet, printed);
        // A note is placed on the table as laid out; the printed sheet may have moved its row.
        comments(sheet, positions, notes.stream()
                .map(n -> new CellNote(n.grid(), printed.row(n.row()), n.column(), n.text())).toList());
        float[] heights = printed.heights();
        sheet.setRowGenerator(rows -> writeRows(rows, positions, heights));
    }

    /**
     * Attaches each cell's notes as one comment, in a box a few columns wide beside the cell. Nothing is added to a
     * sheet without notes, so its workbook stays what it was. Comments live in the sheet's comments part and
     * drawing, not in its rows, so they are made now, before the rows are streamed, and point at their cell by
     * address.
     *
     * <p>POI creates a comment at the top-left cell of its box, one column right of the cell, and refuses a second
     * comment there; the comment then moves to its cell. Cells are therefore taken row by row, left to right: when
     * a box is opened, no comment is yet right of its cell. (In the order of the findings, a note for a cell after
     * one for its right neighbour failed the whole workbook; found by {@code FilingFuzzTest}.)
     */
    private void comments(SXSSFSheet sheet, Position[][] positions, List<CellNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        Map<List<Integer>, List<String>> byCell = new TreeMap<>(Comparator.<List<Integer>>comparingInt(k -> k.get(0))
                .thenComparingInt(k -> k.get(1)));
        for (CellNote note : notes) {
            if (note.row() < 0 || note.row() >= positions.length || note.column() < 0
                    || note.column() >= positions[note.row()].length
                    || positions[note.row()][note.column()] == null) {
                throw new IllegalArgumentException(sheet.getSheetName() + ": a note for a cell that does not exist: "
                        + note);
            }
            byCell.computeIfAbsent(List.of(note.row(), note.column()), k -> new ArrayList<>()).add(note.text());
        }
        var drawing = sheet.createDrawingPatriarch();
        for (Map.Entry<List<Integer>, List<String>> entry : byCell.entrySet()) {
            int r = entry.getKey().get(0);
            int c = entry.getKey().get(1);
            XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, c + 1, r, c + 1 + COMMENT_COLUMNS,
                    r + COMMENT_ROWS);
            XSSFComment comment = (XSSFComment) drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(fitted(String.join("\n", entry.getValue()))));
            comment.setAuthor(XlsxWriter.AUTHOR);
            comment.setAddress(r, c);
        }
    }

    /**
     * What one position of the sheet holds: the style, and at a cell's top-left position its value (a number, a
     * text, or nothing).
     */
    private record Position(XSSFCellStyle style, Object value) {
    }

    /**
     * Every position of the grid: a cell's value goes into its top-left position and every position it covers
     * gets the same style, so the borders of a merged region print on all its sides. Text is always set as a
     * string, never as a formula.
     *
     * @throws IllegalArgumentException when two cells cover the same position (a layout bug; writing them would
     *                                  silently lose one)
     */
    private Position[][] positions(Grid grid) {
        Position[][] positions = new Position[grid.rowCount()][grid.columnCount()];
        for (Cell cell : grid.cells()) {
            XSSFCellStyle style;
            Object value = null;
            if (cell.style() == CellStyle.AMOUNT) {
                OptionalDouble number = AmountFormat.exactDouble(cell.amount());
                style = styles.amount(AmountFormat.numberFormat(cell.amount(), AmountFormat.grouped(cell.text())),
                        number.isPresent() ? null : cell.text());
                value = number.isPresent() ? (Object) number.getAsDouble() : cell.text();
            } else {
                boolean atRightEdge = cell.column() > 0 && cell.lastColumn() == grid.columnCount() - 1;
                style = styles.text(cell.style(), atRightEdge, cell.text());
                if (!cell.text().isEmpty()) {
                    value = fitted(cell.text());
                }
            }
            for (int r = cell.row(); r <= cell.lastRow(); r++) {
                for (int c = cell.column(); c <= cell.lastColumn(); c++) {
                    if (positions[r][c] != null) {
                        throw new IllegalArgumentException(grid.name() + ": cells overlap at row " + r + " column "
                                + c + ": " + cell.text());
                    }
                    positions[r][c] = new Position(style, r == cell.row() && c == cell.column() ? value : null);
                }
            }
        }
        return positions;
    }

    /** Called by POI while it writes the sheet: the rows in order, each with its height and its cells. */
    private static void writeRows(SXSSFSheet sheet, Position[][] positions, float[] heights) {
        for (int r = 0; r < positions.length; r++) {
            SXSSFRow row = sheet.createRow(r);
            row.setHeightInPoints(heights[r]);
            for (int c = 0; c < positions[r].length; c++) {
                Position position = positions[r][c];
                if (position == null) {
                    continue;
                }
                SXSSFCell cell = row.createCell(c);
                if (position.value() instanceof Double number) {
                    cell.setCellValue(number);
                } else if (position.value() instanceof String text) {
                    cell.setCellValue(text);
                }
                cell.setCellStyle(position.style());
            }
        }
    }

    /** Excel's limit on one cell's text; the HTML page always has the full text. */
    static final int MAX_CELL_TEXT = 32_767;
    /**
     * The note that ends a cut text. Chinese whatever the interface language: the workbook reproduces the official
     * form, and its one sentence of jixiao's own reads with the form it sits in.
     */
    static final String CUT = Messages.chinese().format("render.workbook.truncated");

    /** A text Excel can hold: longer texts (several long goals joined in one cell) are cut, visibly. */
    static String fitted(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - CUT.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }

    /** 第 &P 页 共 &N 页: the page number and count, as Excel's footer codes. */
    static final String PAGE_NUMBER = Messages.chinese().format("render.workbook.pageNumber");

    /** A text as a header or footer shows it: {@code &} starts a code there, so a literal one is doubled. */
    static String headerFooterText(String text) {
        return text.replace("&", "&&");
    }

    /**
     * A4 landscape at the scale that fits the table's width, the pages broken where {@link PrintPages} put them
     * (each repeating the heading of the block it starts in, so no print titles are set), and a footer naming the
     * filing with the page number on every page.
     */
    private static void printSetup(SXSSFSheet sheet, PrintPages.Printed printed) {
        Grid grid = printed.grid();
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(false);
        print.setScale((short) printed.scale());
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, PrintPages.SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, PrintPages.SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, PrintPages.TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, PrintPages.TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER_MARGIN);
        for (int start : printed.pageStarts()) {
            sheet.setRowBreak(start - 1);
        }
        // Every printed page says whose table it is, for which year, and which page of how many.
        sheet.getFooter().setLeft(headerFooterText(grid.footer()));
        sheet.getFooter().setCenter(PAGE_NUMBER);
    }
}
