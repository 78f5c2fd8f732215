package io.jixiao.check;

import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import io.jixiao.report.GitHubAnnotations;
import io.jixiao.report.JixiaoVersion;
import io.jixiao.report.ReportFormat;
import io.jixiao.report.ReportOptions;
import io.jixiao.report.Reports;
import io.jixiao.rules.RuleSet;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The check of a whole folder of filings as a build tool performs it: find the files, check them all with the
 * cross-file rules (every finding of every file, then one verdict), print every finding, write the reports and the
 * GitHub annotations, and print the summary. Knows nothing of Maven or of rendering.
 *
 * <p>Several goals of one build (check and render) need the same checked folder. They can share it through a map
 * that lives as long as the build (the Maven plugin passes its plugin context): whichever goal comes first checks
 * and keeps the result there, keyed by the {@linkplain CheckedFolder#fingerprint() fingerprint} of the configuration
 * and of every file's content, and the next one reuses it, so each filing is parsed once. A file edited between the
 * goals changes the fingerprint and is checked again. The result is held softly: when memory runs short the JVM may
 * drop it, and the next goal checks again instead of failing.
 */
public final class FolderCheck {

    /** Where a checked folder is kept in a shared map. */
    static final String SHARED_KEY = CheckedFolder.class.getName();

    private final CheckOptions options;
    private final FilingReader reader;
    private final Messages messages;

    public FolderCheck(CheckOptions options) {
        this(options, FilingReader.standard(options.rules()));
    }

    /** @param reader how files are parsed; {@link FilingReader#standard()} unless a caller wraps it */
    public FolderCheck(CheckOptions options, FilingReader reader) {
        this.options = options;
        this.reader = reader;
        this.messages = Messages.forLocale(options.locale());
    }

    /**
     * Checks every filing, prints every finding and a summary, writes the configured reports and, in GitHub
     * Actions, the workflow annotations.
     *
     * @param log         receives each output line with the severity it reports (null for plain information)
     * @param environment the process environment ({@code GITHUB_ACTIONS=true} adds workflow annotations)
     * @throws IOException when the folder cannot be listed or a report cannot be written (a filing that cannot be
     *                     read is a finding, not an exception)
     */
    public CheckSummary run(BiConsumer<Severity, String> log, Map<String, String> environment) throws IOException {
        return run(log, environment, new HashMap<>());
    }

    /**
     * {@link #run(BiConsumer, Map)}, reusing the result an earlier goal of the same build kept in {@code shared}
     * when nothing has changed since, and keeping this one there otherwise.
     */
    public CheckSummary run(BiConsumer<Severity, String> log, Map<String, String> environment,
                            Map<String, Object> shared) throws IOException {
        return run(log, commands -> log.accept(null, commands), environment, shared);
    }

    /**
     * {@link #run(BiConsumer, Map, Map)}, with the GitHub Actions workflow commands sent to {@code workflowCommands}
     * instead of the log: the runner only reads a command at the start of a line, so a caller whose log prefixes
     * its lines ({@code [INFO] }) prints them as they are.
     */
    public CheckSummary run(BiConsumer<Severity, String> log, Consumer<String> workflowCommands,
                            Map<String, String> environment, Map<String, Object> shared) throws IOException {
        long start = System.nanoTime();
        CheckResult result = checked(shared).result();
        FindingPrinter printer = new FindingPrinter(messages);
        for (FileCheck file : result.files()) {
            for (Finding finding : file.findings()) {
                log.accept(finding.severity(), printer.print(shown(finding), file.parse().sourceLines()));
            }
        }
        ReportOptions reportOptions = ReportOptions.defaults().withMessages(messages)
                .withBaseDirectory(options.baseDirectory()).withFailOnWarning(options.failOnWarning());
        for (Map.Entry<ReportFormat, Path> report : new TreeMap<>(options.reports()).entrySet()) {
            Reports.write(report.getKey(), result, reportOptions, report.getValue());
        }
        if (GitHubAnnotations.enabled(environment)) {
            workflowCommands.accept(Reports.render(ReportFormat.GITHUB, result,
                    reportOptions.withBaseDirectory(GitHubAnnotations.workspace(environment))).stripTrailing());
        }
        CheckSummary summary = new CheckSummary(result.files().size(), result.count(Severity.ERROR),
                result.count(Severity.WARNING), result.count(Severity.INFO), result.failed(options.failOnWarning()),
                (System.nanoTime() - start) / 1_000_000);
        log.accept(null, messages.format("summary.check", summary.filings(), summary.errors(),
                summary.warnings(), summary.infos(), seconds(summary.millis())));
        return summary;
    }

    /** Checks every filing without printing or writing anything: what a render is made from. */
    public CheckedFolder checked() throws IOException {
        return checked(new HashMap<>());
    }

    /**
     * {@link #checked()}, reusing the result kept in {@code shared} by an earlier goal of the same build when its
     * fingerprint matches (it is then taken out, so the map does not hold it longer than needed), and keeping a new
     * result there otherwise, for the goal after this one.
     *
     * @param shared a mutable map that lives as long as the build; other entries in it are left alone
     */
    public CheckedFolder checked(Map<String, Object> shared) throws IOException {
        List<Path> files = filings();
        Map<Path, String> contents = files.parallelStream()
                .collect(Collectors.toMap(Function.identity(), Fingerprints::ofFile));
        String configuration = Fingerprints.of(JixiaoVersion.get(), RuleSet.VERSION,
                new TreeMap<>(options.rules().overrides()).toString(), options.defaultProfile());
        String fingerprint = fingerprint(configuration, files, contents);
        if (shared.get(SHARED_KEY) instanceof SoftReference<?> kept && kept.get() instanceof CheckedFolder earlier
                && earlier.fingerprint().equals(fingerprint)) {
            shared.remove(SHARED_KEY);
            return earlier;
        }
        CheckResult result = new FilingChecker(options.rules(), options.defaultProfile(), reader).check(files);
        CheckedFolder checked = new CheckedFolder(options.directory(), configuration, fingerprint, contents, result);
        shared.put(SHARED_KEY, new SoftReference<>(checked));
        return checked;
    }

    /** The files a run takes, in path order. */
    public List<Path> filings() throws IOException {
        if (!Files.isDirectory(options.directory())) {
            throw new IOException(messages.format("build.notAFolder", options.directory().toString()));
        }
        return FilingFinder.find(options.directory(), options.includes(), options.excludes());
    }

    /** The configuration, the folder, and each filing's path and content, in path order. */
    private String fingerprint(String configuration, List<Path> files, Map<Path, String> contents) {
        StringBuilder all = new StringBuilder(configuration).append('\n')
                .append(options.directory().toAbsolutePath().normalize()).append('\n');
        for (Path file : files) {
            all.append(file).append('\0').append(contents.get(file)).append('\n');
        }
        return Fingerprints.of(all.toString());
    }

    /** The finding with its file shown relative to the base directory, when one is set. */
    private Finding shown(Finding f) {
        Path base = options.baseDirectory();
        Path file = f.file().toAbsolutePath().normalize();
        Path shown = file;
        if (base != null) {
            Path root = base.toAbsolutePath().normalize();
            shown = file.startsWith(root) ? root.relativize(file) : file;
        }
        return f.withFile(shown);
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
