package io.jixiao.review.report;

import java.util.regex.Pattern;

/**
 * Filed text made safe inside Markdown: characters Markdown reads as markup are escaped with a backslash (CommonMark
 * allows that before any ASCII punctuation), and line breaks inside a table cell become {@code <br>}. What is filed
 * is shown as filed, never as formatting or a link.
 */
final class Markdown {

    /**
     * The ASCII punctuation Markdown reads as inline markup (emphasis, code, links, tags, table cells,
     * strikethrough). Filed text never starts a line of the report, so the line-start markers (#, -, +, 1.) need no
     * escape.
     */
    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>|~])");

    private Markdown() {
    }

    /** Text for running prose or a list item. */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        return MARKUP.matcher(text).replaceAll("\\\\$1").replace("\r", "").replace("\n", " ");
    }

    /** Text for a table cell: as {@link #text}, with line breaks kept as {@code <br>}. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return MARKUP.matcher(text.replace("\r", "")).replaceAll("\\\\$1").replace("\n", "<br>");
    }

    /** A file name or a revision, as code. */
    static String code(String text) {
        String fence = text.contains("`") ? "`` " : "`";
        return fence + text + new StringBuilder(fence).reverse();
    }
}
