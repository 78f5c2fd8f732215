package io.jixiao.render.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Re-packs the zip POI wrote so the same workbook is the same bytes on every run. POI stamps each zip entry with
 * the current time; here every entry keeps its name, content and order and gets one fixed time, compressed with
 * DEFLATE at a fixed level.
 *
 * <p>POI's streamed sheets are zip entries whose sizes follow their data, which {@link java.util.zip.ZipInputStream}
 * cannot read back; the entries are therefore read through the zip's central directory (Commons Compress, which
 * POI itself uses), in the order they were written, except that the content types come first wherever POI put
 * them (streamed workbooks written without a temporary file put them last).
 *
 * <p>The time is set with {@link ZipEntry#setTimeLocal}, which stores it in the zip's own date fields as given and
 * adds no extended-timestamp field, so the bytes do not depend on the machine's time zone either.
 */
final class ReproducibleZip {

    /** The time every entry carries; inside the range the zip date fields hold exactly. */
    /** The package's table of contents, first in the file as Excel writes it (some readers look for it there). */
    static final String CONTENT_TYPES = "[Content_Types].xml";

    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    static byte[] repack(byte[] zip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setMethod(ZipOutputStream.DEFLATED);
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(in.getEntriesInPhysicalOrder()));
            entries.sort(Comparator.comparing(e -> !e.getName().equals(CONTENT_TYPES)));
            for (ZipArchiveEntry entry : entries) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setMethod(ZipEntry.DEFLATED);
                copy.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not re-pack the workbook", e);
        }
        return bytes.toByteArray();
    }
}
