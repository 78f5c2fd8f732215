package io.jixiao.check;

import io.jixiao.model.Filing;
import io.jixiao.parser.ParseResult;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One filing as a run hands it over while its department folder is in hand: what is kept of it
 * ({@link #check()}), its content fingerprint, and its model. A filing whose findings came from the incremental
 * cache was not parsed; its model is read when first asked for, so a render that finds the filing's outputs up to
 * date never reads it at all.
 */
public final class CheckedFiling {

    private final FileCheck check;
    private final String contentHash;
    private final ParseResult parse;
    private final Supplier<Optional<Filing>> reread;
    private volatile Optional<Filing> rereadResult;

    CheckedFiling(FileCheck check, String contentHash, ParseResult parse, Supplier<Optional<Filing>> reread) {
        this.check = check;
        this.contentHash = contentHash;
        this.parse = parse;
        this.reread = reread;
    }

    public FileCheck check() {
        return check;
    }

    /** The fingerprint of the content that was checked ({@link Fingerprints#ofFile}). */
    public String contentHash() {
        return contentHash;
    }

    /** Whether this run parsed the filing (false when its findings came from the cache). */
    public boolean parsed() {
        return parse != null;
    }

    /** The filing's model when it is structurally valid: the one read by the check, or read now. */
    public Optional<Filing> filing() {
        if (!check.bound()) {
            return Optional.empty();
        }
        if (parse != null) {
            return parse.filing();
        }
        Optional<Filing> read = rereadResult;
        if (read == null) {
            read = reread.get();
            rereadResult = read;
        }
        return read;
    }

    /**
     * The same filing, whose model, if this run did not parse it, is first looked for among those an earlier check
     * of the same build kept for the same content.
     */
    CheckedFiling orKept(CheckedFolder earlier) {
        if (parse != null || earlier == null) {
            return this;
        }
        Supplier<Optional<Filing>> read = reread;
        return new CheckedFiling(check, contentHash, null, () -> {
            Optional<Filing> kept = earlier.keptFiling(check.file(), contentHash);
            return kept.isPresent() ? kept : read.get();
        });
    }

    /** The same filing with another outcome (a finding added across files). */
    CheckedFiling withCheck(FileCheck other) {
        return other == check ? this : new CheckedFiling(other, contentHash, parse, reread);
    }
}
