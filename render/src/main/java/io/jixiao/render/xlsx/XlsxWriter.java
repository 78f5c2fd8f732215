package io.jixiao.render.xlsx;

import io.jixiao.render.grid.CellNote;
import io.jixiao.render.grid.Grid;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * Renders tables to an Excel workbook (.xlsx): one sheet per grid, in order, named after the grid. Amounts are
 * numeric cells showing the decimals they were filed with; all other text is written as text, so a value such as
 * {@code =HYPERLINK(…)} or {@code -1} never becomes a formula or a number.
 *
 * <p>The output is byte-identical for the same grids on every run, so a rendered workbook can be committed next to
 * its filing and only changes when the filing does: the document properties carry a fixed time and author, and
 * the zip entries a fixed time (see {@link ReproducibleZip}).
 */
public final class XlsxWriter {

    /** The creation and modification time recorded in every workbook, instead of the time it was rendered. */
    public static final Instant DOCUMENT_TIME = Instant.parse("2000-01-01T00:00:00Z");
    /** The author and last editor recorded in every workbook. */
    public static final String AUTHOR = "jixiao";

    private XlsxWriter() {
    }

    /**
     * Writes the workbook to a stream, which is left open.
     *
     * @param tables the tables, one sheet each, at least one (Excel cannot open a workbook without sheets)
     * @throws IllegalArgumentException when there is no table, two tables share a name, or cells overlap
     */
    public static void write(List<Grid> tables, OutputStream out) throws IOException {
        out.write(toBytes(tables));
    }

    /**
     * The workbook as bytes.
     *
     * @param tables the tables, one sheet each, at least one (Excel cannot open a workbook without sheets)
     * @throws IllegalArgumentException when there is no table, two tables share a name, or cells overlap
     */
    public static byte[] toBytes(List<Grid> tables) {
        return toBytes(tables, List.of());
    }

    /**
     * The workbook as bytes, with notes as cell comments: hidden in print and on screen until the cell is pointed
     * at, so the sheets stay the official form.
     *
     * @param notes comments to attach, each to the cell at its position (the top-left cell of a merged region);
     *              several notes on one cell are joined, in the order given
     * @throws IllegalArgumentException as {@link #toBytes(List)}, or when a note names a table or cell that does
     *                                  not exist
     */
    public static byte[] toBytes(List<Grid> tables, List<CellNote> notes) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one table");
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (DeferredSXSSFWorkbook workbook = new StoredWorkbook()) {
            SheetWriter sheets = new SheetWriter(workbook, new XlsxStyles(workbook.getXSSFWorkbook()));
            for (int i = 0; i < tables.size(); i++) {
                int index = i;
                sheets.write(tables.get(i), notes.stream().filter(n -> n.grid() == index).toList());
            }
            if (notes.stream().anyMatch(n -> n.grid() >= tables.size())) {
                throw new IllegalArgumentException("a note for a table that does not exist: " + notes);
            }
            fixProperties(workbook.getXSSFWorkbook().getProperties().getCoreProperties());
            workbook.writeAvoidingTempFiles(written);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        }
        return ReproducibleZip.repack(written.toByteArray());
    }

    /**
     * A streaming workbook that writes its zip entries uncompressed: {@link ReproducibleZip} compresses every
     * entry once more anyway, so POI's compression would only be undone. Written with
     * {@link DeferredSXSSFWorkbook#writeAvoidingTempFiles}, as these workbooks are small: no temporary file.
     */
    private static final class StoredWorkbook extends DeferredSXSSFWorkbook {
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            return stored(super.createArchiveOutputStream(out));
        }

        /**
         * As POI's own, except that the package POI saves first (everything but the rows, which are then streamed
         * into it) is not compressed either: it is read back at once, and deflating and inflating it was about a
         * tenth of writing a workbook (JFR, native samples).
         */
        @Override
        public void writeAvoidingTempFiles(OutputStream stream) throws IOException {
            flushSheets();
            ByteArrayOutputStream template = new ByteArrayOutputStream();
            try (ZipArchiveOutputStream zip = stored(new ZipArchiveOutputStream(template))) {
                getXSSFWorkbook().write(zip); // POI writes into a ZipArchiveOutputStream as it is, and finishes it
            }
            try (ZipInputStreamZipEntrySource source = new ZipInputStreamZipEntrySource(
                    new ZipArchiveThresholdInputStream(new ZipArchiveInputStream(
                            new ByteArrayInputStream(template.toByteArray()))))) {
                injectData(source, stream);
            }
        }

        private static ZipArchiveOutputStream stored(ZipArchiveOutputStream zip) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            return zip;
        }
    }

    /**
     * A table as its sheet holds it: the grid as printed (with the repeated headings and continuation rows
     * {@link PrintPages} adds), each row's height in points, the rows that start a new page and the print scale.
     */
    public record SheetLayout(Grid grid, float[] heights, List<Integer> pageStarts, int scale) {
    }

    /**
     * The layout a table's sheet gets in the workbook, for a tool that writes the same sheet elsewhere, such as the
     * benchmark's openpyxl peer.
     */
    public static SheetLayout sheetLayout(Grid table) {
        PrintPages.Printed printed = PrintPages.of(table);
        return new SheetLayout(printed.grid(), printed.heights(), printed.pageStarts(), printed.scale());
    }

    private static void fixProperties(POIXMLProperties.CoreProperties core) {
        Optional<Date> time = Optional.of(Date.from(DOCUMENT_TIME));
        core.setCreated(time);
        core.setModified(time);
        core.setCreator(AUTHOR);
        core.setLastModifiedByUser(AUTHOR);
    }
}
