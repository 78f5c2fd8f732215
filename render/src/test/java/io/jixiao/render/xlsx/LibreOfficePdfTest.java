package io.jixiao.render.xlsx;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prints a rendered workbook to PDF with LibreOffice, as a reviewer would, when LibreOffice is installed. Machines
 * without it skip this test; nothing is installed for it.
 */
@DisplayName("A rendered workbook prints to PDF in LibreOffice")
class LibreOfficePdfTest {

    @Test
    @DisplayName("soffice --headless --convert-to pdf succeeds and writes a PDF")
    void convertsToPdf(@TempDir Path dir) throws IOException, InterruptedException {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "soffice (LibreOffice) is not on the PATH: skipping the PDF conversion check");

        Path workbook = dir.resolve("tables.xlsx");
        Files.write(workbook, XlsxWriter.toBytes(List.of(SampleTables.indicators(), SampleTables.summary())));
        Process process = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", dir.toString(), workbook.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("soffice.log"));
        assertTrue(finished, "soffice did not finish in 3 minutes: " + log);
        assertEquals(0, process.exitValue(), log);
        Path pdf = dir.resolve("tables.pdf");
        assertTrue(Files.isRegularFile(pdf), "no PDF written: " + log);
        byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s, program)).filter(Files::isExecutable).findFirst();
    }
}
