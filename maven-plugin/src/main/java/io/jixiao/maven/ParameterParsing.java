package io.jixiao.maven;

import io.jixiao.finding.ConfigurationException;
import io.jixiao.finding.Messages;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.report.ReportFormat;
import io.jixiao.rules.RuleConfig;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the text a user writes in a POM or on the command line ({@code -Djixiao.rules=VALUE-COST=off}) into the typed
 * values of the check's options. Every method throws {@link IllegalArgumentException} naming the bad value in the
 * user's language, so the Mojo can report all configuration faults the same way.
 */
final class ParameterParsing {

    /** The report formats that are written to files; the console text is always printed to the build log. */
    static final Set<ReportFormat> FILE_REPORTS = EnumSet.of(ReportFormat.SARIF, ReportFormat.JUNIT,
            ReportFormat.GITLAB);

    private final Messages messages;

    /** @param messages the language faults are reported in */
    ParameterParsing(Messages messages) {
        this.messages = messages;
    }

    /** A comma-separated list without blanks; null or blank gives an empty list. */
    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The language asked for, when it is one messages exist in; Chinese when none is given. */
    static Optional<Locale> knownLocale(String text) {
        String tag = text == null || text.isBlank() ? "zh" : text.strip().toLowerCase(Locale.ROOT);
        return switch (tag) {
            case "zh", "zh-cn", "zh_cn" -> Optional.of(Locale.CHINESE);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    /** {@code zh} (also when not given) or {@code en}; messages exist in these two languages only. */
    Locale locale(String text) {
        return knownLocale(text).orElseThrow(() -> fault("config.locale.unknown", text));
    }

    /** A taxonomy profile id that exists, checked here so a typo fails before any filing is read. */
    String profile(String id) {
        String wanted = id == null || id.isBlank() ? "national-2020" : id.strip();
        if (TaxonomyProfile.load(wanted).isEmpty()) {
            throw fault("config.profile.unknown", wanted, TaxonomyProfile.IDS);
        }
        return wanted;
    }

    /** Severity overrides such as {@code VALUE-COST=off, DUP-GOAL=error}. */
    RuleConfig rules(String text) {
        try {
            return RuleConfig.parse(text);
        } catch (ConfigurationException e) {
            throw fault("config.rules.invalid", text, e.message(messages));
        }
    }

    /**
     * The report files to write: each named format goes to its explicit path when one is given, else to its
     * conventional name in the output folder.
     */
    Map<ReportFormat, Path> reports(String text, Path outputDirectory, Map<ReportFormat, File> explicit) {
        Map<ReportFormat, Path> reports = new EnumMap<>(ReportFormat.class);
        for (String id : list(text)) {
            ReportFormat format = Arrays.stream(ReportFormat.values())
                    .filter(f -> FILE_REPORTS.contains(f) && f.id().equalsIgnoreCase(id)).findFirst()
                    .orElseThrow(() -> fault("config.reports.unknown", id,
                            FILE_REPORTS.stream().map(ReportFormat::id).toList()));
            File file = explicit.get(format);
            reports.put(format, file != null ? file.toPath() : outputDirectory.resolve(format.defaultFileName()));
        }
        return reports;
    }

    /**
     * A non-empty comma-separated list of names such as {@code xlsx,html}, each read by {@code parse}, which throws
     * {@link IllegalArgumentException} for a name it does not know.
     *
     * @param known      the names to suggest when one is unknown
     * @param emptyKey   the message when no name is given
     * @param unknownKey the message for an unknown name ({0} the name, {1} the known ones)
     */
    <T extends Enum<T>> Set<T> names(String text, Class<T> type, Function<String, T> parse, List<String> known,
                                     String emptyKey, String unknownKey) {
        List<String> names = list(text);
        if (names.isEmpty()) {
            throw fault(emptyKey);
        }
        Set<T> values = EnumSet.noneOf(type);
        for (String name : names) {
            try {
                values.add(parse.apply(name));
            } catch (IllegalArgumentException e) {
                throw fault(unknownKey, name, known);
            }
        }
        return values;
    }

    /** A fault in the user's language; a list argument is joined with the language's separator (、 or ", "). */
    private IllegalArgumentException fault(String key, Object... arguments) {
        return new IllegalArgumentException(messages.format(key, arguments));
    }
}
