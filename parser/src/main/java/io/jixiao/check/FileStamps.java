package io.jixiao.check;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The content fingerprints of the files as the last run worked them out, with each file's stamp (size, modification
 * and change time, file key), so that a run with nothing changed does not read and hash every filing again: both
 * goals of a build fingerprint every file, and with the quick JIT a department's Maven runs with, SHA-256 is pure
 * Java (JFR: a third of a no-op rerun's jixiao time).
 *
 * <p>A stamp is trusted as Git trusts its index: only when every part is unchanged, the platform gives a change
 * time and a file key (a file written back with its old modification time still gets a new change time, which no
 * user can set), and the file had not been touched in the {@link #SETTLED} before its stamp was taken, so that two
 * writes within one tick of a coarse file-system clock cannot leave a stale fingerprint. Anything else, including a
 * damaged or missing stamps file, means hashing the file again, so the findings stay those of the bytes on disk.
 * Thread-safe.
 */
final class FileStamps {

    /** In the cache folder, beside the findings cache. */
    static final String FILE = "stamps.bin";
    /** How long a file must have been left alone before its stamp is taken for its stamp to be trusted. */
    static final long SETTLED = TimeUnit.SECONDS.toNanos(3);

    private static final int MAGIC = 0x4A58_5354; // "JXST"
    private static final int FORMAT = 1;
    /** More than a province: a damaged count must not size an allocation. */
    private static final int MAX_ENTRIES = 10_000_000;

    /** A file's stamp and its fingerprint. */
    record Stamp(long size, long modified, long changed, long device, long inode, String content) {
    }

    private final Path directory;
    private final long settledFor;
    private final Map<String, Stamp> previous;
    private final Map<String, Stamp> current = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private FileStamps(Path directory, long settledFor, Map<String, Stamp> previous) {
        this.directory = directory;
        this.settledFor = settledFor;
        this.previous = previous;
    }

    /** The stamps the last run left in {@code directory}; none when it is null, missing or damaged. */
    static FileStamps read(Path directory) {
        return read(directory, SETTLED);
    }

    /** {@link #read(Path)}, trusting a stamp taken {@code settledFor} nanoseconds after the file's last change. */
    static FileStamps read(Path directory, long settledFor) {
        Map<String, Stamp> stamps = new HashMap<>();
        if (directory != null) {
            Path file = directory.resolve(FILE);
            try (InputStream stream = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                 DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16))) {
                if (in.readInt() == MAGIC && in.readInt() == FORMAT) {
                    int count = in.readInt();
                    if (count < 0 || count > MAX_ENTRIES) {
                        throw new IOException("damaged");
                    }
                    for (int i = 0; i < count; i++) {
                        String path = in.readUTF();
                        stamps.put(path, new Stamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                                in.readLong(), in.readUTF()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                stamps.clear(); // missing or damaged: every file is hashed again
            }
        }
        return new FileStamps(directory, settledFor, stamps);
    }

    /**
     * The file's content fingerprint: the remembered one when its stamp says it is unchanged, else
     * {@code compute}'s, which is then remembered if the file is settled.
     */
    String content(Path file, Supplier<String> compute) {
        String path = file.toString();
        Stamp now = stampOf(file);
        Stamp before = previous.get(path);
        if (now != null && before != null && before.size() == now.size() && before.modified() == now.modified()
                && before.changed() == now.changed() && before.device() == now.device()
                && before.inode() == now.inode()) {
            current.put(path, before);
            return before.content();
        }
        String content = compute.get();
        changed = true;
        if (now != null && settled(now)) {
            current.put(path, new Stamp(now.size(), now.modified(), now.changed(), now.device(), now.inode(),
                    content));
        }
        return content;
    }

    /**
     * Writes the stamps of this run's files in place of the last run's, when anything differs; a failure to write
     * only costs the next run its shortcut.
     */
    void write() {
        if (directory == null || (!changed && current.size() == previous.size())) {
            return;
        }
        Path temporary = directory.resolve("." + FILE + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            Files.createDirectories(directory);
            try (OutputStream stream = Files.newOutputStream(temporary);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(current.size());
                for (Map.Entry<String, Stamp> entry : new java.util.TreeMap<>(current).entrySet()) {
                    Stamp stamp = entry.getValue();
                    out.writeUTF(entry.getKey());
                    out.writeLong(stamp.size());
                    out.writeLong(stamp.modified());
                    out.writeLong(stamp.changed());
                    out.writeLong(stamp.device());
                    out.writeLong(stamp.inode());
                    out.writeUTF(stamp.content());
                }
            }
            try {
                Files.move(temporary, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more to undo
            }
        }
    }

    /** The file's stamp, or null where the platform gives no change time or file key (then it is always hashed). */
    private static Stamp stampOf(Path file) {
        try {
            Map<String, Object> attributes = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev",
                    LinkOption.NOFOLLOW_LINKS);
            Object size = attributes.get("size");
            Object modified = attributes.get("lastModifiedTime");
            Object changed = attributes.get("ctime");
            Object inode = attributes.get("ino");
            Object device = attributes.get("dev");
            if (!(size instanceof Long bytes) || !(modified instanceof FileTime m) || !(changed instanceof FileTime c)
                    || !(inode instanceof Long i) || !(device instanceof Long d)) {
                return null;
            }
            return new Stamp(bytes, m.to(TimeUnit.NANOSECONDS), c.to(TimeUnit.NANOSECONDS), d, i, "");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the file was left alone long enough before now, by the wall clock its times are on. */
    private boolean settled(Stamp stamp) {
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        return Math.max(stamp.modified(), stamp.changed()) < now - settledFor;
    }
}
