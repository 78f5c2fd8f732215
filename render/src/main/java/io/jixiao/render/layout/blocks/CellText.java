package io.jixiao.render.layout.blocks;

import io.jixiao.model.Goals;
import io.jixiao.value.Value;

/**
 * The small text conversions every layout needs: filing values to cell text (a missing value is an empty cell, never
 * the word "null") and goal lists to one cell. The pointers of the values shown are built with
 * {@link io.jixiao.read.Pointers} from {@link io.jixiao.model.Keys} and the pointers the model records carry.
 */
public final class CellText {

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
}
