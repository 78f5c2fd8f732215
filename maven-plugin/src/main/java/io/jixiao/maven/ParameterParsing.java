package io.jixiao.maven;

import io.jixiao.finding.ConfigurationException;
import io.jixiao.finding.Messages;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.report.ReportFormat;
import io.jixiao.rules.RuleConfig;
import io.jixiao.schema.DidYouMean;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns the text a user writes in a POM or on the command line ({@code -Djixiao.rules=VALUE-COST=off}) into the typed
 * values of the check's options. Every method throws {@link IllegalArgumentException} naming the bad value in the
 * user's language, with the closest valid value when one is close ("did you mean"), so the Mojo can report all
 * configuration faults the same way.
 */
final class ParameterParsing {

    /** The report formats that are written to files; the console text is always printed to the build log. */
    static final Set<ReportFormat> FILE_REPORTS = EnumSet.of(ReportFormat.SARIF, ReportFormat.JUNIT,
            ReportFormat.GITLAB);

    /** The languages messages exist in, with other ways people name them. */
    private static final Map<String, List<String>> LOCALES = choices(
            "zh", List.of("cn", "chinese", "zh-hans", "zh_hans", "zho", "chi"),
            "en", List.of("english", "eng", "en-us", "en_us", "en-gb", "en_gb"));

    /** Report names people write for the formats jixiao has (GitLab calls its report "codequality"). */
    private static final Map<String, List<String>> REPORT_SYNONYMS = choices(
            "sarif", List.of("sarif2", "sarif-2.1.0"),
            "junit", List.of("junit-xml", "junitxml", "xml"),
            "gitlab", List.of("codequality", "code-quality", "code_quality", "gl-code-quality"));

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

    /**
     * The language asked for, when it is one messages exist in; Chinese when none is given. A regional tag names its
     * language ({@code zh-CN}, {@code zh_TW}, {@code en-US}).
     */
    static Optional<Locale> knownLocale(String text) {
        String tag = text == null || text.isBlank() ? "zh" : text.strip().toLowerCase(Locale.ROOT);
        String language = tag.split("[-_]", 2)[0];
        return switch (language) {
            case "zh" -> Optional.of(Locale.CHINESE);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    /** {@code zh} (also when not given) or {@code en}; messages exist in these two languages only. */
    Locale locale(String text) {
        return knownLocale(text).orElseThrow(() -> unknown("config.locale.unknown", text, LOCALES));
    }

    /**
     * A taxonomy profile id that exists, checked here so a typo fails before any filing is read. A profile's name
     * ({@code 湖南}) is answered with its id.
     */
    String profile(String id) {
        String wanted = id == null || id.isBlank() ? "national-2020" : id.strip();
        if (TaxonomyProfile.load(wanted).isEmpty()) {
            Map<String, List<String>> known = new LinkedHashMap<>();
            for (String profile : TaxonomyProfile.IDS) {
                // A form's printed name answers for it; the v1 ids (aliases) are known by their ids only.
                String name = TaxonomyProfile.load(profile).orElseThrow().name();
                known.put(profile, TaxonomyProfile.FORMS.contains(profile)
                        ? List.of(name, name.split("[（(]", 2)[0].strip()) : List.of());
            }
            // The start of one profile's printed name (湖南 for 湖南附表) names that profile.
            List<String> starting = known.entrySet().stream()
                    .filter(e -> wanted.length() >= 2 && !e.getValue().isEmpty()
                            && e.getValue().get(1).startsWith(wanted))
                    .map(Map.Entry::getKey).toList();
            if (starting.size() == 1) {
                throw fault("config.profile.unknown.suggest", wanted, List.copyOf(known.keySet()), starting.get(0));
            }
            throw unknown("config.profile.unknown", wanted, known);
        }
        return wanted;
    }

    /**
     * The folder of filings. One that does not exist, beside a folder with a name close to it ({@code filing} beside
     * {@code filings}), is a typo, and is answered with that folder; any other missing folder is left to the check,
     * which says it is missing.
     */
    Path directory(Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        if (Files.isDirectory(folder) || parent == null || !Files.isDirectory(parent) || folder.getFileName() == null) {
            return folder;
        }
        Map<String, List<String>> siblings = new LinkedHashMap<>();
        try (Stream<Path> children = Files.list(parent)) {
            children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .forEach(name -> siblings.put(name, List.of()));
        } catch (IOException e) {
            return folder;
        }
        Optional<String> close = DidYouMean.suggest(folder.getFileName().toString(), siblings);
        if (close.isPresent()) {
            throw fault("config.directory.suggest", folder.toString(), close.get());
        }
        return folder;
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
            if (id.equalsIgnoreCase(ReportFormat.GITHUB.id())) {
                throw fault("config.reports.github", id);
            }
            ReportFormat format = FILE_REPORTS.stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst()
                    .orElseThrow(() -> unknown("config.reports.unknown", id, REPORT_SYNONYMS));
            File file = explicit.get(format);
            reports.put(format, file != null ? file.toPath() : outputDirectory.resolve(format.defaultFileName()));
        }
        return reports;
    }

    /**
     * A non-empty comma-separated list of names such as {@code xlsx,html}, each read by {@code parse}, which throws
     * {@link IllegalArgumentException} for a name it does not know.
     *
     * @param known      each name a user may write, with other names people use for it
     * @param emptyKey   the message when no name is given
     * @param unknownKey the message for an unknown name ({0} the name, {1} the known ones; the key with
     *                   {@code .suggest} appended has {2}, the closest known name)
     */
    <T extends Enum<T>> Set<T> names(String text, Class<T> type, Function<String, T> parse,
                                     Map<String, List<String>> known, String emptyKey, String unknownKey) {
        List<String> names = list(text);
        if (names.isEmpty()) {
            throw fault(emptyKey);
        }
        Set<T> values = EnumSet.noneOf(type);
        for (String name : names) {
            try {
                values.add(parse.apply(name));
            } catch (IllegalArgumentException e) {
                throw unknown(unknownKey, name, known);
            }
        }
        return values;
    }

    /**
     * One of {@code known}: the names in order, each with the other names people use for it, from pairs of a name
     * and a list of synonyms.
     */
    static Map<String, List<String>> choices(Object... nameThenSynonyms) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSynonyms.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> synonyms = (List<String>) nameThenSynonyms[i + 1];
            choices.put((String) nameThenSynonyms[i], synonyms);
        }
        return choices;
    }

    /**
     * A value that is none of {@code known}: the message names the value and the known ones, and the closest known
     * one when a synonym or a near miss points at it ({@code <key>.suggest}).
     */
    private IllegalArgumentException unknown(String key, String given, Map<String, List<String>> known) {
        List<String> all = List.copyOf(known.keySet());
        String written = given == null ? "" : given.strip();
        return DidYouMean.suggest(written.toLowerCase(Locale.ROOT), known)
                .or(() -> DidYouMean.suggest(written, known))
                .map(suggestion -> fault(key + ".suggest", written, all, suggestion))
                .orElseGet(() -> fault(key, written, all));
    }

    /** A fault in the user's language; a list argument is joined with the language's separator (、 or ", "). */
    private IllegalArgumentException fault(String key, Object... arguments) {
        return new IllegalArgumentException(messages.format(key, arguments));
    }
}
