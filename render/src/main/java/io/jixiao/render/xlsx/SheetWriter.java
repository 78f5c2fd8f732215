package io.jixiao.render.xlsx;

import io.jixiao.finding.Messages;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellNote;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Writes one grid as one sheet: the cells, the merged regions of spanning cells, column widths, row heights and
 * a print setup that puts the table on A4 landscape pages as wide as the table, with the header repeated.
 */
final class SheetWriter {

    /** The size of a comment's box, in columns and rows of the sheet. */
    private static final int COMMENT_COLUMNS = 4;
    private static final int COMMENT_ROWS = 6;
    /** Excel's widest column, in characters. */
    private static final int MAX_COLUMN_CHARS = 255;
    /** The header and footer margin in inches (the page margins are {@link PrintPages}'). */
    private static final double HEADER_FOOTER_MARGIN = 0.3;

    private final XSSFWorkbook workbook;
    private final XlsxStyles styles;

    SheetWriter(XSSFWorkbook workbook, XlsxStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    void write(Grid table, List<CellNote> notes) {
        PrintPages.Printed printed = PrintPages.of(table);
        Grid grid = printed.grid();
        XSSFSheet sheet = workbook.createSheet(grid.name());
        for (int c = 0; c < grid.columnCount(); c++) {
            sheet.setColumnWidth(c, Math.min(grid.columnWidths().get(c), MAX_COLUMN_CHARS) * 256);
        }
        float[] heights = printed.heights();
        for (int r = 0; r < heights.length; r++) {
            sheet.createRow(r).setHeightInPoints(heights[r]);
        }
        for (Cell cell : grid.cells()) {
            write(sheet, cell, grid.columnCount());
        }
        printSetup(sheet, printed);
        // A note is placed on the table as laid out; the printed sheet may have moved its row.
        comments(sheet, notes.stream().map(n -> new CellNote(n.grid(), printed.row(n.row()), n.column(), n.text()))
                .toList());
    }

    /**
     * Attaches each cell's notes as one comment, in a box a few columns wide beside the cell. Nothing is added to a
     * sheet without notes, so its workbook stays what it was.
     *
     * <p>POI creates a comment at the top-left cell of its box, one column right of the cell, and refuses a second
     * comment there; the comment then moves to its cell. Cells are therefore taken row by row, left to right: when
     * a box is opened, no comment is yet right of its cell. (In the order of the findings, a note for a cell after
     * one for its right neighbour failed the whole workbook; found by {@code FilingFuzzTest}.)
     */
    private void comments(XSSFSheet sheet, List<CellNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        Map<List<Integer>, List<String>> byCell = new TreeMap<>(Comparator.<List<Integer>>comparingInt(k -> k.get(0))
                .thenComparingInt(k -> k.get(1)));
        for (CellNote note : notes) {
            XSSFRow row = sheet.getRow(note.row());
            if (row == null || row.getCell(note.column()) == null) {
                throw new IllegalArgumentException(sheet.getSheetName() + ": a note for a cell that does not exist: "
                        + note);
            }
            byCell.computeIfAbsent(List.of(note.row(), note.column()), k -> new ArrayList<>()).add(note.text());
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (Map.Entry<List<Integer>, List<String>> entry : byCell.entrySet()) {
            int r = entry.getKey().get(0);
            int c = entry.getKey().get(1);
            XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, c + 1, r, c + 1 + COMMENT_COLUMNS,
                    r + COMMENT_ROWS);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(fitted(String.join("\n", entry.getValue()))));
            comment.setAuthor(XlsxWriter.AUTHOR);
            sheet.getRow(r).getCell(c).setCellComment(comment);
        }
    }

    /**
     * Writes a cell's value into its top-left position and gives every position it covers the same style, so the
     * borders of a merged region print on all its sides. Text is always set as a string, never as a formula.
     */
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

    private void write(XSSFSheet sheet, Cell cell, int columnCount) {
        requireFree(sheet, cell);
        XSSFCellStyle style;
        XSSFCell first = sheet.getRow(cell.row()).createCell(cell.column());
        if (cell.style() == CellStyle.AMOUNT) {
            OptionalDouble number = AmountFormat.exactDouble(cell.amount());
            style = styles.amount(AmountFormat.numberFormat(cell.amount(), AmountFormat.grouped(cell.text())),
                    number.isPresent() ? null : cell.text());
            if (number.isPresent()) {
                first.setCellValue(number.getAsDouble());
            } else {
                first.setCellValue(cell.text());
            }
        } else {
            boolean atRightEdge = cell.column() > 0 && cell.lastColumn() == columnCount - 1;
            style = styles.text(cell.style(), atRightEdge, cell.text());
            if (!cell.text().isEmpty()) {
                first.setCellValue(fitted(cell.text()));
            }
        }
        first.setCellStyle(style);
        for (int r = cell.row(); r <= cell.lastRow(); r++) {
            XSSFRow row = sheet.getRow(r);
            for (int c = cell.column(); c <= cell.lastColumn(); c++) {
                if (r != cell.row() || c != cell.column()) {
                    row.createCell(c).setCellStyle(style);
                }
            }
        }
        if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
            // Overlaps were ruled out above, so POI's own quadratic overlap check is not needed.
            sheet.addMergedRegionUnsafe(
                    new CellRangeAddress(cell.row(), cell.lastRow(), cell.column(), cell.lastColumn()));
        }
    }

    /** Overlapping cells are a layout bug; writing them would silently lose one of them. */
    private static void requireFree(XSSFSheet sheet, Cell cell) {
        for (int r = cell.row(); r <= cell.lastRow(); r++) {
            for (int c = cell.column(); c <= cell.lastColumn(); c++) {
                if (sheet.getRow(r).getCell(c) != null) {
                    throw new IllegalArgumentException(sheet.getSheetName() + ": cells overlap at row " + r
                            + " column " + c + ": " + cell.text());
                }
            }
        }
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
    private static void printSetup(XSSFSheet sheet, PrintPages.Printed printed) {
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
