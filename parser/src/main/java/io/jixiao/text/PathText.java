package io.jixiao.text;

import java.nio.file.Path;

/**
 * A path as jixiao shows it in findings, reports, the index and the up-to-date state: names joined by {@code /},
 * whatever the platform, with every character that could break the line it is shown on (or make it say something
 * else) written as an escape.
 *
 * <p>Only the file system's own separator becomes {@code /}. A backslash inside a name, legal on Linux and
 * committable, stays part of the name: rewriting it turned {@code ..\..\..\escaped} into three steps up.
 * Control characters (a newline in a folder name would start a fake line in the CI log, a NUL would make the JUnit
 * XML unreadable), line and paragraph separators and the bidirectional controls that can make a name read
 * backwards are shown as {@code \u005CuXXXX}.
 */
public final class PathText {

    private PathText() {
    }

    /** The path with {@code /} between its names and every unsafe character escaped. */
    public static String of(Path path) {
        return escaped(slashes(path));
    }

    /**
     * The path with {@code /} between its names and nothing else changed: a key that tells any two paths apart
     * (the escaped form does not: a name may contain a literal {@code \u000A}). Not for showing.
     */
    public static String slashes(Path path) {
        String separator = path.getFileSystem().getSeparator();
        String text = path.toString();
        return separator.equals("/") ? text : text.replace(separator, "/");
    }

    /** The text with every character {@link #unsafe(int)} written as {@code \u005CuXXXX}; the same string if none. */
    public static String escaped(String text) {
        int first = 0;
        while (first < text.length() && !unsafe(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a character may not be shown as it is: C0 and C1 controls and DEL, the line and paragraph
     * separators, and the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069,
     * U+200E, U+200F, U+061C).
     */
    public static boolean unsafe(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** Whether the text has a character that {@link #unsafe(int) may not be shown} as it is. */
    public static boolean hasUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
