package io.jixiao.build;

import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.check.FilingChecker;
import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import io.jixiao.model.Filing;
import io.jixiao.render.Renderer;
import io.jixiao.render.html.FindingCounts;
import io.jixiao.render.html.IndexEntry;
import io.jixiao.render.html.IndexPage;
import io.jixiao.report.GitHubAnnotations;
import io.jixiao.report.ReportFormat;
import io.jixiao.report.ReportOptions;
import io.jixiao.report.Reports;
import io.jixiao.rules.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One check or render run over a folder of filings, as a build tool performs it: find the files, check them all
 * (every finding of every file, then one verdict), print and write the reports, and render the valid filings,
 * skipping those whose outputs are already up to date. The Maven plugin is a thin adapter over this class.
 */
public final class JixiaoBuild {

    private final BuildOptions options;
    private final Messages messages;
    private final BiConsumer<Severity, String> log;
    private final Map<String, String> environment;

    /**
     * @param log         receives each output line with the severity it reports (null for plain information)
     * @param environment the process environment ({@code GITHUB_ACTIONS=true} adds workflow annotations)
     */
    public JixiaoBuild(BuildOptions options, BiConsumer<Severity, String> log, Map<String, String> environment) {
        this.options = options;
        this.messages = Messages.forLocale(options.locale());
        this.log = log;
        this.environment = Map.copyOf(environment);
    }

    /** Checks every filing, prints every finding and a summary, writes the configured reports. */
    public CheckSummary check() throws IOException {
        long start = System.nanoTime();
        CheckResult result = checkAll();
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
            log.accept(null, Reports.render(ReportFormat.GITHUB, result,
                    reportOptions.withBaseDirectory(GitHubAnnotations.workspace(environment))).stripTrailing());
        }
        CheckSummary summary = new CheckSummary(result.files().size(), result.count(Severity.ERROR),
                result.count(Severity.WARNING), result.count(Severity.INFO), result.failed(options.failOnWarning()),
                (System.nanoTime() - start) / 1_000_000);
        log.accept(null, messages.format("summary.check", summary.filings(), summary.errors(),
                summary.warnings(), summary.infos(), seconds(summary.millis())));
        return summary;
    }

    /**
     * Renders each valid filing's workbook and page (in parallel) and the index; filings whose content, findings
     * and configuration are unchanged since the last run keep their outputs untouched.
     */
    public RenderSummary render() throws IOException {
        long start = System.nanoTime();
        CheckResult result = checkAll();
        Path out = options.outputDirectory();
        RenderState previous = RenderState.read(out);
        String fingerprint = fingerprint();
        Renderer renderer = new Renderer(messages);
        List<RenderedFiling> outcomes = result.files().parallelStream()
                .map(file -> renderOne(file, renderer, previous, fingerprint)).toList();
        if (options.formats().contains(BuildOptions.OutputFormat.HTML)) {
            byte[] index = new IndexPage(messages).render(outcomes.stream().map(RenderedFiling::entry).toList())
                    .getBytes(StandardCharsets.UTF_8);
            writeIfChanged(out.resolve("index.html"), index);
        }
        Map<String, String> hashes = new TreeMap<>();
        outcomes.stream().filter(o -> o.hash() != null).forEach(o -> hashes.put(o.entry().source(), o.hash()));
        new RenderState(fingerprint, hashes).write(out);
        RenderSummary summary = new RenderSummary(outcomes.size(),
                (int) outcomes.stream().filter(o -> o.state() == State.RENDERED).count(),
                (int) outcomes.stream().filter(o -> o.state() == State.UP_TO_DATE).count(),
                (int) outcomes.stream().filter(o -> o.state() == State.NOT_RENDERED).count(),
                (System.nanoTime() - start) / 1_000_000);
        log.accept(null, messages.format("summary.render", summary.filings(), summary.rendered(),
                summary.upToDate(), summary.notRendered(), out.toString(), seconds(summary.millis())));
        return summary;
    }

    private enum State { RENDERED, UP_TO_DATE, NOT_RENDERED }

    private record RenderedFiling(IndexEntry entry, State state, String hash) {
    }

    private RenderedFiling renderOne(FileCheck file, Renderer renderer, RenderState previous, String fingerprint) {
        String relative = relative(options.directory(), file.file());
        FindingCounts counts = FindingCounts.of(file.findings());
        var filing = file.parse().filing();
        if (filing.isEmpty() || file.failed(false)) {
            return new RenderedFiling(IndexEntry.notRendered(relative, filing.map(Filing::department).orElse(null),
                    filing.map(Filing::year).orElse(null), counts, IndexEntry.errorTexts(file.findings(), messages)),
                    State.NOT_RENDERED, null);
        }
        String base = relative.replaceFirst("\\.ya?ml$", "");
        Path xlsx = options.outputDirectory().resolve(base + ".xlsx");
        Path html = options.outputDirectory().resolve(base + ".html");
        boolean wantXlsx = options.formats().contains(BuildOptions.OutputFormat.XLSX);
        boolean wantHtml = options.formats().contains(BuildOptions.OutputFormat.HTML);
        IndexEntry entry = IndexEntry.rendered(relative, filing.get().department(), filing.get().year(),
                wantHtml ? base + ".html" : base + ".xlsx", wantXlsx ? base + ".xlsx" : null, counts);
        String hash = hash(file);
        boolean outputsExist = (!wantXlsx || Files.exists(xlsx)) && (!wantHtml || Files.exists(html));
        if (fingerprint.equals(previous.fingerprint()) && hash.equals(previous.filings().get(relative))
                && outputsExist) {
            return new RenderedFiling(entry, State.UP_TO_DATE, hash);
        }
        try {
            if (wantXlsx) {
                renderer.writeXlsx(filing.get(), xlsx);
            }
            if (wantHtml) {
                renderer.writeHtml(filing.get(), file.findings(), html);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outputs of " + relative, e);
        }
        return new RenderedFiling(entry, State.RENDERED, hash);
    }

    private CheckResult checkAll() throws IOException {
        List<Path> files = FilingFinder.find(options.directory(), options.includes(), options.excludes());
        return new FilingChecker(options.rules(), options.defaultProfile()).check(files);
    }

    /** The finding with its file shown relative to the base directory, when one is set. */
    private Finding shown(Finding f) {
        Path base = options.baseDirectory();
        if (base == null) {
            return f.withFile(f.file().toAbsolutePath().normalize());
        }
        Path file = f.file().toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return f.withFile(file.startsWith(root) ? root.relativize(file) : file);
    }

    /** Tool version, rule set and everything configured that changes what a rendering looks like. */
    private String fingerprint() {
        return sha256(String.join("\n", options.toolVersion(), RuleSet.VERSION,
                new TreeMap<>(options.rules().overrides()).toString(), options.defaultProfile(),
                options.locale().toLanguageTag(), options.formats().stream().map(Enum::name).sorted().toList()
                        .toString()).getBytes(StandardCharsets.UTF_8));
    }

    /** A filing's content and its findings: a page shows findings, which can change with another year's file. */
    private static String hash(FileCheck file) {
        try {
            StringBuilder findings = new StringBuilder();
            file.findings().forEach(f -> findings.append(f.ruleId()).append(':').append(f.line()).append(':')
                    .append(f.column()).append(':').append(f.severity()).append(':').append(f.arguments())
                    .append('\n'));
            byte[] content = Files.readAllBytes(file.file());
            byte[] extra = findings.toString().getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(content, content.length + extra.length);
            System.arraycopy(extra, 0, all, content.length, extra.length);
            return sha256(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        Reports.writeAtomically(target, content);
    }

    private static String relative(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(r) ? r.relativize(f) : f.getFileName()).toString().replace('\\', '/');
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }

    /** The files a run would take, for callers that list them. */
    public List<Path> filings() throws IOException {
        return new ArrayList<>(FilingFinder.find(options.directory(), options.includes(), options.excludes()));
    }
}
