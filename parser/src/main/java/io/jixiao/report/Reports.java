package io.jixiao.report;

import io.jixiao.check.CheckResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one entry point for writing reports.
 *
 * <pre>{@code
 * CheckResult result = new FilingChecker(config).check(files);
 * ReportOptions options = ReportOptions.defaults().withLocale(locale).withBaseDirectory(repositoryRoot)
 *         .withFailOnWarning(strict);
 * System.out.print(Reports.render(ReportFormat.CONSOLE, result, options));
 * Reports.write(ReportFormat.SARIF, result, options, target.resolve("jixiao.sarif"));
 * if (GitHubAnnotations.enabled(System.getenv())) {
 *     System.out.print(Reports.render(ReportFormat.GITHUB, result,
 *             options.withBaseDirectory(GitHubAnnotations.workspace(System.getenv()))));
 * }
 * }</pre>
 */
public final class Reports {

    private Reports() {
    }

    /** The report of a format. */
    public static Report of(ReportFormat format, ReportOptions options) {
        return switch (format) {
            case CONSOLE -> new ConsoleReport(options);
            case SARIF -> new SarifReport(options);
            case JUNIT -> new JUnitReport(options);
            case GITLAB -> new GitLabCodeQualityReport(options);
            case GITHUB -> new GitHubAnnotations(options);
        };
    }

    /** The report as text. */
    public static String render(ReportFormat format, CheckResult result, ReportOptions options) {
        return of(format, options).render(result);
    }

    /**
     * Writes the report to a file in UTF-8, atomically (see {@link #writeAtomically}). The same findings give a
     * byte-identical file.
     */
    public static void write(ReportFormat format, CheckResult result, ReportOptions options, Path target)
            throws IOException {
        writeAtomically(target, of(format, options).bytes(result));
    }

    /**
     * Opens a report file to be written one filing at a time (in report order, see {@link Report#open}). The file
     * appears, complete, only on {@link ReportFile#finish()}, by the same atomic replacement as
     * {@link #writeAtomically}; closing without finishing leaves the previous report in place.
     */
    public static ReportFile open(ReportFormat format, ReportOptions options, Path target) throws IOException {
        return new ReportFile(of(format, options), target);
    }

    /** A report file being written; see {@link #open}. */
    public static final class ReportFile implements java.io.Closeable {
        private final Path target;
        private final Path temporary;
        private final FileChannel channel;
        private final java.io.OutputStream out;
        private final Report.Sink sink;
        private boolean finished;

        private ReportFile(Report report, Path target) throws IOException {
            this.target = target.toAbsolutePath().normalize();
            Files.createDirectories(this.target.getParent());
            this.temporary = createTemporary(this.target.getParent(), this.target.getFileName().toString());
            FileChannel opened = null;
            try {
                opened = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                this.channel = opened;
                this.out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(opened),
                        1 << 16);
                this.sink = report.open(out);
            } catch (IOException | RuntimeException e) {
                if (opened != null) {
                    opened.close();
                }
                Files.deleteIfExists(temporary);
                throw e;
            }
        }

        /** Adds one filing (see {@link Report.Sink#add}). */
        public void add(io.jixiao.check.FileCheck file) throws IOException {
            sink.add(file);
        }

        /** Completes the report and puts it in place of the old one. */
        public void finish() throws IOException {
            sink.finish();
            out.flush();
            channel.force(true);
            channel.close();
            move(temporary, target);
            finished = true;
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                channel.close();
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Replaces the file's content all at once, so a reader (a CI upload, an IDE) never sees half a report: writes a
     * hidden temporary file in the same directory (creating the directories first), flushes it to disk, then
     * renames it over the target — atomically where the file system can, otherwise by replacing it. The temporary
     * file is removed if anything fails.
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        writeAtomically(target, content, true);
    }

    /**
     * {@link #writeAtomically(Path, byte[])}, optionally without flushing the content to disk before the rename. A
     * reader still never sees half a file (the rename is atomic either way); what is given up is durability after
     * a power cut, which a caller writing many files can restore once for all of them with {@link #flush} before
     * it records them as done.
     *
     * @param flush whether to flush the content to disk before it replaces the target
     */
    public static void writeAtomically(Path target, byte[] content, boolean flush) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = createTemporary(directory, absolute.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (flush) {
                    channel.force(true);
                }
            }
            move(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Flushes files written with {@code flush = false} to disk, so they survive a power cut from now on. */
    public static void flush(Iterable<Path> files) throws IOException {
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new empty file next to the target. Created with the default permissions (not the owner-only ones of
     * {@link Files#createTempFile}), because it becomes the report.
     */
    private static Path createTemporary(Path directory, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = directory.resolve("." + name + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }
}
