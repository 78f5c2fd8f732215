package io.jixiao.check;

import io.jixiao.model.Filing;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A folder of filings after checking: what a render or a report is made from, so neither checks a filing again.
 * It holds what the run keeps of each filing ({@link FileCheck}: findings and the lines they show), so it grows
 * with the findings, not with the size of the filings.
 *
 * <p>The models are not part of it. A render asks for each model it draws with {@link #filing(Path)}: the check
 * that made this folder keeps the most recent models softly, up to a bound set by the heap, so a small repository
 * checked and rendered in one build parses each filing once; beyond that, a filing is read again when it is drawn
 * (which a render whose outputs are up to date never does).
 */
public final class CheckedFolder {

    private final Path directory;
    private final String configuration;
    private final String fingerprint;
    private final Map<Path, String> contents;
    private final CheckResult result;
    private final Models models;

    /**
     * @param directory     the folder; outputs keep each filing's path relative to it
     * @param configuration fingerprint of everything besides the files that decides the findings: the jixiao and
     *                      rule-set versions, the severity overrides and the default taxonomy profile
     * @param fingerprint   fingerprint of the configuration, the folder and every filing's path and content; equal
     *                      fingerprints mean an equal {@code result}
     * @param contents      each filing's content fingerprint ({@link Fingerprints#ofFile}), by its path in
     *                      {@code result}
     * @param result        every filing's findings, in {@link FilingOrder}
     */
    public CheckedFolder(Path directory, String configuration, String fingerprint, Map<Path, String> contents,
                         CheckResult result) {
        this(directory, configuration, fingerprint, contents, result, new Models(0, FilingReader.standard()));
    }

    CheckedFolder(Path directory, String configuration, String fingerprint, Map<Path, String> contents,
                  CheckResult result, Models models) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.contents = Map.copyOf(contents);
        this.result = Objects.requireNonNull(result, "result");
        this.models = models;
    }

    public Path directory() {
        return directory;
    }

    public String configuration() {
        return configuration;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Map<Path, String> contents() {
        return contents;
    }

    public CheckResult result() {
        return result;
    }

    /** The content fingerprint of one of this folder's filings, as it was when it was checked. */
    public String contentOf(Path file) {
        String hash = contents.get(file);
        if (hash == null) {
            throw new IllegalArgumentException("not a filing of this check: " + file);
        }
        return hash;
    }

    /**
     * The model of one of this folder's filings, when it is structurally valid: kept from the check when it still
     * is, read again otherwise.
     */
    public Optional<Filing> filing(Path file) {
        return models.get(file);
    }

    /** A model this check still keeps for the file with this content; never reads the file. */
    Optional<Filing> keptFiling(Path file, String content) {
        return content.equals(contents.get(file)) ? models.kept(file) : Optional.empty();
    }

    /**
     * The most recent models of a check, each held softly, at most {@code capacity} of them; the rest are read
     * again through the check's reader when asked for.
     */
    static final class Models {
        private final int capacity;
        private final FilingReader reader;
        private final LinkedHashMap<Path, SoftReference<Filing>> kept;

        Models(int capacity, FilingReader reader) {
            this.capacity = capacity;
            this.reader = reader;
            this.kept = new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Path, SoftReference<Filing>> eldest) {
                    return size() > Models.this.capacity;
                }
            };
        }

        /** How many models a check keeps for a render: about one per megabyte of heap, 16 to 10,000. */
        static int capacityForHeap() {
            long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            return (int) Math.max(16, Math.min(10_000, megabytes));
        }

        synchronized void keep(Path file, Filing filing) {
            if (capacity > 0) {
                kept.put(file, new SoftReference<>(filing));
            }
        }

        Optional<Filing> get(Path file) {
            Optional<Filing> filing = kept(file);
            return filing.isPresent() ? filing : reader.read(file).filing();
        }

        Optional<Filing> kept(Path file) {
            SoftReference<Filing> ref;
            synchronized (this) {
                ref = kept.get(file);
            }
            return Optional.ofNullable(ref == null ? null : ref.get());
        }
    }
}
