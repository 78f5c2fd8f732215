package io.jixiao.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@DisplayName("File stamps: a file is hashed again unless it certainly did not change")
class FileStampsTest {

    @TempDir
    Path repo;
    private final AtomicInteger hashed = new AtomicInteger();

    private Path filing(String text) throws IOException {
        Path file = repo.resolve("filings/a/2025.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Supplier<String> hashOf(Path file) {
        return () -> {
            hashed.incrementAndGet();
            return Fingerprints.ofFile(file);
        };
    }

    /** One run: the stamps of the cache folder read, the file's fingerprint taken, the stamps written. */
    private String run(Path file, long settledFor) {
        FileStamps stamps = FileStamps.read(repo.resolve("cache"), settledFor);
        String content = stamps.content(file, hashOf(file));
        stamps.write();
        return content;
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(30); // past the file's change time on the wall clock
    }

    @Test
    @DisplayName("an unchanged file that had settled is not read again on the next run")
    void settledAndUnchanged() throws Exception {
        Path file = filing("年度: 2025\n");
        pause();
        String first = run(file, 0);
        String second = run(file, 0);
        assertEquals(first, second);
        assertEquals(1, hashed.get());
    }

    @Test
    @DisplayName("a file rewritten to the same size with its old modification time put back is hashed again")
    void sameSizeAndTimeButNewContent() throws Exception {
        Path file = filing("年度: 2025\n");
        FileTime written = Files.getLastModifiedTime(file);
        pause();
        String before = run(file, 0);
        Files.writeString(file, "年度: 2026\n");
        Files.setLastModifiedTime(file, written); // what a careless copy tool or a checkout may do
        String after = run(file, 0);
        assertEquals(2, hashed.get());
        assertEquals(Fingerprints.ofFile(file), after);
        assertNotEquals(before, after);
    }

    @Test
    @DisplayName("a file changed just before its stamp was taken is not trusted by the next run")
    void notYetSettled() throws Exception {
        Path file = filing("年度: 2025\n");
        run(file, FileStamps.SETTLED);
        run(file, FileStamps.SETTLED);
        assertEquals(2, hashed.get());
    }

    @Test
    @DisplayName("a damaged stamps file means hashing again, never a failure")
    void damaged() throws Exception {
        Path file = filing("年度: 2025\n");
        pause();
        run(file, 0);
        Path stamps = repo.resolve("cache").resolve(FileStamps.FILE);
        byte[] bytes = Files.readAllBytes(stamps);
        Files.write(stamps, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(Fingerprints.ofFile(file), run(file, 0));
        assertEquals(2, hashed.get());
    }

    @Test
    @DisplayName("without a cache folder every run hashes, and nothing is written")
    void noCacheFolder() throws Exception {
        Path file = filing("年度: 2025\n");
        pause();
        for (int i = 0; i < 2; i++) {
            FileStamps stamps = FileStamps.read(null, 0);
            stamps.content(file, hashOf(file));
            stamps.write();
        }
        assertEquals(2, hashed.get());
    }
}
