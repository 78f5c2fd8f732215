package io.jixiao.render.xlsx;

import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.CellNote;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.apache.poi.ss.usermodel.Row;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Writing tables to an Excel workbook")
class XlsxWriterTest {

    private static XSSFWorkbook workbook;
    private static XSSFSheet indicators;

    @BeforeAll
    static void render() {
        workbook = SampleTables.read(XlsxWriter.toBytes(List.of(SampleTables.indicators(), SampleTables.summary())));
        indicators = workbook.getSheetAt(0);
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    private static XSSFCell cell(int row, int column) {
        return indicators.getRow(row).getCell(column);
    }

    @Test
    @DisplayName("one sheet per table, in order, named after the table")
    void sheets() {
        assertEquals(2, workbook.getNumberOfSheets());
        assertEquals("附表1", workbook.getSheetName(0));
        assertEquals("附表2", workbook.getSheetName(1));
    }

    @Test
    @DisplayName("every spanning cell is a merged region of exactly its span, and no other region exists")
    void mergedRegions() {
        Set<String> regions = indicators.getMergedRegions().stream().map(CellRangeAddress::formatAsString)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("A1:E1", "A2:C2", "D2:E2", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "A5:A7",
                "B5:B6", "A8:E8")), regions);
    }

    @Test
    @DisplayName("the title, the header texts and the footer are where the grid puts them")
    void texts() {
        assertEquals("2023年度部门整体绩效目标表", cell(0, 0).getStringCellValue());
        List<String> header = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            header.add(cell(2, c).getStringCellValue());
        }
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "", "金额"), header);
        assertEquals("指标名称", cell(3, 2).getStringCellValue());
        assertEquals("指标值", cell(3, 3).getStringCellValue());
        assertEquals("产出指标", cell(4, 0).getStringCellValue());
        assertEquals(SampleTables.LONG_TEXT, cell(6, 2).getStringCellValue());
        assertTrue(cell(7, 0).getStringCellValue().startsWith("单位负责人签字"));
    }

    @Test
    @DisplayName("texts that look like formulas or numbers stay exactly the text, and no cell is a formula")
    void formulaLookingTextStaysText() {
        assertText("=HYPERLINK(\"http://example.com\",\"点我\")", cell(4, 2));
        assertText("+1", cell(4, 3));
        assertText("-1", cell(5, 2));
        assertText("@SUM(A1:A2)", cell(5, 3));
        for (XSSFSheet sheet : List.of(workbook.getSheetAt(0), workbook.getSheetAt(1))) {
            sheet.forEach(row -> row.forEach(c -> assertNotEquals(CellType.FORMULA, c.getCellType(),
                    () -> "formula at " + c.getAddress())));
        }
    }

    @Test
    @DisplayName("texts that begin like a formula carry Excel's quote prefix, so editing the cell or saving the "
            + "sheet as CSV keeps them text; other cells do not")
    void formulaLookingTextIsQuotePrefixed() {
        for (XSSFCell c : List.of(cell(4, 2), cell(4, 3), cell(5, 2), cell(5, 3))) {
            assertTrue(c.getCellStyle().getQuotePrefixed(), c.getStringCellValue());
        }
        for (XSSFCell c : List.of(cell(6, 3), cell(0, 0), cell(4, 4), cell(6, 2))) {
            assertFalse(c.getCellStyle().getQuotePrefixed(), c.toString());
        }
    }

    @Test
    @DisplayName("OWASP's formula characters, tab and carriage return included, and their full-width forms are "
            + "quote-prefixed")
    void formulaCharacters() {
        for (String text : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\uFF1D1", "\uFF0B1",
                "\uFF0D1", "\uFF201")) {
            assertTrue(XlsxStyles.formulaLike(text), text);
        }
        for (String text : List.of("", "≥90%", "1", "a=b", "（=）", " =1")) {
            assertFalse(XlsxStyles.formulaLike(text), text);
        }
    }

    private static void assertText(String expected, XSSFCell cell) {
        assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().formatAsString());
        assertEquals(expected, cell.getStringCellValue());
    }

    @Test
    @DisplayName("amounts are numbers shown with the decimals they were filed with, without grouping")
    void amounts() {
        assertAmount(528.244101, "0.000000", cell(4, 4));
        assertAmount(4000, "0.00", cell(5, 4));
        assertAmount(12, "0", cell(6, 4));
        assertEquals(HorizontalAlignment.RIGHT, cell(4, 4).getCellStyle().getAlignment());
    }

    private static void assertAmount(double expected, String format, XSSFCell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().formatAsString());
        assertEquals(expected, cell.getNumericCellValue());
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    @Test
    @DisplayName("an amount a double cannot hold exactly stays text as written, still right-aligned")
    void amountTooPreciseForExcel() {
        GridBuilder g = new GridBuilder("金额", List.of(30));
        g.row().amount(SampleTables.money("12345678901234567.89"), null);
        try (XSSFWorkbook book = SampleTables.read(XlsxWriter.toBytes(List.of(g.build())))) {
            XSSFCell amount = book.getSheetAt(0).getRow(0).getCell(0);
            assertText("12345678901234567.89", amount);
            assertEquals(HorizontalAlignment.RIGHT, amount.getCellStyle().getAlignment());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("every cell is in 宋体 with the Chinese character set; the title is 16 pt bold, the body 11 pt")
    void fonts() {
        indicators.forEach(row -> row.forEach(c -> {
            var font = ((XSSFCellStyle) c.getCellStyle()).getFont();
            assertEquals("宋体", font.getFontName(), c.getAddress().formatAsString());
            assertEquals(134, font.getCharSet(), "GB2312");
        }));
        assertEquals(16, cell(0, 0).getCellStyle().getFont().getFontHeightInPoints());
        assertTrue(cell(0, 0).getCellStyle().getFont().getBold());
        assertEquals(11, cell(4, 2).getCellStyle().getFont().getFontHeightInPoints());
        assertFalse(cell(4, 2).getCellStyle().getFont().getBold());
        assertEquals("宋体", workbook.getFontAt(0).getFontName(), "the default font sets the column width unit");
    }

    @Test
    @DisplayName("headers are bold, centred, wrapped, bordered and shaded")
    void headerStyle() {
        XSSFCellStyle header = cell(2, 0).getCellStyle();
        assertTrue(header.getFont().getBold());
        assertEquals(HorizontalAlignment.CENTER, header.getAlignment());
        assertTrue(header.getWrapText());
        assertBordered(cell(2, 0));
        assertEquals(FillPatternType.SOLID_FOREGROUND, header.getFillPattern());
        assertEquals("FFD9D9D9", header.getFillForegroundColorColor().getARGBHex());
    }

    @Test
    @DisplayName("body cells wrap and are bordered; text is left and top, groups and values centred")
    void bodyStyles() {
        XSSFCellStyle text = cell(6, 2).getCellStyle();
        assertTrue(text.getWrapText());
        assertEquals(HorizontalAlignment.LEFT, text.getAlignment());
        assertEquals(VerticalAlignment.TOP, text.getVerticalAlignment());
        assertEquals(HorizontalAlignment.CENTER, cell(4, 0).getCellStyle().getAlignment());
        assertEquals(HorizontalAlignment.CENTER, cell(6, 3).getCellStyle().getAlignment());
        assertTrue(cell(4, 0).getCellStyle().getWrapText());
        assertTrue(cell(6, 3).getCellStyle().getWrapText());
        for (int[] at : new int[][] {{4, 2}, {6, 3}, {4, 4}}) {
            assertBordered(cell(at[0], at[1]));
        }
    }

    @Test
    @DisplayName("every cell of a merged region carries the borders, so the region prints fully outlined")
    void mergedRegionsBordered() {
        for (int r = 4; r <= 6; r++) {
            assertBordered(cell(r, 0));
        }
        assertBordered(cell(2, 3));
        assertBordered(cell(3, 4));
    }

    private static void assertBordered(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        String at = cell.getAddress().formatAsString();
        assertEquals(BorderStyle.THIN, style.getBorderTop(), at);
        assertEquals(BorderStyle.THIN, style.getBorderBottom(), at);
        assertEquals(BorderStyle.THIN, style.getBorderLeft(), at);
        assertEquals(BorderStyle.THIN, style.getBorderRight(), at);
    }

    @Test
    @DisplayName("title, subtitle and footer have no border; 金额单位 at the right edge is right-aligned")
    void unborderedLines() {
        for (int[] at : new int[][] {{0, 0}, {1, 0}, {1, 3}, {7, 0}}) {
            assertEquals(BorderStyle.NONE, cell(at[0], at[1]).getCellStyle().getBorderBottom());
        }
        assertEquals(HorizontalAlignment.CENTER, cell(0, 0).getCellStyle().getAlignment());
        assertEquals(HorizontalAlignment.LEFT, cell(1, 0).getCellStyle().getAlignment());
        assertEquals(HorizontalAlignment.RIGHT, cell(1, 3).getCellStyle().getAlignment());
        assertEquals(HorizontalAlignment.LEFT, cell(7, 0).getCellStyle().getAlignment());
    }

    @Test
    @DisplayName("column widths are the grid's, in characters, capped at Excel's 255")
    void columnWidths() {
        assertEquals(10 * 256, indicators.getColumnWidth(0));
        assertEquals(30 * 256, indicators.getColumnWidth(2));
        assertEquals(255 * 256, workbook.getSheetAt(1).getColumnWidth(1));
    }

    @Test
    @DisplayName("A4 landscape at a scale that fits the width, centred, every page footed with the page number")
    void printSetup() {
        PrintSetup print = indicators.getPrintSetup();
        assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
        assertTrue(print.getLandscape());
        assertFalse(indicators.getFitToPage(), "a fixed scale, so the computed page breaks hold");
        assertEquals(PrintPages.scale(SampleTables.indicators()), print.getScale());
        assertTrue(indicators.getHorizontallyCenter());
        assertEquals("第 &P 页 共 &N 页", indicators.getFooter().getCenter());
        assertNull(indicators.getRepeatingRows(), "headings are repeated by the page breaks, not print titles");
    }

    @Test
    @DisplayName("a long table breaks into pages that each start with the heading of the block they are in")
    void longTablesRepeatTheirHeadingOnEveryPage() throws IOException {
        GridBuilder g = new GridBuilder("2023年 支出方向（续）", List.of(12, 30, 12));
        g.row().wide("标题", CellStyle.TITLE);
        for (String block : List.of("年度重点工作计划", "年度绩效指标")) {
            g.row().headerStartsHere(1).cell(block, CellStyle.HEADER, 81, 1, null)
                    .cell("指标", CellStyle.HEADER).cell("指标值", CellStyle.HEADER);
            for (int i = 0; i < 80; i++) {
                g.row().cell(block + i, CellStyle.TEXT).cell("≥" + i + "次", CellStyle.VALUE);
            }
        }
        g.row().wide("填表人：某某", CellStyle.FOOTER);
        Grid grid = g.build();
        try (XSSFWorkbook book = SampleTables.read(XlsxWriter.toBytes(List.of(grid)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(grid.name(), sheet.getSheetName());
            int[] breaks = sheet.getRowBreaks();
            assertTrue(breaks.length >= 4, "160 rows print on several pages: " + Arrays.toString(breaks));
            for (int lastOfPage : breaks) {
                Row first = sheet.getRow(lastOfPage + 1);
                assertEquals("指标", first.getCell(1).getStringCellValue(), "a page starts with the heading");
                String label = first.getCell(0).getStringCellValue();
                assertTrue(label.equals("年度重点工作计划") || label.equals("年度绩效指标"),
                        "the block's label is printed again beside it: " + label);
                assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == lastOfPage + 1
                        && r.getFirstColumn() == 0 && r.getLastRow() > lastOfPage + 1), "the label spans its part");
            }
            List<String> texts = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            for (int i = 0; i < 80; i++) {
                assertEquals(1, texts.stream().filter(("年度绩效指标" + i)::equals).count(), "row " + i + " once");
            }
        }
    }

    @Test
    @DisplayName("a row with long wrapped text is tall enough to print every line")
    void rowHeightsGrowWithText() {
        float shortRow = indicators.getRow(5).getHeightInPoints();
        float longRow = indicators.getRow(6).getHeightInPoints();
        int lines = (int) Math.ceil(SampleTables.LONG_TEXT.length() * 2 / 29.0);
        assertTrue(longRow >= lines * 11, "200 CJK characters in 30 columns need " + lines + " lines: " + longRow);
        assertTrue(shortRow < 30, "a one-line row stays one line high: " + shortRow);
        assertTrue(indicators.getRow(0).getHeightInPoints() > shortRow, "the 16 pt title needs a taller row");
    }

    @Test
    @DisplayName("a merged cell spanning rows gets the height it needs spread over its rows")
    void spanningCellHeight() throws IOException {
        GridBuilder g = new GridBuilder("职责", List.of(10, 10));
        g.row().cell(SampleTables.LONG_TEXT, CellStyle.GROUP, 2, 1, null).cell("一", CellStyle.VALUE);
        g.row().cell("二", CellStyle.VALUE);
        try (XSSFWorkbook book = SampleTables.read(XlsxWriter.toBytes(List.of(g.build())))) {
            XSSFSheet sheet = book.getSheetAt(0);
            float total = sheet.getRow(0).getHeightInPoints() + sheet.getRow(1).getHeightInPoints();
            assertTrue(total >= (400 / 9) * 11, "about 45 lines over two rows: " + total);
            assertEquals(sheet.getRow(0).getHeightInPoints(), sheet.getRow(1).getHeightInPoints());
        }
    }

    @Test
    @DisplayName("the document records a fixed author and time, not who rendered it when")
    void fixedDocumentProperties() {
        var core = workbook.getProperties().getCoreProperties();
        assertEquals("jixiao", core.getCreator());
        assertEquals("jixiao", core.getLastModifiedByUser());
        assertEquals(Date.from(XlsxWriter.DOCUMENT_TIME), core.getCreated());
        assertEquals(Date.from(XlsxWriter.DOCUMENT_TIME), core.getModified());
    }

    @Test
    @DisplayName("writing to a stream gives the same bytes as toBytes")
    void streamSameAsBytes() throws IOException {
        List<Grid> tables = List.of(SampleTables.summary());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(tables, out);
        assertArrayEquals(XlsxWriter.toBytes(tables), out.toByteArray());
    }

    @Test
    @DisplayName("no tables, two tables of one name, or overlapping cells are refused")
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> XlsxWriter.toBytes(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> XlsxWriter.toBytes(List.of(SampleTables.summary(), SampleTables.summary())));
        Grid overlapping = new Grid("重叠", List.of(5, 5), 0, 0, List.of(
                new Cell(0, 0, 1, 2, "a", null, CellStyle.TEXT, null),
                new Cell(0, 1, 1, 1, "b", null, CellStyle.TEXT, null)));
        assertThrows(IllegalArgumentException.class, () -> XlsxWriter.toBytes(List.of(overlapping)));
    }

    @Test
    @DisplayName("notes become comments on their cells, several on one cell joined; the sheets are otherwise the same")
    void notesAsComments() throws IOException {
        List<Grid> tables = List.of(SampleTables.indicators(), SampleTables.summary());
        byte[] annotated = XlsxWriter.toBytes(tables, List.of(
                new CellNote(0, 4, 0, "错误[TAXONOMY-LEVEL] 一"),
                new CellNote(0, 4, 0, "警告[VALUE-COST] 二"),
                new CellNote(1, 2, 0, "提示[DUP-GOAL] 三")));
        try (XSSFWorkbook read = SampleTables.read(annotated)) {
            XSSFSheet first = read.getSheetAt(0);
            assertEquals(Set.of(new CellAddress(4, 0)), first.getCellComments().keySet());
            XSSFComment comment = first.getCellComment(new CellAddress(4, 0));
            assertEquals("错误[TAXONOMY-LEVEL] 一\n警告[VALUE-COST] 二", comment.getString().getString());
            assertEquals("jixiao", comment.getAuthor());
            assertFalse(comment.isVisible(), "shown only when the cell is pointed at, never printed over the form");
            assertEquals("提示[DUP-GOAL] 三", read.getSheetAt(1).getCellComment(new CellAddress(2, 0)).getString()
                    .getString());
            assertEquals("产出指标", first.getRow(4).getCell(0).getStringCellValue());
            assertEquals(List.of(new CellRangeAddress(4, 6, 0, 0).formatAsString()), first.getMergedRegions().stream()
                    .filter(r -> r.getFirstRow() == 4 && r.getFirstColumn() == 0).map(CellRangeAddress::formatAsString)
                    .toList(), "the merged cell keeps its region");
        }
        assertArrayEquals(annotated, XlsxWriter.toBytes(tables, List.of(new CellNote(0, 4, 0, "错误[TAXONOMY-LEVEL] 一"),
                new CellNote(0, 4, 0, "警告[VALUE-COST] 二"), new CellNote(1, 2, 0, "提示[DUP-GOAL] 三"))),
                "byte-identical on rerun");
        assertArrayEquals(XlsxWriter.toBytes(tables), XlsxWriter.toBytes(tables, List.of()),
                "without notes, nothing is added");
    }

    @Test
    @DisplayName("notes on neighbouring cells, the right one given first, both become comments")
    void notesOnNeighbours() throws IOException {
        List<Grid> tables = List.of(SampleTables.indicators());
        byte[] annotated = XlsxWriter.toBytes(tables, List.of(new CellNote(0, 4, 3, "右"),
                new CellNote(0, 4, 2, "左")));
        try (XSSFWorkbook read = SampleTables.read(annotated)) {
            XSSFSheet sheet = read.getSheetAt(0);
            assertEquals(Set.of(new CellAddress(4, 2), new CellAddress(4, 3)), sheet.getCellComments().keySet());
            assertEquals("左", sheet.getCellComment(new CellAddress(4, 2)).getString().getString());
        }
    }

    @Test
    @DisplayName("a note for a cell or table that does not exist is refused rather than lost")
    void notesOutsideRefused() {
        List<Grid> tables = List.of(SampleTables.summary());
        assertThrows(IllegalArgumentException.class,
                () -> XlsxWriter.toBytes(tables, List.of(new CellNote(0, 40, 0, "x"))));
        assertThrows(IllegalArgumentException.class,
                () -> XlsxWriter.toBytes(tables, List.of(new CellNote(1, 0, 0, "x"))));
    }
}
