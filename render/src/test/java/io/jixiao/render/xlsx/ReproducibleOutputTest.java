package io.jixiao.render.xlsx;

import io.jixiao.render.grid.Grid;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("The same tables give the same workbook bytes")
class ReproducibleOutputTest {

    private final List<Grid> tables = List.of(SampleTables.indicators(), SampleTables.summary());

    @Test
    @DisplayName("two renderings more than a second apart are byte-identical")
    void sameBytesLater() throws InterruptedException {
        byte[] first = XlsxWriter.toBytes(tables);
        Thread.sleep(1100);
        byte[] second = XlsxWriter.toBytes(tables);
        assertArrayEquals(first, second);
    }

    @Test
    @DisplayName("the re-packed file opens in POI with its sheets and text intact")
    void repackedFileOpens() throws IOException {
        try (XSSFWorkbook book = SampleTables.read(XlsxWriter.toBytes(tables))) {
            assertEquals(2, book.getNumberOfSheets());
            assertEquals("2023年度部门整体绩效目标表", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    @DisplayName("every zip entry carries the fixed time, no time-zone dependent extra field, content types first")
    void fixedEntryTimes() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(XlsxWriter.toBytes(tables)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertEquals(ReproducibleZip.ENTRY_TIME, entry.getTimeLocal(), entry.getName());
                assertNull(entry.getExtra(), entry.getName());
                assertEquals(ZipEntry.DEFLATED, entry.getMethod(), entry.getName());
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
    }
}
