package io.jixiao.read;

/**
 * Bounds that keep a hostile or broken file from taking unbounded time or memory. A real filing is a few hundred
 * kilobytes, nested a dozen levels deep; these limits are far above that and far below harm.
 *
 * @param maxFileBytes   files larger than this are refused before they are read into memory
 * @param maxDepth       deepest allowed nesting of mappings and sequences
 * @param maxScalarChars longest allowed single value, in code points
 */
public record Limits(long maxFileBytes, int maxDepth, int maxScalarChars) {

    public static final Limits DEFAULT = new Limits(4L * 1024 * 1024, 64, 100_000);
}
