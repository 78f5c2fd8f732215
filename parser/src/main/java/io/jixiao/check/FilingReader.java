package io.jixiao.check;

import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.read.Limits;
import io.jixiao.rules.RuleConfig;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * How a check turns a file into a {@link ParseResult}. There is one real implementation, {@link FilingParser}; the
 * seam exists so that a caller can wrap it, for instance to count parses and prove that a build running several
 * goals reads each filing once. Implementations must be thread-safe: files are read in parallel.
 */
@FunctionalInterface
public interface FilingReader {

    ParseResult read(Path file);

    /**
     * Reads a file whose bytes the check has already read (to fingerprint them), so the standard reader does not
     * read it again. A wrapper that only implements {@link #read(Path)} reads the file itself.
     */
    default ParseResult read(Path file, byte[] bytes) {
        return read(file);
    }

    /** The standard pipeline read → schema → model ({@link FilingParser}) with default severities. */
    static FilingReader standard() {
        return standard(RuleConfig.DEFAULTS);
    }

    /**
     * The standard pipeline with the user's overrides, which also reach the adjustable schema checks
     * ({@code SCHEMA-EMPTY}, {@code SCHEMA-TOO-LONG}, {@code SCHEMA-RANGE}) before the parser decides validity.
     * The parser (and the schema it compiles) is made on the first read, so a run that finds every filing in the
     * incremental cache never builds it.
     */
    static FilingReader standard(RuleConfig config) {
        Supplier<FilingParser> parser = Lazy.of(() -> new FilingParser(Limits.DEFAULT, config));
        return new FilingReader() {
            @Override
            public ParseResult read(Path file) {
                return parser.get().parse(file);
            }

            @Override
            public ParseResult read(Path file, byte[] bytes) {
                return parser.get().parse(file, bytes);
            }
        };
    }
}
