package io.jixiao.maven;

import io.jixiao.build.BuildOptions.OutputFormat;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.report.ReportFormat;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the text a user writes in a POM or on the command line ({@code -Djixiao.formats=xlsx}) into the typed values
 * of {@link io.jixiao.build.BuildOptions}. Every method throws {@link IllegalArgumentException} naming the bad value,
 * so the Mojo can report all configuration faults the same way.
 */
final class ParameterParsing {

    /** The report formats that are written to files; the console text is always printed to the build log. */
    static final Set<ReportFormat> FILE_REPORTS = EnumSet.of(ReportFormat.SARIF, ReportFormat.JUNIT,
            ReportFormat.GITLAB);

    private ParameterParsing() {
    }

    /** A comma-separated list without blanks; null or blank gives an empty list. */
    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code xlsx,html} (any case); at least one is needed, or nothing would be rendered. */
    static Set<OutputFormat> formats(String text) {
        List<String> names = list(text);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("formats: give xlsx, html or both");
        }
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String name : names) {
            try {
                formats.add(OutputFormat.parse(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown output format: " + name + " (known: xlsx, html)", e);
            }
        }
        return formats;
    }

    /** {@code zh} (also when not given) or {@code en}; messages exist in these two languages only. */
    static Locale locale(String text) {
        String tag = text == null || text.isBlank() ? "zh" : text.strip().toLowerCase(Locale.ROOT);
        return switch (tag) {
            case "zh", "zh-cn", "zh_cn" -> Locale.CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("unknown locale: " + text + " (known: zh, en)");
        };
    }

    /** A taxonomy profile id that exists, checked here so a typo fails before any filing is read. */
    static String profile(String id) {
        String wanted = id == null || id.isBlank() ? "national-2020" : id.strip();
        if (TaxonomyProfile.load(wanted).isEmpty()) {
            throw new IllegalArgumentException("unknown taxonomy profile: " + wanted
                    + " (known: national-2020, mof-2021-101, hunan, hubei)");
        }
        return wanted;
    }

    /**
     * The report files to write: each named format goes to its explicit path when one is given, else to its
     * conventional name in the output folder.
     */
    static Map<ReportFormat, Path> reports(String text, Path outputDirectory, Map<ReportFormat, File> explicit) {
        Map<ReportFormat, Path> reports = new EnumMap<>(ReportFormat.class);
        for (String id : list(text)) {
            ReportFormat format = ReportFormat.fromId(id);
            if (!FILE_REPORTS.contains(format)) {
                throw new IllegalArgumentException("report format " + id + " is not written to a file here"
                        + " (known: sarif, junit, gitlab)");
            }
            File file = explicit.get(format);
            reports.put(format, file != null ? file.toPath() : outputDirectory.resolve(format.defaultFileName()));
        }
        return reports;
    }
}
