package io.jixiao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes to be written later, after something computed from all of them (the counts JUnit puts in front of its test
 * cases): kept in memory up to a limit, then in a temporary file, so a report on a whole province is not held in
 * memory. {@link #close()} removes the file.
 */
final class Spool extends OutputStream {

    private static final int IN_MEMORY = 4 * 1024 * 1024;

    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream disk;

    @Override
    public void write(int b) throws IOException {
        target(1).write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        target(length).write(bytes, offset, length);
    }

    private OutputStream target(int more) throws IOException {
        if (disk == null && memory.size() + more > IN_MEMORY) {
            file = Files.createTempFile("jixiao-report", ".part");
            disk = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            memory.writeTo(disk);
            memory = null;
        }
        return disk != null ? disk : memory;
    }

    /** Copies everything written so far to {@code out}. */
    void copyTo(OutputStream out) throws IOException {
        if (disk == null) {
            memory.writeTo(out);
            return;
        }
        disk.flush();
        Files.copy(file, out);
    }

    @Override
    public void close() throws IOException {
        if (disk != null) {
            disk.close();
            Files.deleteIfExists(file);
        }
    }
}
