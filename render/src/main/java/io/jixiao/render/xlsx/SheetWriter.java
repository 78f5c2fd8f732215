package io.jixiao.render.xlsx;

import io.jixiao.render.grid.Cell;
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

import java.util.OptionalDouble;

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

    /** Excel's widest column, in characters. */
    private static final int MAX_COLUMN_CHARS = 255;
    /** Margins in inches: about 1 cm at the sides and 1.3 cm at top and bottom, so the wide tables print large. */
    private static final double SIDE_MARGIN = 0.4;
    private static final double TOP_BOTTOM_MARGIN = 0.5;
    private static final double HEADER_FOOTER_MARGIN = 0.3;

    private final DeferredSXSSFWorkbook workbook;
    private final XlsxStyles styles;

    SheetWriter(DeferredSXSSFWorkbook workbook, XlsxStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    void write(Grid grid) {
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
        printSetup(sheet, grid);
        float[] heights = RowHeights.of(grid);
        sheet.setRowGenerator(rows -> writeRows(rows, positions, heights));
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
                style = styles.amount(AmountFormat.numberFormat(cell.amount()));
                value = number.isPresent() ? (Object) number.getAsDouble() : cell.text();
            } else {
                boolean atRightEdge = cell.column() > 0 && cell.lastColumn() == grid.columnCount() - 1;
                style = styles.text(cell.style(), atRightEdge);
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
    static final String CUT = "…（内容过长，完整内容见网页）";

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

    private static void printSetup(SXSSFSheet sheet, Grid grid) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER_MARGIN);
        if (grid.headerRows() > 0) {
            int first = grid.firstHeaderRow() + 1;
            int last = grid.firstHeaderRow() + grid.headerRows();
            sheet.setRepeatingRows(CellRangeAddress.valueOf(first + ":" + last));
        }
    }
}
