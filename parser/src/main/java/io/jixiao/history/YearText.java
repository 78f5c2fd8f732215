package io.jixiao.history;

/**
 * Text compared across years: whitespace never counts, and the filing's own year written in a code or a name
 * ({@code 2025-NY-001}, {@code 提前下达2025年省级…资金}) stands for "this year", so last year's {@code 2025-NY-001}
 * and this year's {@code 2026-NY-001} read alike. Only a four-digit year that stands alone (not inside a longer run
 * of digits) counts: {@code 130303250B2L85R7} is a code, not a year.
 */
public final class YearText {

    private static final String THIS_YEAR = "\u0000Y\u0000";

    private YearText() {
    }

    /** The text with every kind of whitespace removed; empty for null. */
    public static String squeeze(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The squeezed text with the year {@code year} replaced by a placeholder; null for null. */
    static String neutral(String text, int year) {
        if (text == null) {
            return null;
        }
        String squeezed = squeeze(text);
        String written = Integer.toString(year);
        StringBuilder out = new StringBuilder(squeezed.length());
        int i = 0;
        while (i < squeezed.length()) {
            int end = i;
            while (end < squeezed.length() && isDigit(squeezed.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(squeezed.charAt(i++));
                continue;
            }
            String run = squeezed.substring(i, end);
            out.append(run.equals(written) ? THIS_YEAR : run);
            i = end;
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the two texts differ, and only in the year each filing is for. */
    static boolean sameButYear(String previous, int previousYear, String current, int currentYear) {
        if (previous == null || current == null || squeeze(previous).equals(squeeze(current))) {
            return false;
        }
        String a = neutral(previous, previousYear);
        return a.contains(THIS_YEAR) && a.equals(neutral(current, currentYear));
    }
}
