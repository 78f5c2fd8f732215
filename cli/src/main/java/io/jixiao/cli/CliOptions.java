package io.jixiao.cli;

import io.jixiao.check.CheckOptions;
import io.jixiao.model.FilingBinder;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.report.ReportFormat;
import io.jixiao.rules.RuleConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line's options, named after the plugin's parameters ({@code jixiao.locale} is {@code --locale}), and
 * their meaning as the check's {@link CheckOptions}. Parsing collects the paths and throws a {@link UsageException}
 * with the message key of the first fault, in the language asked for.
 *
 * @param paths         files and folders to check, as given
 * @param locale        language of messages
 * @param rules         severity overrides
 * @param profile       taxonomy profile for filings that declare none
 * @param failOnWarning whether warnings fail like errors
 * @param reports       report files to write
 * @param includes      globs of filings taken from a folder argument
 * @param excludes      globs left out of a folder argument
 * @param absolutePaths show paths absolute instead of relative to the current folder
 * @param help          print the usage and stop
 */
record CliOptions(List<Path> paths, Locale locale, RuleConfig rules, String profile, boolean failOnWarning,
                  Map<ReportFormat, Path> reports, List<String> includes, List<String> excludes,
                  boolean absolutePaths, boolean help) {

    /** The report formats written to files; console text is always printed. */
    static final Set<ReportFormat> FILE_REPORTS = EnumSet.of(ReportFormat.SARIF, ReportFormat.JUNIT,
            ReportFormat.GITLAB);

    /** A fault in the command line: a message key of the CLI's bundle and its arguments. */
    static final class UsageException extends Exception {
        final String key;
        final transient Object[] arguments;
        final Locale locale;

        UsageException(Locale locale, String key, Object... arguments) {
            super(key);
            this.locale = locale;
            this.key = key;
            this.arguments = arguments;
        }
    }

    /** Parses the arguments after {@code check}. */
    static CliOptions parse(List<String> args) throws UsageException {
        Locale locale = localeOf(args);
        List<Path> paths = new ArrayList<>();
        List<String> ruleTexts = new ArrayList<>();
        String profile = FilingBinder.DEFAULT_PROFILE;
        boolean failOnWarning = false;
        String reports = null;
        Path outputDirectory = Path.of("target", "jixiao");
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        boolean absolute = false;
        boolean help = false;
        boolean onlyPaths = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPaths || !arg.startsWith("-") || arg.equals("-")) {
                paths.add(Path.of(arg));
                continue;
            }
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            switch (name) {
                case "--" -> onlyPaths = true;
                case "-h", "--help" -> help = true;
                case "--fail-on-warning" -> failOnWarning = true;
                case "--absolute-paths" -> absolute = true;
                case "--locale" -> i = skipValue(args, i, inline, locale);
                case "--rules" -> { // several are joined, as in jixiao.rules=A=off,B=error
                    ruleTexts.add(value(args, i, inline, locale));
                    i += inline == null ? 1 : 0;
                }
                case "--profile" -> {
                    profile = value(args, i, inline, locale).strip();
                    i += inline == null ? 1 : 0;
                    if (TaxonomyProfile.load(profile).isEmpty()) {
                        throw new UsageException(locale, "cli.profile.unknown", profile,
                                String.join(", ", TaxonomyProfile.IDS));
                    }
                }
                case "--reports" -> {
                    reports = value(args, i, inline, locale);
                    i += inline == null ? 1 : 0;
                }
                case "--output-directory" -> {
                    outputDirectory = Path.of(value(args, i, inline, locale));
                    i += inline == null ? 1 : 0;
                }
                case "--includes" -> {
                    includes.addAll(list(value(args, i, inline, locale)));
                    i += inline == null ? 1 : 0;
                }
                case "--excludes" -> {
                    excludes.addAll(list(value(args, i, inline, locale)));
                    i += inline == null ? 1 : 0;
                }
                default -> throw new UsageException(locale, "cli.option.unknown", arg);
            }
        }
        String ruleText = String.join(",", ruleTexts);
        RuleConfig rules;
        try {
            rules = RuleConfig.parse(ruleText);
        } catch (IllegalArgumentException e) {
            throw new UsageException(locale, "cli.rules.invalid", ruleText, e.getMessage());
        }
        if (paths.isEmpty() && !help) {
            throw new UsageException(locale, "cli.paths.none");
        }
        return new CliOptions(List.copyOf(paths), locale, rules, profile, failOnWarning,
                reports(reports, outputDirectory, locale), List.copyOf(includes), List.copyOf(excludes), absolute,
                help);
    }

    /** The check's options for a folder argument (or, for file arguments, the folder they are shown relative to). */
    CheckOptions checkOptions(Path directory) {
        return new CheckOptions(directory, includes, excludes, rules, profile, locale, failOnWarning, reports,
                absolutePaths ? null : Path.of("").toAbsolutePath());
    }

    /**
     * The language, found first so that every later fault is reported in it; Chinese when none is given, and when
     * the one given is unknown (that fault is then reported in Chinese).
     */
    static Locale localeOf(List<String> args) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            String text = null;
            if (arg.equals("--locale") && i + 1 < args.size()) {
                text = args.get(i + 1);
            } else if (arg.startsWith("--locale=")) {
                text = arg.substring("--locale=".length());
            }
            if (text != null) {
                String wanted = text;
                return knownLocale(text).orElseThrow(
                        () -> new UsageException(Locale.CHINESE, "cli.locale.unknown", wanted));
            }
        }
        return Locale.CHINESE;
    }

    /** {@code zh} or {@code en}, as the plugin's {@code jixiao.locale} takes them. */
    static Optional<Locale> knownLocale(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn" -> Optional.of(Locale.CHINESE);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    private static Map<ReportFormat, Path> reports(String text, Path outputDirectory, Locale locale)
            throws UsageException {
        Map<ReportFormat, Path> reports = new EnumMap<>(ReportFormat.class);
        for (String id : list(text)) {
            Optional<ReportFormat> format = Arrays.stream(ReportFormat.values())
                    .filter(f -> FILE_REPORTS.contains(f) && f.id().equalsIgnoreCase(id)).findFirst();
            if (format.isEmpty()) {
                throw new UsageException(locale, "cli.reports.unknown", id,
                        FILE_REPORTS.stream().map(ReportFormat::id).collect(Collectors.joining(", ")));
            }
            reports.put(format.get(), outputDirectory.resolve(format.get().defaultFileName()));
        }
        return reports;
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String value(List<String> args, int i, String inline, Locale locale) throws UsageException {
        if (inline != null) {
            return inline;
        }
        if (i + 1 >= args.size()) {
            throw new UsageException(locale, "cli.option.value", args.get(i));
        }
        return args.get(i + 1);
    }

    private static int skipValue(List<String> args, int i, String inline, Locale locale) throws UsageException {
        value(args, i, inline, locale);
        return inline == null ? i + 1 : i;
    }
}
