package io.jixiao.render.site;

import io.jixiao.check.CheckedFiling;
import io.jixiao.check.CheckedFolder;
import io.jixiao.check.FileCheck;
import io.jixiao.check.Fingerprints;
import io.jixiao.check.FolderCheck;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.finding.Severity;
import io.jixiao.model.Filing;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.render.Renderer;
import io.jixiao.render.TooManyCellsException;
import io.jixiao.render.html.FindingCounts;
import io.jixiao.render.html.IndexEntry;
import io.jixiao.render.html.IndexPage;
import io.jixiao.report.JixiaoVersion;
import io.jixiao.report.Reports;
import io.jixiao.text.PathText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The whole-folder render: from a folder that has already been checked, each valid filing's workbook and page (in
 * parallel), then the index of all filings. A filing whose content, findings and configuration are unchanged since
 * the last run, and whose outputs still exist, keeps its outputs untouched, and an unchanged index is not rewritten.
 * Every file is written atomically; the outputs are byte-identical from run to run.
 *
 * <p>{@code <folder>/X/Y.yaml} becomes {@code <out>/X/Y.xlsx} and {@code <out>/X/Y.html}, never anything outside
 * {@code <out>} ({@link OutputPaths}); a filing whose tables are too large to draw is refused with a finding. A
 * filing with errors is rendered too, whenever it could be read into the model (its errors are the rules', not the
 * structure's): that is when people most need to see the tables. Its page shows every finding beside its row, its workbook carries them as
 * cell comments, and the index lists its first errors. A workbook of a filing without errors stays clean for
 * publication (its warnings are on the page). A filing that could not be read (YAML or schema errors) gets only its
 * index line, with the errors that kept it out.
 *
 * <p>Durability. Every output is written to a temporary file and renamed over its target, so a reader never sees
 * half a workbook or page. The outputs of the filings are not flushed to disk one by one as they are written (a
 * flush per file was several milliseconds each, two files per filing, on the render's critical path): they are
 * flushed together at the end of the run, and only then is the up-to-date state written, flushed, that says they
 * are current. A power cut during the run can therefore leave an output that is empty or stale, but never one that
 * the state vouches for: the state on disk is still the previous run's, whose outputs were flushed before it, or
 * it names outputs of this run only after they are on disk (the one exception, outputs deleted since the previous
 * state vouched for them, are flushed as they are written). The next run renders again whatever the state does
 * not vouch for. Outputs are derived from the filings, which are never written, so nothing filed can be lost.
 *
 * <p>{@link #render(FolderCheck, Map)} checks and renders in one stream: each department folder is drawn as soon as
 * it is checked, with the models the check read, and only index lines are kept, so memory does not grow with the
 * filings. {@link #render(CheckedFolder)} draws a folder checked before. Both are built on a {@link Pass} that
 * takes filings one at a time. A filing whose outputs are up to date is not drawn, and its model is never read.
 */
public final class SiteRender {

    private final SiteOptions options;
    private final Messages messages;
    private final BiConsumer<Severity, String> log;
    private final Renderer renderer;
    private final FindingPrinter printer;

    /** @param log receives the summary line (with a null severity) */
    public SiteRender(SiteOptions options, BiConsumer<Severity, String> log) {
        this.options = options;
        this.messages = Messages.forLocale(options.locale());
        this.log = log;
        this.renderer = new Renderer(messages);
        this.printer = new FindingPrinter(messages);
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
            if (file.identity() != null) {
                byFolderAndYear.putIfAbsent(key(file.file(), file.identity().year()), file);
            }
        }
        try {
            checked.result().files().parallelStream().forEach(file -> {
                FileCheck last = file.identity() == null ? null
                        : byFolderAndYear.get(key(file.file(), file.identity().year() - 1));
                pass.add(file, () -> checked.filing(file.file()), checked.contentOf(file.file()),
                        last == null ? null : () -> checked.filing(last.file()),
                        last == null ? null : checked.contentOf(last.file()));
            });
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
        return pass.finish();
    }

    /**
     * Checks the folder and renders each department folder as it is checked, then the index, and prints the
     * summary. Reuses a checked folder an earlier goal kept in {@code shared} (see {@link FolderCheck}), and
     * otherwise the check's incremental cache, so a render with nothing changed reads and fingerprints the
     * filings and draws nothing.
     *
     * @param shared a mutable map that lives as long as the build, or null
     * @throws IOException when the folder cannot be listed or an output cannot be written
     */
    public RenderSummary render(FolderCheck check, Map<String, Object> shared) throws IOException {
        Pass pass = start(check.options().directory(), check.configuration());
        try {
            check.forEachFolder(shared, filings -> {
                Map<Integer, CheckedFiling> byYear = new HashMap<>();
                filings.stream().filter(f -> f.check().identity() != null)
                        .forEach(f -> byYear.putIfAbsent(f.check().identity().year(), f));
                filings.parallelStream().forEach(filing -> {
                    CheckedFiling last = filing.check().identity() == null ? null
                            : byYear.get(filing.check().identity().year() - 1);
                    pass.add(filing.check(), filing::filing, filing.contentHash(),
                            last == null ? null : last::filing, last == null ? null : last.contentHash());
                });
            });
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
        FolderCheck.shareRenderRefusals(shared, List.copyOf(pass.refusals));
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
        /** Outputs written in this run and not yet flushed to disk (see the class comment on durability). */
        private final ConcurrentLinkedQueue<Path> written = new ConcurrentLinkedQueue<>();
        /** The findings of the filings refused, for the check goal of the same build to fail on. */
        private final ConcurrentLinkedQueue<Finding> refusals = new ConcurrentLinkedQueue<>();

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
         * @param model       the filing's model (asked for only when the filing is drawn)
         * @param contentHash the filing's content fingerprint when it was checked ({@link Fingerprints#ofFile})
         * @throws UncheckedIOException when its outputs cannot be written
         */
        public void add(FileCheck file, Supplier<Optional<Filing>> model, String contentHash) {
            add(file, model, contentHash, null, null);
        }

        /**
         * Renders one checked filing with the same department's previous-year filing beside it: 上年指标值 with ▲ ▼
         * on the page and in the workbook, and the index's count of targets raised, lowered, new and dropped with
         * the budget's change. The department is the filing's folder, as the check's cross-year rules see it.
         *
         * @param lastYear     the previous-year filing's model (asked for only when this filing is drawn), or null
         *                     when the folder has none
         * @param lastYearHash its content fingerprint (a change to it renders this filing again), or null
         */
        public void add(FileCheck file, Supplier<Optional<Filing>> model, String contentHash,
                        Supplier<Optional<Filing>> lastYear, String lastYearHash) {
            outcomes.add(render(file, model, contentHash, lastYear, lastYearHash));
        }

        /** Writes the index (when pages are wanted) and the up-to-date state, and prints the summary. */
        public RenderSummary finish() throws IOException {
            Path out = options.outputDirectory();
            Reports.flush(written);
            if (options.formats().contains(OutputFormat.HTML)) {
                boolean review = Files.isRegularFile(out.resolve(IndexPage.REVIEW_PAGE));
                writeIfChanged(out.resolve("index.html"), new IndexPage(messages)
                        .render(outcomes.stream().map(Outcome::entry).toList(), review)
                        .getBytes(StandardCharsets.UTF_8));
            }
            Map<String, String> hashes = new TreeMap<>();
            Map<String, IndexEntry.YearChange> changes = new TreeMap<>();
            for (Outcome o : outcomes) {
                if (o.hash() != null) {
                    hashes.put(o.entry().source(), o.hash());
                    if (o.entry().yearChange() != null) {
                        changes.put(o.entry().source(), o.entry().yearChange());
                    }
                }
            }
            new RenderState(fingerprint, hashes, changes).write(out);
            RenderSummary summary = new RenderSummary(outcomes.size(), count(State.RENDERED),
                    count(State.UP_TO_DATE), count(State.NOT_RENDERED), (System.nanoTime() - start) / 1_000_000);
            log.accept(null, messages.format("summary.render", summary.filings(), summary.rendered(),
                    summary.upToDate(), summary.notRendered(), out.toString(), seconds(summary.millis())));
            return summary;
        }

        private int count(State state) {
            return (int) outcomes.stream().filter(o -> o.state() == state).count();
        }

        private Outcome render(FileCheck file, Supplier<Optional<Filing>> model, String contentHash,
                               Supplier<Optional<Filing>> lastYearModel, String lastYearHash) {
            String relative = relative(root, file.file());
            FindingCounts counts = FindingCounts.of(file.findings());
            Optional<FileCheck.Identity> filed = Optional.ofNullable(file.identity());
            List<String> errors = IndexEntry.errorTexts(file.findings(), messages);
            if (filed.isEmpty()) { // no model could be built: the index says which errors kept it out
                return new Outcome(IndexEntry.notRendered(relative, null, null, counts, errors), State.NOT_RENDERED,
                        null);
            }
            OutputPaths.Resolved outputs = OutputPaths.of(options.outputDirectory(), root, file.file());
            if (outputs.refusal() != null) {
                return refused(file, relative, outputs.refusal());
            }
            String base = outputs.outputs().link();
            Path xlsx = outputs.outputs().xlsx();
            Path html = outputs.outputs().html();
            boolean wantXlsx = options.formats().contains(OutputFormat.XLSX);
            boolean wantHtml = options.formats().contains(OutputFormat.HTML);
            IndexEntry entry = IndexEntry.rendered(relative, filed.get().department(), filed.get().year(),
                    wantHtml ? base + ".html" : base + ".xlsx", wantXlsx ? base + ".xlsx" : null, counts, errors);
            String hash = hash(file, contentHash);
            if (lastYearHash != null) {
                hash = Fingerprints.of(hash, lastYearHash);
            }
            boolean outputsExist = (!wantXlsx || Files.exists(xlsx)) && (!wantHtml || Files.exists(html));
            boolean vouched = fingerprint.equals(previous.fingerprint())
                    && hash.equals(previous.filings().get(relative));
            if (vouched && outputsExist) {
                // Up to date: neither model is read; the index keeps the comparison recorded when it was drawn.
                IndexEntry.YearChange recorded = previous.yearChanges().get(relative);
                return new Outcome(recorded == null ? entry : entry.withYearChange(recorded), State.UP_TO_DATE, hash);
            }
            Optional<Filing> filing = model.get();
            if (filing.isEmpty()) { // changed on disk since it was checked; the next run checks and draws it
                return new Outcome(entry, State.NOT_RENDERED, null);
            }
            Filing lastYear = lastYearModel == null ? null : lastYearModel.get().orElse(null);
            PreviousYear marks = renderer.previous(filing.get(), lastYear);
            if (marks.present()) {
                entry = entry.withYearChange(IndexEntry.YearChange.of(lastYear.year(), marks.changes().counts(),
                        marks.changes().budget()));
            }
            // When the previous state already vouches for these outputs (they were deleted since), they are flushed
            // at once: a power cut before this run's state is written would leave that state vouching for them.
            boolean flushNow = vouched;
            try {
                if (wantXlsx) {
                    write(xlsx, renderer.xlsx(filing.get(), lastYear, errors.isEmpty() ? List.of() : file.findings()),
                            flushNow);
                }
                if (wantHtml) {
                    write(html, renderer.html(filing.get(), lastYear, file.findings()).getBytes(StandardCharsets.UTF_8),
                            flushNow);
                }
            } catch (TooManyCellsException e) {
                return refused(file, relative, Diagnostic.LIMIT_CELLS.finding(file.file(), 0, 0, "", "cells",
                        e.cells(), e.limit()));
            } catch (IOException e) {
                throw new UncheckedIOException(messages.format("build.cannotWrite", relative,
                        String.valueOf(e.getMessage())), e);
            }
            return new Outcome(entry, State.RENDERED, hash);
        }

        /** Replaces an output atomically; unless {@code flushNow}, it is flushed in {@link #finish()}. */
        private void write(Path target, byte[] content, boolean flushNow) throws IOException {
            Reports.writeAtomically(target, content, flushNow);
            if (!flushNow) {
                written.add(target);
            }
        }

        /**
         * A filing whose outputs are refused (an output path that would leave the output folder, too many cells):
         * the finding is logged as an error and shown in the index, and nothing is written.
         */
        private Outcome refused(FileCheck file, String relative, Finding refusal) {
            log.accept(Severity.ERROR, printer.print(refusal, file.sourceLines()));
            refusals.add(refusal);
            List<Finding> findings = new java.util.ArrayList<>(file.findings());
            findings.add(refusal);
            Optional<FileCheck.Identity> filed = Optional.ofNullable(file.identity());
            return new Outcome(IndexEntry.notRendered(relative, filed.map(FileCheck.Identity::department).orElse(null),
                    filed.map(FileCheck.Identity::year).orElse(null), FindingCounts.of(findings),
                    IndexEntry.errorTexts(findings, messages)), State.NOT_RENDERED, null);
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
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        Reports.writeAtomically(target, content);
    }

    /** A filing's department and year: its folder, as the check's cross-year rules take it. */
    private static String key(Path file, int year) {
        return file.toAbsolutePath().normalize().getParent() + "|" + year;
    }

    /** The filing as the index shows it: relative to the filings folder, {@code /} between names, escaped. */
    private static String relative(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return PathText.of(f.startsWith(r) ? r.relativize(f) : f.getFileName());
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
