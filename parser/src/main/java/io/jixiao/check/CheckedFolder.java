package io.jixiao.check;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A folder of filings after checking: what a render or a report is made from, so neither reads a filing again.
 *
 * @param directory     the folder; outputs keep each filing's path relative to it
 * @param configuration fingerprint of everything besides the files that decides the findings: the jixiao and
 *                      rule-set versions, the severity overrides and the default taxonomy profile
 * @param fingerprint   fingerprint of the configuration, the folder and every filing's path and content; equal
 *                      fingerprints mean an equal {@code result}
 * @param contents      each filing's content fingerprint ({@link Fingerprints#ofFile}), by its path in
 *                      {@code result}
 * @param result        every filing's parse and findings, in path order
 */
public record CheckedFolder(Path directory, String configuration, String fingerprint, Map<Path, String> contents,
                            CheckResult result) {

    public CheckedFolder {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(fingerprint, "fingerprint");
        contents = Map.copyOf(contents);
        Objects.requireNonNull(result, "result");
    }

    /** The content fingerprint of one of this folder's filings, as it was when it was checked. */
    public String contentOf(Path file) {
        String hash = contents.get(file);
        if (hash == null) {
            throw new IllegalArgumentException("not a filing of this check: " + file);
        }
        return hash;
    }
}
