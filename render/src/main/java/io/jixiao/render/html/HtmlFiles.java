package io.jixiao.render.html;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes generated HTML so that a reader (a browser, a web server, a sync client) never sees half a page: the bytes
 * go to a temporary file in the target's own folder, are flushed to disk, and the file is then renamed over the
 * target in one step. A rename is only atomic within one file system, hence the same folder; where the file system
 * cannot rename atomically the file is moved with replacement instead.
 */
public final class HtmlFiles {

    private HtmlFiles() {
    }

    /** Writes {@code html} as UTF-8 to {@code target}, creating its folder; on failure no temporary file is left. */
    public static void write(Path target, String html) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // Created like any new file (not Files.createTempFile), so it gets the usual permissions rather than 0600.
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
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
}
