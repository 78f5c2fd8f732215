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
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
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
