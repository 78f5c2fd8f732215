package io.jixiao.check;

import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;

import java.nio.file.Path;

/**
 * How a check turns a file into a {@link ParseResult}. There is one real implementation, {@link FilingParser}; the
 * seam exists so that a caller can wrap it, for instance to count parses and prove that a build running several
 * goals reads each filing once. Implementations must be thread-safe: files are read in parallel.
 */
@FunctionalInterface
public interface FilingReader {

    ParseResult read(Path file);

    /** The standard pipeline read → schema → model ({@link FilingParser}). */
    static FilingReader standard() {
        return new FilingParser()::parse;
    }
}
