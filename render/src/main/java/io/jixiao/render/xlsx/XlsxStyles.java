package io.jixiao.render.xlsx;

import io.jixiao.render.grid.CellStyle;
import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The POI cell styles of one workbook, one per kind of cell (and per number format for amounts). A workbook holds
 * at most 64,000 styles, so styles are created once and shared by every cell of their kind rather than per cell.
 *
 * <p>Every font is 宋体 (SimSun) with the GB2312 character set, the font the official tables are printed in; its
 * scheme is cleared so Excel does not substitute the theme's Latin font. The workbook's default font becomes 宋体
 * too, because Excel and LibreOffice measure column widths in digits of the default font.
 */
final class XlsxStyles {

    /** The font of the official tables. */
    static final String FONT_NAME = "宋体";
    static final short BODY_POINTS = 11;
    static final short TITLE_POINTS = 16;
    /** A light grey that still shows on a black-and-white printer, as opaque ARGB (Excel expects all four bytes). */
    private static final byte[] HEADER_FILL = {(byte) 0xFF, (byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

    private final XSSFWorkbook workbook;
    private final XSSFFont body;
    private final XSSFFont bold;
    private final XSSFFont title;
    private final Map<Key, XSSFCellStyle> cache = new HashMap<>();

    /**
     * Characters that make a spreadsheet take a text typed, edited or imported from CSV as a formula: OWASP's list
     * for CSV injection ({@code = + - @}, tab, carriage return); their full-width forms, which a Chinese input
     * method types, count too.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** From a full-width ASCII form (U+FF01 to U+FF5E) to its ASCII character. */
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    /**
     * @param kind       the kind of cell
     * @param alignRight a subtitle placed at the right edge (金额单位 opposite 填报单位)
     * @param format     the number format of an amount, else null
     * @param quoted     Excel's quote prefix: the text stays text when the cell is edited or saved as CSV
     */
    private record Key(CellStyle kind, boolean alignRight, String format, boolean quoted) {
    }

    XlsxStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.body = workbook.getFontAt(0);
        simSun(body, BODY_POINTS, false);
        this.bold = simSun(workbook.createFont(), BODY_POINTS, true);
        this.title = simSun(workbook.createFont(), TITLE_POINTS, true);
    }

    private static XSSFFont simSun(XSSFFont font, short points, boolean isBold) {
        font.setFontName(FONT_NAME);
        font.setCharSet(FontCharset.GB2312.getNativeId());
        font.setScheme(FontScheme.NONE);
        font.setFontHeightInPoints(points);
        font.setBold(isBold);
        return font;
    }

    /**
     * The style of a text cell; a subtitle at the right edge of the table is right-aligned, and a text that begins
     * like a formula ({@link #formulaLike}) has the quote prefix.
     */
    XSSFCellStyle text(CellStyle kind, boolean atRightEdge, String text) {
        return cache.computeIfAbsent(new Key(kind, kind == CellStyle.SUBTITLE && atRightEdge, null,
                formulaLike(text)), this::create);
    }

    /** The style of an amount cell showing the given number format; {@code text} when it is written as text. */
    XSSFCellStyle amount(String numberFormat, String text) {
        return cache.computeIfAbsent(new Key(CellStyle.AMOUNT, false, numberFormat, formulaLike(text)),
                this::create);
    }

    /** Whether a text begins with a character that makes a spreadsheet read it as a formula. */
    static boolean formulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        int ascii = first >= 0xFF01 && first <= 0xFF5E ? first - FULL_WIDTH_OFFSET : first;
        return FORMULA_STARTS.indexOf(ascii) >= 0;
    }

    private XSSFCellStyle create(Key key) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(body);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (key.quoted()) { // only then: other styles, and so workbooks without such text, stay as they were
            style.setQuotePrefixed(true);
        }
        switch (key.kind()) {
            case TITLE -> {
                style.setFont(title);
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            case SUBTITLE -> style.setAlignment(key.alignRight() ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
            case HEADER -> {
                style.setFont(bold);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setFillForegroundColor(new XSSFColor(HEADER_FILL));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                border(style);
            }
            case GROUP, VALUE -> {
                style.setAlignment(HorizontalAlignment.CENTER);
                border(style);
            }
            case TEXT -> {
                style.setAlignment(HorizontalAlignment.LEFT);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                border(style);
            }
            case AMOUNT -> {
                style.setAlignment(HorizontalAlignment.RIGHT);
                style.setWrapText(false);
                style.setDataFormat(workbook.createDataFormat().getFormat(key.format()));
                border(style);
            }
            case FOOTER -> style.setAlignment(HorizontalAlignment.LEFT);
        }
        return style;
    }

    private static void border(XSSFCellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    /** Whether text of this kind wraps inside its cell (amounts stay on one line). */
    static boolean wraps(CellStyle kind) {
        return kind != CellStyle.AMOUNT;
    }

    /** The font size a kind of cell is printed in. */
    static short points(CellStyle kind) {
        return kind == CellStyle.TITLE ? TITLE_POINTS : BODY_POINTS;
    }
}
