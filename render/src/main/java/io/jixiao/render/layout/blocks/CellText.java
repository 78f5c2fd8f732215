package io.jixiao.render.layout.blocks;

import io.jixiao.model.Goals;
import io.jixiao.read.SourcePositions;
import io.jixiao.value.Value;

/**
 * The small text conversions every layout needs: filing values to cell text (a missing value is an empty cell, never
 * the word "null"), goal lists to one cell, and JSON pointers to the values shown.
 */
public final class CellText {

    /** The pointer of 部门整体, under which the blocks of a department table point. */
    public static final String DEPARTMENT = "/部门整体";

    private CellText() {
    }

    /** The text as filed, or empty when nothing was written. */
    public static String of(String text) {
        return text == null ? "" : text;
    }

    /** A value as written, or empty. */
    public static String of(Value value) {
        return value == null ? "" : value.written();
    }

    /** A goal cell: one text, or the listed goals one per line as the form prints them. */
    public static String of(Goals goals) {
        return goals == null ? "" : String.join("\n", goals.items());
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static boolean isBlank(Goals goals) {
        return goals == null || goals.items().stream().allMatch(String::isBlank);
    }

    /** A JSON pointer below {@code base}, each key escaped as RFC 6901 requires. */
    public static String pointer(String base, String... keys) {
        StringBuilder result = new StringBuilder(base);
        for (String key : keys) {
            result.append('/').append(SourcePositions.escape(key));
        }
        return result.toString();
    }
}
