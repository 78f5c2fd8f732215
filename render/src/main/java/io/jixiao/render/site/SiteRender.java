package io.jixiao.render.site;

import io.jixiao.check.CheckedFolder;
import io.jixiao.check.FileCheck;
import io.jixiao.check.Fingerprints;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import io.jixiao.model.Filing;
import io.jixiao.render.Renderer;
import io.jixiao.render.html.FindingCounts;
import io.jixiao.render.html.IndexEntry;
import io.jixiao.render.html.IndexPage;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.report.JixiaoVersion;
import io.jixiao.report.Reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;

/**
 * The whole-folder render: from a folder that has already been checked, each valid filing's workbook and page (in
 * parallel), then the index of all filings. A filing whose content, findings and configuration are unchanged since
 * the last run, and whose outputs still exist, keeps its outputs untouched, and an unchanged index is not rewritten.
 * Every file is written atomically; the outputs are byte-identical from run to run.
 *
 * <p>{@code <folder>/X/Y.yaml} becomes {@code <out>/X/Y.xlsx} and {@code <out>/X/Y.html}. A filing with errors is
 * rendered too, whenever it could be read into the model (its errors are the rules', not the structure's): that is
 * when people most need to see the tables. Its page shows every finding beside its row, its workbook carries them as
 * cell comments, and the index lists its first errors. A workbook of a filing without errors stays clean for
 * publication (its warnings are on the page). A filing that could not be read (YAML or schema errors) gets only its
 * index line, with the errors that kept it out.
 *
 * <p>{@link #render(CheckedFolder)} is the one call. It is built on a {@link Pass} that takes filings one at a time
 * and keeps only their index lines, so a caller that checks department folder by department folder can hand each
 * one over and let its models go.
 */
public final class SiteRender {

    private final SiteOptions options;
    private final Messages messages;
    private final BiConsumer<Severity, String> log;
    private final Renderer renderer;

    /** @param log receives the summary line (with a null severity) */
    public SiteRender(SiteOptions options, BiConsumer<Severity, String> log) {
        this.options = options;
        this.messages = Messages.forLocale(options.locale());
        this.log = log;
        this.renderer = new Renderer(messages);
    }

    /**
     * Renders every filing of the checked folder and the index, and prints the summary.
     *
     * @throws IOException when an output cannot be written
     */
    public RenderSummary render(CheckedFolder checked) throws IOException {
        Pass pass = start(checked.directory(), checked.configuration());
        Map<String, FileCheck> byFolderAndYear = new HashMap<>();
        for (FileCheck file : checked.result().files()) {
            file.parse().filing().ifPresent(f -> byFolderAndYear.putIfAbsent(key(file, f.year()), file));
        }
        try {
            checked.result().files().parallelStream().forEach(file -> {
                FileCheck previous = file.parse().filing().map(f -> byFolderAndYear.get(key(file, f.year() - 1)))
                        .orElse(null);
                pass.add(file, checked.contentOf(file.file()), previous,
                        previous == null ? null : checked.contentOf(previous.file()));
            });
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
        return pass.finish();
    }

    /**
     * Begins a render of the filings under {@code filingsRoot}.
     *
     * @param configuration the check's {@linkplain CheckedFolder#configuration() configuration fingerprint}: when
     *                      it changes, every filing is rendered again
     */
    public Pass start(Path filingsRoot, String configuration) {
        return new Pass(filingsRoot, configuration);
    }

    /**
     * One render run: filings are added (from any thread, in any order), then {@link #finish()} writes the index
     * and the up-to-date state and prints the summary.
     */
    public final class Pass {

        private final long start = System.nanoTime();
        private final Path root;
        private final RenderState previous;
        private final String fingerprint;
        private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

        private Pass(Path root, String configuration) {
            this.root = root;
            this.previous = RenderState.read(options.outputDirectory());
            this.fingerprint = Fingerprints.of(JixiaoVersion.get(), configuration, options.locale().toLanguageTag(),
                    options.formats().stream().map(Enum::name).sorted().toList().toString());
        }

        /**
         * Renders one checked filing unless its outputs are up to date, or lists it as not rendered when it has
         * errors.
         *
         * @param contentHash the filing's content fingerprint when it was checked ({@link Fingerprints#ofFile})
         * @throws UncheckedIOException when its outputs cannot be written
         */
        public void add(FileCheck file, String contentHash) {
            add(file, contentHash, null, null);
        }

        /**
         * Renders one checked filing with the same department's previous-year filing beside it: 上年指标值 with ▲ ▼
         * on the page and in the workbook, and the index's count of targets raised, lowered, new and dropped with
         * the budget's change. The department is the filing's folder, as the check's cross-year rules see it.
         *
         * @param previousYear     the previous-year filing's check, or null when the folder has none
         * @param previousHash     its content fingerprint (a change to it renders this filing again), or null
         */
        public void add(FileCheck file, String contentHash, FileCheck previousYear, String previousHash) {
            outcomes.add(render(file, contentHash, previousYear, previousHash));
        }

        /** Writes the index (when pages are wanted) and the up-to-date state, and prints the summary. */
        public RenderSummary finish() throws IOException {
            Path out = options.outputDirectory();
            if (options.formats().contains(OutputFormat.HTML)) {
                boolean review = Files.isRegularFile(out.resolve(IndexPage.REVIEW_PAGE));
                writeIfChanged(out.resolve("index.html"), new IndexPage(messages)
                        .render(outcomes.stream().map(Outcome::entry).toList(), review)
                        .getBytes(StandardCharsets.UTF_8));
            }
            Map<String, String> hashes = new TreeMap<>();
            outcomes.stream().filter(o -> o.hash() != null).forEach(o -> hashes.put(o.entry().source(), o.hash()));
            new RenderState(fingerprint, hashes).write(out);
            RenderSummary summary = new RenderSummary(outcomes.size(), count(State.RENDERED),
                    count(State.UP_TO_DATE), count(State.NOT_RENDERED), (System.nanoTime() - start) / 1_000_000);
            log.accept(null, messages.format("summary.render", summary.filings(), summary.rendered(),
                    summary.upToDate(), summary.notRendered(), out.toString(), seconds(summary.millis())));
            return summary;
        }

        private int count(State state) {
            return (int) outcomes.stream().filter(o -> o.state() == state).count();
        }

        private Outcome render(FileCheck file, String contentHash, FileCheck previousCheck, String previousHash) {
            String relative = relative(root, file.file());
            FindingCounts counts = FindingCounts.of(file.findings());
            Optional<Filing> filing = file.parse().filing();
            List<String> errors = IndexEntry.errorTexts(file.findings(), messages);
            if (filing.isEmpty()) {
                return new Outcome(IndexEntry.notRendered(relative, null, null, counts, errors), State.NOT_RENDERED,
                        null);
            }
            String base = relative.replaceFirst("\\.ya?ml$", "");
            Path xlsx = options.outputDirectory().resolve(base + ".xlsx");
            Path html = options.outputDirectory().resolve(base + ".html");
            boolean wantXlsx = options.formats().contains(OutputFormat.XLSX);
            boolean wantHtml = options.formats().contains(OutputFormat.HTML);
            Filing lastYear = previousCheck == null ? null : previousCheck.parse().filing().orElse(null);
            PreviousYear marks = renderer.previous(filing.get(), lastYear);
            IndexEntry entry = IndexEntry.rendered(relative, filing.get().department(), filing.get().year(),
                    wantHtml ? base + ".html" : base + ".xlsx", wantXlsx ? base + ".xlsx" : null, counts, errors);
            if (marks.present()) {
                entry = entry.withYearChange(new IndexEntry.YearChange(lastYear.year(), marks.changes().counts(),
                        marks.changes().budget()));
            }
            String hash = hash(file, contentHash);
            if (previousHash != null) {
                hash = Fingerprints.of(hash, previousHash);
            }
            boolean outputsExist = (!wantXlsx || Files.exists(xlsx)) && (!wantHtml || Files.exists(html));
            if (fingerprint.equals(previous.fingerprint()) && hash.equals(previous.filings().get(relative))
                    && outputsExist) {
                return new Outcome(entry, State.UP_TO_DATE, hash);
            }
            try {
                if (wantXlsx) {
                    renderer.writeXlsx(filing.get(), lastYear, errors.isEmpty() ? List.of() : file.findings(),
                            xlsx);
                }
                if (wantHtml) {
                    renderer.writeHtml(filing.get(), lastYear, file.findings(), html);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(messages.format("build.cannotWrite", relative,
                        String.valueOf(e.getMessage())), e);
            }
            return new Outcome(entry, State.RENDERED, hash);
        }
    }

    private enum State { RENDERED, UP_TO_DATE, NOT_RENDERED }

    /** What became of one filing: its index line, and the hash recorded as up to date (null when not rendered). */
    private record Outcome(IndexEntry entry, State state, String hash) {
    }

    /** A filing's content and its findings: a page shows findings, which can change with another year's file. */
    private static String hash(FileCheck file, String contentHash) {
        StringBuilder findings = new StringBuilder();
        file.findings().forEach(f -> findings.append(f.ruleId()).append(':').append(f.line()).append(':')
                .append(f.column()).append(':').append(f.severity()).append(':').append(f.arguments())
                .append('\n'));
        return Fingerprints.of(contentHash, findings.toString());
    }

    private static void writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        Reports.writeAtomically(target, content);
    }

    /** A filing's department and year: its folder, as the check's cross-year rules take it. */
    private static String key(FileCheck file, int year) {
        return file.file().toAbsolutePath().normalize().getParent() + "|" + year;
    }

    private static String relative(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(r) ? r.relativize(f) : f.getFileName()).toString().replace('\\', '/');
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
