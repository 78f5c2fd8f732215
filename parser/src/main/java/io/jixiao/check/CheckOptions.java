package io.jixiao.check;

import io.jixiao.model.FilingBinder;
import io.jixiao.report.ReportFormat;
import io.jixiao.rules.RuleConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a check of a folder is configured with, independent of how it is invoked (the Maven plugin maps its
 * parameters onto this one record; a pre-commit hook or an IDE can build it directly).
 *
 * @param directory      where the filings are, e.g. {@code filings/}; a department is a folder in it
 * @param includes       glob patterns of filings to take, relative to {@code directory}; empty means
 *                       {@link #DEFAULT_INCLUDES}
 * @param excludes       glob patterns to leave out
 * @param rules          severity overrides
 * @param defaultProfile taxonomy profile for filings that declare none
 * @param locale         language of messages, summaries and reports (Chinese unless English is asked for)
 * @param failOnWarning  whether warnings fail the check like errors
 * @param reports        report files to write, by format (the console text is always printed)
 * @param baseDirectory  paths in messages and reports are shown relative to this; null shows them absolute
 * @param cacheDirectory where findings are remembered between runs (the incremental check, see
 *                       {@link FolderCheck}), usually {@code .cache} in the output folder; null to check every
 *                       filing every time
 */
public record CheckOptions(Path directory, List<String> includes, List<String> excludes, RuleConfig rules,
                           String defaultProfile, Locale locale, boolean failOnWarning,
                           Map<ReportFormat, Path> reports, Path baseDirectory, Path cacheDirectory) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml");

    public CheckOptions {
        Objects.requireNonNull(directory, "directory");
        includes = List.copyOf(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(defaultProfile, "defaultProfile");
        Objects.requireNonNull(locale, "locale");
        reports = Map.copyOf(reports);
    }

    /** Options without a cache: every filing is checked every time. */
    public CheckOptions(Path directory, List<String> includes, List<String> excludes, RuleConfig rules,
                        String defaultProfile, Locale locale, boolean failOnWarning, Map<ReportFormat, Path> reports,
                        Path baseDirectory) {
        this(directory, includes, excludes, rules, defaultProfile, locale, failOnWarning, reports, baseDirectory,
                null);
    }

    /** The same options, remembering findings in {@code cache} between runs. */
    public CheckOptions withCacheDirectory(Path cache) {
        return new CheckOptions(directory, includes, excludes, rules, defaultProfile, locale, failOnWarning, reports,
                baseDirectory, cache);
    }

    /**
     * Every {@code .yaml} and {@code .yml} file under {@code directory}, default rules and profile, Chinese, only
     * errors fail, no report files, paths shown absolute, no cache.
     */
    public static CheckOptions of(Path directory) {
        return new CheckOptions(directory, List.of(), List.of(), RuleConfig.DEFAULTS, FilingBinder.DEFAULT_PROFILE,
                Locale.CHINESE, false, Map.of(), null);
    }
}
