package io.jixiao.rules;

import io.jixiao.text.Whitespace;

/**
 * Compares texts the way a reviewer reading two printed tables does: spacing and line breaks are layout, not
 * content, so they are removed (ordinary, full-width U+3000 and non-breaking spaces alike) before comparing.
 * Punctuation and wording count: 「，。」 and 「。，」 are different texts.
 */
final class SameText {

    private static final int CONTEXT = 8;
    private static final int SHORT = 12;

    private SameText() {
    }

    /** The text with every kind of whitespace removed; empty for null. */
    static String normalise(String text) {
        return text == null ? "" : Whitespace.removeAnySpaceFrom(text); // every space, as isWhitespace/isSpaceChar
    }

    /** Whether two texts are the same once whitespace is removed. */
    static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    /**
     * Where two texts differ once whitespace is removed, each side quoted with a little context. A short differing
     * stretch (one comma more or less) is quoted whole; a long one by where it begins and where it ends, which
     * shows both places when the texts differ in two spots and nothing in between.
     */
    static Difference difference(String a, String b) {
        int[] x = normalise(a).codePoints().toArray();
        int[] y = normalise(b).codePoints().toArray();
        int prefix = 0;
        while (prefix < x.length && prefix < y.length && x[prefix] == y[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < x.length - prefix && suffix < y.length - prefix
                && x[x.length - 1 - suffix] == y[y.length - 1 - suffix]) {
            suffix++;
        }
        int endX = x.length - suffix;
        int endY = y.length - suffix;
        int from = Math.max(0, prefix - CONTEXT);
        if (endX - prefix <= SHORT && endY - prefix <= SHORT) {
            return new Difference(excerpt(x, from, endX + CONTEXT), excerpt(y, from, endY + CONTEXT), null, null);
        }
        return new Difference(excerpt(x, from, prefix + CONTEXT), excerpt(y, from, prefix + CONTEXT),
                excerpt(x, Math.max(prefix, endX - CONTEXT), endX + CONTEXT),
                excerpt(y, Math.max(prefix, endY - CONTEXT), endY + CONTEXT));
    }

    private static String excerpt(int[] text, int from, int to) {
        int end = Math.min(text.length, to);
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        out.append(new String(text, from, end - from));
        if (end < text.length) {
            out.append('…');
        }
        return out.toString();
    }

    /**
     * Excerpts of two differing texts, in the order the texts were given: where they begin to differ and, when the
     * differing stretch is long, where it ends (null otherwise).
     */
    record Difference(String first, String second, String firstEnd, String secondEnd) {

        boolean hasEnd() {
            return firstEnd != null;
        }
    }
}
