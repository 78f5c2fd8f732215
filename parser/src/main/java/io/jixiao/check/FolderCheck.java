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
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The check of a whole folder of filings as a build tool performs it: find the files, check them all with the
 * cross-file rules (every finding of every file, then one verdict), print every finding, write the reports and the
 * GitHub annotations, and print the summary. Knows nothing of Maven or of rendering.
 *
 * <p>Memory grows with findings, not with filings. The filings are checked department folder by department folder
 * ({@link FilingChecker}), a few folders at a time in parallel and handed over in {@link FilingOrder}; each folder's
 * models are let go once it is handed over. {@link #run} prints and reports each folder as it comes and keeps only
 * counts; {@link #checked} keeps every filing's findings ({@link CheckedFolder}) for a render.
 *
 * <p>With a cache folder ({@link CheckOptions#cacheDirectory()}), findings are remembered between runs
 * ({@link FindingsCache}): a filing is checked again only when its bytes, its department's previous-year filing or
 * the configuration changed, so a run with nothing changed reads and fingerprints the files and stops.
 *
 * <p>Several goals of one build (check and render) need the same checked folder. They can share it through a map
 * that lives as long as the build (the Maven plugin passes its plugin context): whichever goal comes first keeps
 * what it checked there — when it fits in a tenth of the heap, with the most recent models held softly — keyed by
 * the {@linkplain CheckedFolder#fingerprint() fingerprint} of the configuration and of every file's content, and the
 * next one reuses it, so each filing is parsed once. A file edited between the goals changes the fingerprint and is
 * checked again. The result is held softly: when memory runs short the JVM may drop it, and the next goal checks
 * again (from the cache) instead of failing.
 */
public final class FolderCheck {

    /** Where a checked folder is kept in a shared map. */
    static final String SHARED_KEY = CheckedFolder.class.getName();
    /** Where the render goal leaves, in a shared map, the findings of the filings it refused to draw. */
    static final String SHARED_REFUSALS = FolderCheck.class.getName() + ".renderRefusals";
    /** Annotation lines per log call: the log prefixes only a call's first line, which GitHub then ignores. */
    private static final int ANNOTATIONS_PER_CALL = 10_000;
    /** In the cache folder: the fingerprint and size of each report file as the last run wrote it. */
    static final String REPORTS_FILE = "reports.properties";

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

    public CheckOptions options() {
        return options;
    }

    /**
     * The fingerprint of everything besides the files that decides the findings: the jixiao and rule-set versions,
     * the severity overrides and the default taxonomy profile.
     */
    public String configuration() {
        return Fingerprints.of(JixiaoVersion.get(), RuleSet.VERSION,
                new TreeMap<>(options.rules().overrides()).toString(), options.defaultProfile());
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
        return run(log, environment, null);
    }

    /**
     * {@link #run(BiConsumer, Map)}, reusing the result an earlier goal of the same build kept in {@code shared}
     * when nothing has changed since, and keeping this one there otherwise (when it is small enough).
     *
     * @param shared a mutable map that lives as long as the build, or null; other entries in it are left alone
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
        ForkJoinPool pool = pool();
        try (Output output = new Output(log, workflowCommands, environment)) {
            Prepared prepared = prepare(pool);
            Map<Path, List<Finding>> refused = renderRefusals(shared);
            output.open(refused.isEmpty() ? prepared.fingerprint()
                    : Fingerprints.of(prepared.fingerprint(), "refused by the render", refused.toString()));
            CheckedFolder earlier = reusable(shared, prepared);
            if (earlier != null) {
                shared.remove(SHARED_KEY);
                for (FileCheck file : earlier.result().files()) {
                    output.add(withRefusals(file, refused));
                }
            } else {
                pass(prepared, pool, shared, folder -> folder.forEach(filing ->
                        output.add(withRefusals(filing.check(), refused))), true);
            }
            output.finish();
            return summary(output, log, start);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reports a result the caller checked itself, exactly as {@link #run} reports this folder's: prints every
     * finding and the summary, writes the configured reports (every time: there is no run fingerprint to say they
     * are current) and, in GitHub Actions, the annotations. The command line uses it for the files a pre-commit hook
     * names, which it checks with their department's other years so that cross-year rules find the same as a check
     * of the whole folder.
     *
     * @param start when the check began ({@link System#nanoTime()}), for the time the summary shows
     */
    public CheckSummary report(CheckResult result, BiConsumer<Severity, String> log, Map<String, String> environment,
                               long start) throws IOException {
        try (Output output = new Output(log, commands -> log.accept(null, commands), environment)) {
            output.open(null);
            for (FileCheck file : result.files()) {
                output.add(file);
            }
            output.finish();
            return summary(output, log, start);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Hands the findings of the filings a render refused to draw (too many cells, an output path that would leave
     * the output folder) to the check goal that follows it in the same build, which reports them with the rest and
     * fails the build on them: otherwise such a filing would pass check and stay unrendered with a green build.
     * Replaces what an earlier render of the build left.
     *
     * @param shared   the map that lives as long as the build (the plugin context), or null to do nothing
     * @param refusals the refusals, each a finding on the refused file
     */
    public static void shareRenderRefusals(Map<String, Object> shared, List<Finding> refusals) {
        if (shared == null) {
            return;
        }
        Map<Path, List<Finding>> byFile = new TreeMap<>();
        for (Finding refusal : refusals) {
            byFile.computeIfAbsent(refusal.file().toAbsolutePath().normalize(), f -> new ArrayList<>()).add(refusal);
        }
        shared.put(SHARED_REFUSALS, byFile);
    }

    @SuppressWarnings("unchecked")
    private static Map<Path, List<Finding>> renderRefusals(Map<String, Object> shared) {
        return shared != null && shared.get(SHARED_REFUSALS) instanceof Map<?, ?> byFile
                ? (Map<Path, List<Finding>>) byFile : Map.of();
    }

    /** The file's check with the render's refusals of it added, as errors of the check. */
    private static FileCheck withRefusals(FileCheck file, Map<Path, List<Finding>> refused) {
        List<Finding> refusals = refused.isEmpty() ? null : refused.get(file.file().toAbsolutePath().normalize());
        if (refusals == null) {
            return file;
        }
        List<Finding> findings = new ArrayList<>(file.findings());
        findings.addAll(refusals);
        return new FileCheck(file.file(), file.identity(), findings, file.sourceLines());
    }

    /** The summary of what the output received, printed as the last line. */
    private CheckSummary summary(Output output, BiConsumer<Severity, String> log, long start) {
        CheckSummary summary = new CheckSummary((int) output.files, output.errors, output.warnings,
                output.infos, output.failed, (System.nanoTime() - start) / 1_000_000);
        log.accept(null, messages.format("summary.check", summary.filings(), summary.errors(),
                summary.warnings(), summary.infos(), seconds(summary.millis())));
        return summary;
    }

    /** Checks every filing without printing or writing anything but the cache: what a render is made from. */
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
        ForkJoinPool pool = pool();
        try {
            Prepared prepared = prepare(pool);
            CheckedFolder earlier = reusable(shared, prepared);
            if (earlier != null) {
                shared.remove(SHARED_KEY);
                return earlier;
            }
            Kept kept = new Kept(Long.MAX_VALUE);
            pass(prepared, pool, null, folder -> folder.forEach(kept::add), false);
            CheckedFolder checked = kept.folder(prepared.fingerprint());
            shared.put(SHARED_KEY, new SoftReference<>(checked));
            return checked;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Hands every filing over department folder by department folder, in {@link FilingOrder}, while its model is
     * still in hand, and keeps nothing itself: what a whole-repository render streams from. Reuses (and takes out)
     * what an earlier goal kept in {@code shared}; otherwise keeps this check there when it is small enough, for
     * the goal after this one.
     *
     * @param shared a mutable map that lives as long as the build, or null
     * @return the {@linkplain #configuration() configuration fingerprint} of the check
     */
    public String forEachFolder(Map<String, Object> shared, Consumer<List<CheckedFiling>> folder)
            throws IOException {
        CheckedFolder earlier;
        ForkJoinPool pool = pool();
        try {
            Prepared prepared = prepare(pool);
            earlier = reusable(shared, prepared);
            if (earlier == null) {
                pass(prepared, pool, shared, folder, true);
                return configuration();
            }
        } finally {
            pool.shutdownNow();
        }
        shared.remove(SHARED_KEY);
        List<CheckedFiling> batch = new ArrayList<>();
        Path current = null;
        for (FileCheck file : earlier.result().files()) {
            Path parent = file.file().toAbsolutePath().normalize().getParent();
            if (!batch.isEmpty() && !java.util.Objects.equals(parent, current)) {
                folder.accept(List.copyOf(batch));
                batch.clear();
            }
            current = parent;
            batch.add(new CheckedFiling(file, earlier.contentOf(file.file()), null,
                    () -> earlier.filing(file.file())));
        }
        if (!batch.isEmpty()) {
            folder.accept(List.copyOf(batch));
        }
        return earlier.configuration();
    }

    /** The files a run reports on, in path order: the filings it reads and the candidates it refuses. */
    public List<Path> filings() throws IOException {
        return found().all();
    }

    /** The filings a run reads, and the candidates it refuses with the finding that says why. */
    public FilingFinder.Found found() throws IOException {
        if (!Files.isDirectory(options.directory())) {
            throw new IOException(messages.format("build.notAFolder", options.directory().toString()));
        }
        return FilingFinder.scan(options.directory(), options.includes(), options.excludes());
    }

    /**
     * The checked folder an earlier goal kept in {@code shared}, when it is of this folder and configuration and
     * every file is as it was; null otherwise.
     */
    private CheckedFolder reusable(Map<String, Object> shared, Prepared prepared) {
        CheckedFolder earlier = candidate(shared);
        return earlier != null && prepared.fingerprint().equals(earlier.fingerprint()) ? earlier : null;
    }

    /**
     * The filings of a run, by department folder in {@link FilingOrder}, each with its content fingerprint, and
     * the fingerprint of them all with the configuration.
     */
    private record Prepared(List<FilingOrder.Folder> folders, Map<Path, String> contents,
                            Map<Path, io.jixiao.finding.Finding> refused, String fingerprint) {
    }

    /**
     * Lists the filings and fingerprints each one's bytes, on every core. Done first, once: it is all a run with
     * nothing changed has to do besides reading the cache, and the fingerprint of the whole says whether an
     * earlier goal's result or the last reports still hold.
     */
    private Prepared prepare(ForkJoinPool pool) throws IOException {
        FilingFinder.Found found = found();
        List<Path> files = found.all();
        List<FilingOrder.Folder> folders = FilingOrder.group(files, options.directory());
        Map<Path, String> contents = new java.util.concurrent.ConcurrentHashMap<>(files.size() * 2);
        FileStamps stamps = FileStamps.read(options.cacheDirectory()); // let go once the contents are known
        join(CompletableFuture.runAsync(() -> files.parallelStream().forEach(file -> {
            Finding refusal = found.refused().get(file);
            contents.put(file, refusal != null ? FilingChecker.contentOf(file, refusal)
                    : stamps.content(file, () -> FilingChecker.contentOf(file, null)));
        }), pool));
        stamps.write();
        Fingerprint fingerprint = new Fingerprint(configuration(), options.directory());
        for (FilingOrder.Folder folder : folders) {
            for (Path file : folder.files()) {
                fingerprint.add(file, contents.get(file));
            }
        }
        return new Prepared(folders, contents, found.refused(), fingerprint.value());
    }

    /** A pool of one thread per core for a run's parallel work; the caller shuts it down. */
    private static ForkJoinPool pool() {
        return new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    /** What an earlier goal kept in {@code shared} for this folder and configuration, as it was then; or null. */
    private CheckedFolder candidate(Map<String, Object> shared) {
        if (shared == null || !(shared.get(SHARED_KEY) instanceof SoftReference<?> kept)
                || !(kept.get() instanceof CheckedFolder earlier)
                || !earlier.configuration().equals(configuration())
                || !earlier.directory().toAbsolutePath().normalize()
                .equals(options.directory().toAbsolutePath().normalize())) {
            return null;
        }
        return earlier;
    }

    /** A folder being checked, with what the cache gave for it. */
    private record InFlight(FilingOrder.Folder folder, byte[] stored,
                            CompletableFuture<FilingChecker.FolderOutcome> outcome) {
    }

    /**
     * The one pass over the filings: department folders checked a few at a time on the run's pool, handed over one
     * by one in {@link FilingOrder} with the cross-file findings added, the cache read and written as they go. A
     * folder remembered as it was is copied into the new cache as stored; when every folder was, and the old cache
     * had nothing else, the old cache is left as it is.
     *
     * @param shared where to keep this check for the next goal, if it fits a tenth of the heap; null not to
     * @param share  whether to keep it there
     */
    private void pass(Prepared prepared, ForkJoinPool pool, Map<String, Object> shared,
                      Consumer<List<CheckedFiling>> consumer, boolean share) throws IOException {
        String configuration = configuration();
        Kept kept = share && shared != null ? new Kept(Runtime.getRuntime().maxMemory() / 10) : null;
        CheckedFolder stale = candidate(shared); // files edited since: its models of the others still serve
        Path root = options.directory().toAbsolutePath().normalize();
        DuplicateFilings claims = new DuplicateFilings(file -> FilingOrder.slashes(
                root.relativize(file.toAbsolutePath().normalize())));
        FilingChecker checker = new FilingChecker(options.rules(), options.defaultProfile(), reader);
        int window = 2 * pool.getParallelism();
        ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
        boolean changed = false;
        try (FindingsCache.Reader cache = new FindingsCache.Reader(options.cacheDirectory(), configuration);
             FindingsCache.Writer writer = FindingsCache.Writer.open(options.cacheDirectory(), configuration)) {
            for (FilingOrder.Folder folder : prepared.folders()) {
                Map<String, FindingsCache.Entry> cached = cache.folder(folder.key());
                inFlight.add(new InFlight(folder, cache.lastBlock(), CompletableFuture.supplyAsync(
                        () -> checker.checkFolder(folder.files(), cached, prepared.contents(), prepared.refused()),
                        pool)));
                if (inFlight.size() > window) {
                    changed |= handOver(inFlight.poll(), writer, claims, kept, stale, consumer);
                }
            }
            while (!inFlight.isEmpty()) {
                changed |= handOver(inFlight.poll(), writer, claims, kept, stale, consumer);
            }
            if (writer != null && (changed || !cache.matchedExactly())) {
                writer.commit();
            }
        }
        if (kept != null && kept.fits()) {
            shared.put(SHARED_KEY, new SoftReference<>(kept.folder(prepared.fingerprint())));
        }
    }

    /** @return whether the folder's cache block changed */
    private boolean handOver(InFlight next, FindingsCache.Writer writer, DuplicateFilings claims, Kept kept,
                             CheckedFolder stale, Consumer<List<CheckedFiling>> consumer) throws IOException {
        FilingChecker.FolderOutcome outcome = join(next.outcome());
        boolean same = outcome.remembered() && next.stored() != null;
        if (writer != null) {
            if (same) {
                writer.block(next.stored());
            } else {
                writer.folder(next.folder().key(), outcome.entries());
            }
        }
        List<CheckedFiling> filings = new ArrayList<>(outcome.filings().size());
        for (CheckedFiling filing : outcome.filings()) {
            CheckedFiling claimed = filing.withCheck(claims.claim(filing.check())).orKept(stale);
            if (kept != null) {
                kept.add(claimed);
            }
            filings.add(claimed);
        }
        consumer.accept(filings);
        return !same;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The fingerprint of the configuration, the folder, and each filing's path and content, in filing order. */
    private static final class Fingerprint {
        private final MessageDigest digest;

        Fingerprint(String configuration, Path directory) {
            digest = Fingerprints.digest();
            update(configuration + "\n" + directory.toAbsolutePath().normalize() + "\n");
        }

        void add(Path file, String content) {
            update(file + "\0" + content + "\n");
        }

        private void update(String text) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
        }

        String value() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /**
     * What a run keeps of its filings for a render: every outcome and content fingerprint, and the most recent
     * models (softly, see {@link CheckedFolder.Models}), within a budget of bytes; past it, nothing at all.
     */
    private final class Kept {
        private final long budget;
        private long used;
        private List<FileCheck> files = new ArrayList<>();
        private Map<Path, String> contents = new HashMap<>();
        private CheckedFolder.Models models = new CheckedFolder.Models(CheckedFolder.Models.capacityForHeap(),
                reader);

        Kept(long budget) {
            this.budget = budget;
        }

        boolean fits() {
            return files != null;
        }

        void add(CheckedFiling filing) {
            if (files == null) {
                return;
            }
            used += estimate(filing.check());
            if (used > budget) {
                files = null;
                contents = null;
                models = null;
                return;
            }
            files.add(filing.check());
            contents.put(filing.check().file(), filing.contentHash());
            if (filing.parsed()) {
                filing.filing().ifPresent(model -> models.keep(filing.check().file(), model));
            }
        }

        CheckedFolder folder(String fingerprint) {
            return new CheckedFolder(options.directory(), configuration(), fingerprint, contents,
                    new CheckResult(files), models);
        }

        /** Roughly the bytes a kept outcome takes: its path, its findings and the lines they show. */
        private static long estimate(FileCheck check) {
            long bytes = 400;
            for (Finding f : check.findings()) {
                bytes += 250 + 2L * f.pointer().length() + 48L * f.arguments().size();
            }
            return bytes + 2 * ((io.jixiao.read.SourceLines) check.sourceLines()).keptChars();
        }
    }

    /**
     * Where a run's findings go as each folder is handed over: the log, the report files, the GitHub annotations
     * (spooled and printed at the end, after the findings, as one block per {@value #ANNOTATIONS_PER_CALL} lines),
     * and the counts of the summary.
     *
     * <p>A report is a pure function of the filings, the configuration and the report's own options, so a report
     * file written by an earlier run from the same fingerprint is left as it is (the fingerprints are kept in the
     * cache folder, {@value #REPORTS_FILE}); the findings are still printed.
     */
    private final class Output implements AutoCloseable {
        private final BiConsumer<Severity, String> log;
        private final Consumer<String> workflowCommands;
        private final Map<String, String> environment;
        private final FindingPrinter printer = new FindingPrinter(messages);
        private final ReportOptions reportOptions;
        private final List<Reports.ReportFile> reports = new ArrayList<>();
        private final java.util.Properties written = new java.util.Properties();
        private final Map<Path, String> writing = new HashMap<>();
        private Path annotations;
        private Reports.ReportFile github;
        long files;
        long errors;
        long warnings;
        long infos;
        boolean failed;

        Output(BiConsumer<Severity, String> log, Consumer<String> workflowCommands, Map<String, String> environment) {
            this.log = log;
            this.workflowCommands = workflowCommands;
            this.environment = environment;
            this.reportOptions = ReportOptions.defaults().withMessages(messages)
                    .withBaseDirectory(options.baseDirectory()).withFailOnWarning(options.failOnWarning());
        }

        /**
         * Opens the report files that are not already what this run would write.
         *
         * @param runFingerprint the run's fingerprint, or null for a result checked elsewhere: every report is then
         *                       written and none is recorded as current
         */
        void open(String runFingerprint) throws IOException {
            Path state = options.cacheDirectory() == null || runFingerprint == null ? null
                    : options.cacheDirectory().resolve(REPORTS_FILE);
            if (state != null && Files.isRegularFile(state)) {
                try (var in = Files.newBufferedReader(state, StandardCharsets.UTF_8)) {
                    written.load(in);
                } catch (IOException | IllegalArgumentException e) {
                    written.clear(); // a damaged record only means the reports are written again
                }
            }
            for (Map.Entry<ReportFormat, Path> report : new TreeMap<>(options.reports()).entrySet()) {
                Path target = report.getValue().toAbsolutePath().normalize();
                if (runFingerprint == null) {
                    reports.add(Reports.open(report.getKey(), reportOptions, target));
                    continue;
                }
                String fingerprint = Fingerprints.of(runFingerprint, report.getKey().id(), target.toString(),
                        String.valueOf(reportOptions.baseDirectory()), reportOptions.messages().languageTag(),
                        String.valueOf(reportOptions.failOnWarning()), reportOptions.jixiaoVersion(),
                        reportOptions.ruleSetVersion());
                String record = fingerprint + " " + (Files.isRegularFile(target) ? Files.size(target) : -1);
                if (state != null && record.equals(written.getProperty(target.toString()))) {
                    continue;
                }
                writing.put(target, fingerprint);
                reports.add(Reports.open(report.getKey(), reportOptions, target));
            }
            if (GitHubAnnotations.enabled(environment)) {
                annotations = Files.createTempFile("jixiao-annotations", ".txt");
                github = Reports.open(ReportFormat.GITHUB,
                        reportOptions.withBaseDirectory(GitHubAnnotations.workspace(environment)), annotations);
            }
        }

        void add(FileCheck file) {
            files++;
            errors += file.count(Severity.ERROR);
            warnings += file.count(Severity.WARNING);
            infos += file.count(Severity.INFO);
            failed |= file.failed(options.failOnWarning());
            for (Finding finding : file.findings()) {
                log.accept(finding.severity(), printer.print(shown(finding), file.sourceLines()));
            }
            try {
                for (Reports.ReportFile report : reports) {
                    report.add(file);
                }
                if (github != null) {
                    github.add(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finish() throws IOException {
            for (Reports.ReportFile report : reports) {
                report.finish();
            }
            if (options.cacheDirectory() != null && !writing.isEmpty()) {
                for (Map.Entry<Path, String> report : writing.entrySet()) {
                    written.setProperty(report.getKey().toString(),
                            report.getValue() + " " + Files.size(report.getKey()));
                }
                java.io.StringWriter text = new java.io.StringWriter();
                written.store(text, null);
                String stable = text.toString().lines().filter(l -> !l.startsWith("#")).sorted()
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
                Reports.writeAtomically(options.cacheDirectory().resolve(REPORTS_FILE),
                        stable.getBytes(StandardCharsets.UTF_8));
            }
            if (github != null) {
                github.finish();
                StringBuilder block = new StringBuilder();
                int lines = 0;
                try (var in = Files.newBufferedReader(annotations, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (lines == ANNOTATIONS_PER_CALL) {
                            workflowCommands.accept(block.toString());
                            block.setLength(0);
                            block.append('\n'); // the next call's first line: empty, so every annotation counts
                            lines = 0;
                        }
                        block.append(line).append('\n');
                        lines++;
                    }
                }
                workflowCommands.accept(block.toString().stripTrailing());
            }
        }

        @Override
        public void close() throws IOException {
            for (Reports.ReportFile report : reports) {
                report.close();
            }
            if (github != null) {
                github.close();
            }
            if (annotations != null) {
                Files.deleteIfExists(annotations);
            }
        }
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
