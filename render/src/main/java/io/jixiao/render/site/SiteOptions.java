package io.jixiao.render.site;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a checked folder is rendered. What was checked, and how, is the check's business ({@code CheckOptions});
 * these are only the choices that change the outputs.
 *
 * @param outputDirectory where workbooks, pages, the index and the up-to-date state go
 * @param formats         which renderings to write
 * @param locale          language of the findings shown on pages and of the summary line (Chinese unless
 *                        English is asked for)
 */
public record SiteOptions(Path outputDirectory, Set<OutputFormat> formats, Locale locale) {

    public SiteOptions {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        formats = Set.copyOf(formats);
        Objects.requireNonNull(locale, "locale");
    }

    /** Workbooks and pages, in Chinese. */
    public static SiteOptions of(Path outputDirectory) {
        return new SiteOptions(outputDirectory, Set.of(OutputFormat.XLSX, OutputFormat.HTML), Locale.CHINESE);
    }
}
