package io.jixiao.text;

/**
 * Whitespace as the rules compare names: a regular expression's {@code \s} (space, tab, line feed, vertical tab,
 * form feed, carriage return), removed with a loop rather than {@code replaceAll("\\s+", "")}, which compiles a
 * pattern on every call: the rules squeeze every indicator name several times per filing.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /** Whether the character is whitespace as {@code \s} means it. */
    public static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The text without its whitespace; the same string when it has none. */
    public static String removeFrom(String text) {
        return remove(text, false);
    }

    /**
     * Whether the character is any kind of space: Java's whitespace or a Unicode space separator (no-break space,
     * ideographic space 　). Every one of them is in the Basic Multilingual Plane, so a char says it.
     */
    public static boolean isAnySpace(char c) {
        return (ANY_SPACE[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * {@link #isAnySpace} for every char, one bit each, worked out once from {@link Character#isWhitespace} and
     * {@link Character#isSpaceChar}: the two lookups per character were a fifth of a check's samples (JFR), as the
     * cross-year matching and the indicator-name rules squeeze every name of every filing.
     */
    private static final long[] ANY_SPACE = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                ANY_SPACE[c >>> 6] |= 1L << c;
            }
        }
    }

    /**
     * The text without any kind of space ({@link #isAnySpace}); the same string when it has none. Remembered
     * ({@link Memo}): the cross-year matching and the repetition rules squeeze the same names again and again.
     */
    public static String removeAnySpaceFrom(String text) {
        String squeezed = ANY_SPACE_REMOVED.apply(text);
        return squeezed.length() == text.length() ? text : squeezed; // nothing removed: the caller's own string
    }

    private static final Memo<String> ANY_SPACE_REMOVED = new Memo<>(4096, text -> remove(text, true));

    /*
     * A flag rather than a predicate: with two predicates passed in, the call per character was megamorphic and not
     * inlined, and this loop runs over every name the rules compare.
     */
    private static String remove(String text, boolean anySpace) {
        int first = 0;
        while (first < text.length() && !isSpace(text.charAt(first), anySpace)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c, anySpace)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c, boolean anySpace) {
        return anySpace ? isAnySpace(c) : is(c);
    }
}
