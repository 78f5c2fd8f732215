package io.jixiao.bench.harness;

import io.jixiao.bench.BareLoad;
import io.jixiao.finding.Messages;
import io.jixiao.parser.FilingParser;
import io.jixiao.render.Renderer;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.xlsx.XlsxWriter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The render ratio: jixiao writing the workbooks of a corpus against openpyxl writing the same cells, merges, sizes
 * and styles ({@code bench/openpyxl-peer.py}), CPU time in the same run. jixiao is measured as a user runs it
 * ({@code mvn verify} with {@code -Djixiao.formats=xlsx}: Maven start-up and the check included) and, for the
 * writer alone, in this JVM on the already-built grids (thread CPU time, one thread, after a warm-up).
 */
final class RenderPeer {

    private final Settings settings;
    private final ProcessRunner runner;
    private final Report report;

    RenderPeer(Settings settings, ProcessRunner runner, Report report) {
        this.settings = settings;
        this.runner = runner;
        this.report = report;
    }

    void measure(MavenRuns maven, Path corpus) throws Exception {
        String n = String.format("%,d", settings.renderCount());
        Measurement jixiao = report.add(new Measurement("render-xlsx", "check + render " + n + " filings (xlsx only)",
                "mvn verify -Djixiao.formats=xlsx, target/ deleted"));
        for (int r = 0; r < settings.runs(); r++) {
            jixiao.samples.add(maven.verify("render-xlsx", corpus, true, "-Djixiao.formats=xlsx"));
        }
        List<Path> files = BareLoad.files(corpus.resolve("filings"));
        inProcess(files, n);
        Measurement peer = report.add(new Measurement("openpyxl", "write " + n + " workbooks of the same cells",
                "openpyxl " + (settings.python() == null ? "(not installed)" : "(" + settings.python() + ")")));
        if (settings.python() == null) {
            peer.note = "skipped: no python3 with openpyxl (Debian: apt-get install python3-openpyxl)";
            report.note("openpyxl is not installed, so the render ratio against openpyxl is not measured "
                    + "(Debian: apt-get install python3-openpyxl).");
            Harness.say(peer.note);
            return;
        }
        Path grids = settings.out().resolve("grids.jsonl");
        int exported = GridExport.export(corpus.resolve("filings"), files, grids);
        Path script = settings.root().resolve("bench/openpyxl-peer.py");
        Path written = settings.out().resolve("openpyxl-out");
        for (int r = 0; r < settings.runs(); r++) {
            Harness.delete(written);
            peer.samples.add(runner.run("openpyxl", settings.out(), Map.of(), List.of(settings.python(),
                    script.toString(), grids.toString(), written.toString()), settings.timeout()));
        }
        peer.note = exported + " workbooks";
        Harness.say("render: jixiao " + Report.number(jixiao.cpu(), 1) + " s CPU, openpyxl "
                + Report.number(peer.cpu(), 1) + " s CPU");
    }

    /** XlsxWriter.toBytes on every filing's grids, on one thread; the grids are built before timing. */
    private void inProcess(List<Path> files, String n) {
        FilingParser parser = new FilingParser();
        Renderer renderer = new Renderer(Messages.chinese());
        List<List<Grid>> workbooks = new ArrayList<>();
        for (Path file : files) {
            parser.parse(file).filing().ifPresent(f -> workbooks.add(renderer.tables(f)));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Measurement m = report.add(new Measurement("xlsx-inprocess", "xlsx writer alone, " + n + " workbooks",
                "XlsxWriter.toBytes in the harness JVM, one thread (warm)"));
        long bytes = 0;
        for (List<Grid> grids : workbooks) { // warm-up
            bytes += XlsxWriter.toBytes(grids).length;
        }
        for (int r = 0; r < settings.runs(); r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            for (List<Grid> grids : workbooks) {
                bytes += XlsxWriter.toBytes(grids).length;
            }
            m.samples.add(new Sample((System.nanoTime() - t) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                    Double.NaN, 0));
        }
        m.note = String.format("%d workbooks, %.0f KB each", workbooks.size(),
                bytes / (double) (workbooks.size() * (settings.runs() + 1)) / 1024);
        Harness.say("xlsx writer alone: " + Report.number(m.cpu(), 2) + " s CPU for " + workbooks.size() + " workbooks");
    }
}
