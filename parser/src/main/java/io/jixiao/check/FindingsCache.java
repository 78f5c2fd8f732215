package io.jixiao.check;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import io.jixiao.read.SourceLines;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

/**
 * The incremental check's memory of findings, kept in the output folder ({@code target/jixiao/.cache/findings.bin})
 * so that the next run can skip every filing that has not changed.
 *
 * <p>A filing's findings depend on its own bytes, on the previous-year filing of its department (the cross-year
 * rules read it) and on the configuration (jixiao and rule-set versions, severity overrides, default profile).
 * Each entry records the first two as SHA-256 fingerprints and the file records the third; an entry is used only
 * when all three are equal, so an edited filing is checked again together with the next year's filing of its
 * department, and any other change of configuration checks everything again.
 *
 * <p>The file is one stream of department blocks, written and read in the check's folder order, so neither side
 * ever holds more than the folders in hand: a run over 10^5 filings keeps memory bounded. Each block carries its
 * length and a CRC-32; a block that does not add up, or anything unreadable, ends the use of the file there —
 * a damaged cache is ignored, never trusted. The new file is written beside the old one and renamed over it when
 * the run completes, so a failed run leaves the last good cache; it is not flushed to disk, since a cache lost
 * in a crash only costs a full check.
 */
final class FindingsCache {

    static final String FILE = "findings.bin";
    private static final int MAGIC = 0x4A58_4331; // "JXC1"
    private static final int FORMAT = 1;
    private static final int MAX_BLOCK = 256 * 1024 * 1024;
    private static final int MAX_STRING = 16 * 1024 * 1024;

    /** What is remembered of one filing. */
    record Entry(String name, String content, String previous, FileCheck.Identity identity, int lineCount,
                 List<Stored> findings, int[] lineNumbers, String[] lineTexts) {

        /** The filing's outcome under its current path. */
        FileCheck toCheck(Path file) {
            List<Finding> restored = new ArrayList<>(findings.size());
            for (Stored s : findings) {
                restored.add(new Finding(file, s.line, s.column, s.pointer, s.diagnostic, s.severity, s.messageKey,
                        s.arguments));
            }
            return new FileCheck(file, identity, restored, SourceLines.kept(lineCount, lineNumbers, lineTexts));
        }
    }

    /** A finding without its path. */
    record Stored(int line, int column, String pointer, Diagnostic diagnostic, Severity severity,
                  String messageKey, List<Object> arguments) {
    }

    private FindingsCache() {
    }

    /** What the cache holds is not what this jixiao wrote; never shown to anyone, the cache is just not used. */
    private static final class Damaged extends IOException {
        Damaged() {
            super(null, null);
        }

        /** An argument type the writer was not asked to store ({@link #entry} leaves such filings out). */
        static final class Unstorable extends IllegalArgumentException {
        }
    }

    /**
     * The entry of one checked filing, or empty when a finding has an argument the cache cannot store faithfully
     * (the filing is then simply checked again next time).
     */
    static Optional<Entry> entry(String name, String content, String previous, FileCheck check) {
        for (Finding f : check.findings()) {
            if (!storable(f.arguments())) {
                return Optional.empty();
            }
        }
        List<Stored> stored = new ArrayList<>(check.findings().size());
        for (Finding f : check.findings()) {
            stored.add(new Stored(f.line(), f.column(), f.pointer(), f.diagnostic(), f.severity(), f.messageKey(),
                    f.arguments()));
        }
        SourceLines lines = (SourceLines) check.sourceLines();
        return Optional.of(new Entry(name, content, previous, check.identity(), lines.size(), stored,
                lines.keptNumbers(), lines.keptTexts()));
    }

    private static boolean storable(List<?> arguments) {
        for (Object a : arguments) {
            boolean ok = a instanceof String || a instanceof Integer || a instanceof Long
                    || a instanceof BigDecimal || a instanceof BigInteger || a instanceof Double
                    || a instanceof Boolean || (a instanceof List<?> list && storable(list));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Reads the cache folder by folder, in the check's folder order. */
    static final class Reader implements Closeable {
        private final DataInputStream in;
        private boolean usable;
        private boolean opened;
        private boolean skipped;
        private String pendingFolder;
        private Map<String, Entry> pendingEntries;
        private byte[] pendingPayload;
        private byte[] lastPayload;

        /** Opens the cache, or an empty one when there is none, it is damaged, or it was made otherwise. */
        Reader(Path directory, String configuration) {
            DataInputStream opened = null;
            boolean ok = false;
            if (directory != null) {
                Path file = directory.resolve(FILE);
                try {
                    if (Files.isRegularFile(file)) {
                        opened = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                        ok = opened.readInt() == MAGIC && opened.readInt() == FORMAT
                                && configuration.equals(readString(opened));
                    }
                } catch (IOException | RuntimeException e) {
                    ok = false;
                }
            }
            this.in = opened;
            this.usable = ok;
            this.opened = ok;
        }

        /**
         * The entries remembered for a folder, by file name; empty when there are none. Folders must be asked
         * for in the check's folder order ({@link FilingOrder#FOLDERS}).
         */
        Map<String, Entry> folder(String folder) {
            lastPayload = null;
            while (usable) {
                if (pendingFolder == null && !readBlock()) {
                    return Map.of();
                }
                int order = FilingOrder.FOLDERS.compare(pendingFolder, folder);
                if (order < 0) { // a folder that is gone
                    skipped = true;
                    pendingFolder = null;
                    pendingEntries = null;
                    continue;
                }
                if (order > 0) { // a folder new since the last run
                    skipped = true;
                    return Map.of();
                }
                Map<String, Entry> entries = pendingEntries;
                lastPayload = pendingPayload;
                pendingFolder = null;
                pendingEntries = null;
                pendingPayload = null;
                return entries;
            }
            skipped |= opened;
            return Map.of();
        }

        /** The stored block of the folder {@link #folder} last returned, to be written again as it is; or null. */
        byte[] lastBlock() {
            return lastPayload;
        }

        /**
         * Whether every folder asked for was in the file, in order, and the file has nothing after the last one:
         * a run that then remembered every folder as it was would write the same file again.
         */
        boolean matchedExactly() {
            if (!opened || skipped || pendingFolder != null || !usable) {
                return false;
            }
            try {
                return in.read() < 0;
            } catch (IOException e) {
                return false;
            }
        }

        private boolean readBlock() {
            try {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    usable = false;
                    return false;
                }
                if (length < 0 || length > MAX_BLOCK) {
                    usable = false;
                    return false;
                }
                byte[] payload = in.readNBytes(length);
                long crc = in.readLong();
                CRC32 check = new CRC32();
                check.update(payload);
                if (payload.length != length || check.getValue() != crc) {
                    usable = false;
                    return false;
                }
                DataInputStream block = new DataInputStream(new java.io.ByteArrayInputStream(payload));
                pendingPayload = payload;
                pendingFolder = readString(block);
                int count = block.readInt();
                Map<String, Entry> entries = new HashMap<>();
                for (int i = 0; i < count; i++) {
                    Entry entry = readEntry(block);
                    entries.put(entry.name(), entry);
                }
                pendingEntries = entries;
                return true;
            } catch (IOException | RuntimeException e) { // damaged: ignore the rest of the file
                usable = false;
                pendingFolder = null;
                pendingEntries = null;
                return false;
            }
        }

        @Override
        public void close() {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    // only read from
                }
            }
        }
    }

    /** Writes the cache of this run beside the old one; {@link #commit()} puts it in place. */
    static final class Writer implements Closeable {
        private final Path target;
        private final Path temporary;
        private final DataOutputStream out;
        private boolean committed;

        /** A writer, or null when there is no cache folder or it cannot be written (the run then goes on). */
        static Writer open(Path directory, String configuration) {
            if (directory == null) {
                return null;
            }
            try {
                Files.createDirectories(directory);
                Path temporary = directory.resolve("." + FILE + "."
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
                OutputStream stream = Files.newOutputStream(temporary);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                writeString(out, configuration);
                return new Writer(directory.resolve(FILE), temporary, out);
            } catch (IOException e) {
                return null;
            }
        }

        private Writer(Path target, Path temporary, DataOutputStream out) {
            this.target = target;
            this.temporary = temporary;
            this.out = out;
        }

        /** Appends one folder's entries; folders must come in the check's folder order. */
        void folder(String folder, List<Entry> entries) throws IOException {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
            DataOutputStream block = new DataOutputStream(buffer);
            writeString(block, folder);
            block.writeInt(entries.size());
            for (Entry entry : entries) {
                writeEntry(block, entry);
            }
            block.flush();
            block(buffer.toByteArray());
        }

        /** Appends a folder's block as the last cache stored it ({@link Reader#lastBlock()}). */
        void block(byte[] payload) throws IOException {
            CRC32 crc = new CRC32();
            crc.update(payload);
            out.writeInt(payload.length);
            out.write(payload);
            out.writeLong(crc.getValue());
        }

        /** Replaces the old cache with this one. */
        void commit() throws IOException {
            out.close();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        /** Drops the new cache unless it was committed; the old one stays. */
        @Override
        public void close() {
            if (!committed) {
                try {
                    out.close();
                } catch (IOException e) {
                    // being dropped anyway
                }
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a stray temporary file in the cache folder is harmless
                }
            }
        }
    }

    private static void writeEntry(DataOutputStream out, Entry e) throws IOException {
        writeString(out, e.name());
        writeString(out, e.content());
        writeString(out, e.previous());
        FileCheck.Identity id = e.identity();
        out.writeBoolean(id != null);
        if (id != null) {
            out.writeBoolean(id.department() != null);
            if (id.department() != null) {
                writeString(out, id.department());
            }
            out.writeInt(id.year());
            out.writeInt(id.line());
            out.writeInt(id.column());
        }
        out.writeInt(e.lineCount());
        out.writeInt(e.findings().size());
        for (Stored f : e.findings()) {
            out.writeInt(f.line());
            out.writeInt(f.column());
            writeString(out, f.pointer());
            // Ordinals: the cache is only read by the jixiao version that wrote it (see the configuration).
            out.writeShort(f.diagnostic().ordinal());
            out.writeByte(f.severity().ordinal());
            out.writeByte(MESSAGE_KEYS.get(f.diagnostic()).indexOf(f.messageKey()));
            writeList(out, f.arguments());
        }
        out.writeInt(e.lineNumbers().length);
        for (int i = 0; i < e.lineNumbers().length; i++) {
            out.writeInt(e.lineNumbers()[i]);
            writeString(out, e.lineTexts()[i]);
        }
    }

    private static Entry readEntry(DataInputStream in) throws IOException {
        String name = readString(in);
        String content = readString(in);
        String previous = readString(in);
        FileCheck.Identity identity = null;
        if (in.readBoolean()) {
            String department = in.readBoolean() ? readString(in) : null;
            identity = new FileCheck.Identity(department, in.readInt(), in.readInt(), in.readInt());
        }
        int lineCount = in.readInt();
        int count = checkedCount(in.readInt());
        List<Stored> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int line = in.readInt();
            int column = in.readInt();
            String pointer = readString(in);
            Diagnostic diagnostic = element(DIAGNOSTICS, in.readShort());
            Severity severity = element(SEVERITIES, in.readByte());
            String key = element(MESSAGE_KEYS.get(diagnostic), in.readByte());
            if (line < 0 || column < 0) {
                throw new Damaged();
            }
            findings.add(new Stored(line, column, pointer, diagnostic, severity, key, readList(in)));
        }
        int kept = checkedCount(in.readInt());
        int[] numbers = new int[kept];
        String[] texts = new String[kept];
        for (int i = 0; i < kept; i++) {
            numbers[i] = in.readInt();
            texts[i] = readString(in);
        }
        return new Entry(name, content, previous, identity, lineCount, List.copyOf(findings), numbers, texts);
    }

    private static final List<Diagnostic> DIAGNOSTICS = List.of(Diagnostic.values());
    private static final List<Severity> SEVERITIES = List.of(Severity.values());
    private static final Map<Diagnostic, List<String>> MESSAGE_KEYS = new java.util.EnumMap<>(Diagnostic.class);

    static {
        for (Diagnostic d : Diagnostic.values()) {
            MESSAGE_KEYS.put(d, List.copyOf(d.messageKeys()));
        }
    }

    private static <T> T element(List<T> values, int index) throws IOException {
        if (index < 0 || index >= values.size()) {
            throw new Damaged();
        }
        return values.get(index);
    }

    private static int checkedCount(int count) throws IOException {
        if (count < 0 || count > MAX_BLOCK) {
            throw new Damaged();
        }
        return count;
    }

    private static void writeList(DataOutputStream out, List<?> values) throws IOException {
        out.writeInt(values.size());
        for (Object value : values) {
            if (value instanceof String s) {
                out.writeByte(1);
                writeString(out, s);
            } else if (value instanceof Integer i) {
                out.writeByte(2);
                out.writeInt(i);
            } else if (value instanceof Long l) {
                out.writeByte(3);
                out.writeLong(l);
            } else if (value instanceof BigDecimal d) {
                out.writeByte(4);
                writeString(out, d.toString());
            } else if (value instanceof BigInteger b) {
                out.writeByte(5);
                writeString(out, b.toString());
            } else if (value instanceof Double d) {
                out.writeByte(6);
                out.writeDouble(d);
            } else if (value instanceof Boolean b) {
                out.writeByte(7);
                out.writeBoolean(b);
            } else if (value instanceof List<?> list) {
                out.writeByte(8);
                writeList(out, list);
            } else {
                throw new Damaged.Unstorable();
            }
        }
    }

    private static List<Object> readList(DataInputStream in) throws IOException {
        int size = checkedCount(in.readInt());
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int type = in.readByte();
            values.add(switch (type) {
                case 1 -> readString(in);
                case 2 -> in.readInt();
                case 3 -> in.readLong();
                case 4 -> new BigDecimal(readString(in));
                case 5 -> new BigInteger(readString(in));
                case 6 -> in.readDouble();
                case 7 -> in.readBoolean();
                case 8 -> readList(in);
                default -> throw new Damaged();
            });
        }
        return java.util.Collections.unmodifiableList(values);
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(InputStream stream) throws IOException {
        DataInputStream in = (DataInputStream) stream;
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new Damaged();
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
