package io.jixiao.build;

import io.jixiao.report.ReportFormat;
import io.jixiao.rules.RuleConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything a check or render run is configured with, independent of how it is invoked (the Maven plugin maps its
 * parameters onto this one record).
 *
 * @param directory       where the filings are, e.g. {@code filings/}
 * @param includes        glob patterns of filings to take, relative to {@code directory} ({@code **}{@code /*.yaml})
 * @param excludes        glob patterns to leave out
 * @param outputDirectory where workbooks, pages, the index and reports go
 * @param formats         which renderings to write
 * @param failOnWarning   whether warnings fail the check like errors
 * @param rules           severity overrides
 * @param defaultProfile  taxonomy profile for filings that declare none
 * @param locale          language of messages (Chinese unless English is asked for)
 * @param reports         report files to write, by format (console output is always printed)
 * @param baseDirectory   paths in messages and reports are shown relative to this; null shows them absolute
 * @param toolVersion     the version of the calling tool, part of the up-to-date fingerprint
 */
public record BuildOptions(Path directory, List<String> includes, List<String> excludes, Path outputDirectory,
                           Set<OutputFormat> formats, boolean failOnWarning, RuleConfig rules,
                           String defaultProfile, Locale locale, Map<ReportFormat, Path> reports,
                           Path baseDirectory, String toolVersion) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml");

    public BuildOptions {
        includes = List.copyOf(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        excludes = List.copyOf(excludes);
        formats = Set.copyOf(formats);
        reports = Map.copyOf(reports);
    }

    /** The two renderings. */
    public enum OutputFormat {
        XLSX,
        HTML;

        /** Reads {@code xlsx} or {@code html} (any case). */
        public static OutputFormat parse(String text) {
            return OutputFormat.valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }
}
