package io.jixiao.render.site;

import java.util.Locale;

/** The two renderings of a filing. */
public enum OutputFormat {
    /** The official layout as an Excel workbook. */
    XLSX,
    /** A self-contained page with the findings beside their rows. */
    HTML;

    /**
     * Reads {@code xlsx} or {@code html} (any case).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static OutputFormat parse(String text) {
        return OutputFormat.valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
