package io.jixiao.render.html;

import io.jixiao.report.Reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes generated HTML so that a reader (a browser, a web server, a sync client) never sees half a page; the
 * write is the same atomic temporary-file-and-rename that every jixiao output uses ({@link Reports#writeAtomically}).
 */
public final class HtmlFiles {

    private HtmlFiles() {
    }

    /** Writes {@code html} as UTF-8 to {@code target}, creating its folder; on failure no temporary file is left. */
    public static void write(Path target, String html) throws IOException {
        Reports.writeAtomically(target, html.getBytes(StandardCharsets.UTF_8));
    }
}
