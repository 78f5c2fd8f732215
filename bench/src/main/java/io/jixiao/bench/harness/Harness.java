package io.jixiao.bench.harness;

import io.jixiao.bench.BareLoad;
import io.jixiao.bench.corpus.CorpusGenerator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole-run benchmark of issue 13: generates the corpora, runs every measurement on the same corpus in the same
 * run (so the ratios compare like with like on a noisy machine), and prints and writes the table and the acceptance
 * ratios to {@code bench/target/bench/results.md} and {@code results.json}. Started by {@code bench/run.sh}, which
 * builds what is measured first.
 *
 * <p>Every jixiao measurement goes through a real entry point in its own process: {@code mvn verify} on a generated
 * department repository (the plugin, Maven start-up included) and {@code java -jar jixiao-cli.jar}. The baseline
 * floor is {@link BareLoad}, a bare snakeyaml-engine load of the same files on every core, in its own JVM too, so
 * JVM start-up is on both sides of the ratio; the in-process figure is printed beside it.
 */
public final class Harness {

    private final Settings settings;
    private final ProcessRunner runner;
    private final Report report = new Report();
    private final Path corpora;

    private Harness(Settings settings) throws IOException {
        this.settings = settings;
        this.runner = new ProcessRunner(settings.out().resolve("logs"));
        this.corpora = settings.root().resolve("bench/target/corpora");
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        new Harness(settings).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        String loadBefore = loadAverage();
        say("jixiao benchmark: " + settings.describe());
        if (!ProcessRunner.hasGnuTime()) {
            report.note("/usr/bin/time is missing (Debian: apt-get install time): CPU time and peak RSS of the "
                    + "child processes are not measured.");
        }
        CorpusGenerator generator = new CorpusGenerator(settings.root().resolve("example-filings/filings"));
        Path check = corpus(generator, settings.checkCount());
        Path small = corpus(generator, settings.renderCount());
        MavenRuns maven = new MavenRuns(settings, runner, settings.out());
        maven.prepare(small);

        bareLoad(check);
        checkWholeCorpus(maven, check);
        noOpRuns(maven, small);
        new RenderPeer(settings, runner, report).measure(maven, small);
        singleFile(small);
        scale(generator);
        ratios();
        report.note("Load average (1, 5, 15 min) at the start: " + loadBefore + "; at the end: " + loadAverage()
                + ". Above the number of cores, other processes shared the CPU: wall times grow, CPU times less so.");

        String header = "## jixiao benchmark\n\n" + settings.describe() + "; medians of the runs shown; "
                + String.format("%.0f s in all", (System.nanoTime() - start) / 1e9) + ".";
        report.write(settings.out(), header, settings.asMap());
        System.out.println();
        System.out.println(report.markdown(header));
        say("written to " + settings.out().resolve("results.md") + " and results.json");
    }

    /** The corpus of {@code count} filings, generated once and kept in bench/target/corpora. */
    private Path corpus(CorpusGenerator generator, int count) throws IOException {
        Path folder = corpora.resolve("corpus-" + count + "-s" + settings.seed());
        long start = System.nanoTime();
        generator.generate(folder, count, settings.seed());
        say(String.format("corpus of %,d filings: %s (%.1f s)", count, folder, (System.nanoTime() - start) / 1e9));
        return folder;
    }

    /** The floor: a bare snakeyaml-engine load, in this JVM after a warm-up and in a JVM of its own. */
    private void bareLoad(Path corpus) throws Exception {
        String n = String.format("%,d", settings.checkCount());
        List<Path> files = BareLoad.files(corpus.resolve("filings"));
        BareLoad.loadAll(files); // warm-up: JIT and page cache
        Measurement inProcess = report.add(new Measurement("bare-inprocess", "bare YAML load of " + n + " filings",
                "snakeyaml-engine, in the harness JVM (warm)"));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < settings.runs(); r++) {
            long cpu = os.getProcessCpuTime();
            long t = System.nanoTime();
            BareLoad.loadAll(files);
            inProcess.samples.add(new Sample((System.nanoTime() - t) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
                    Double.NaN, 0));
        }
        Measurement jvm = report.add(new Measurement("bare-jvm", "bare YAML load of " + n + " filings",
                "snakeyaml-engine, own JVM (java -cp … BareLoad)"));
        for (int r = 0; r < settings.runs(); r++) {
            jvm.samples.add(runner.run("bare-load", corpus, Map.of(), List.of(settings.java(), "-cp",
                    settings.classpath(), BareLoad.class.getName(), "filings"), settings.timeout()));
        }
        say("bare load: " + Report.number(jvm.wall(), 2) + " s wall (own JVM), " + Report.number(inProcess.wall(), 2)
                + " s in-process");
    }

    /** check of the whole corpus through Maven and through the command line; a first run each time. */
    private void checkWholeCorpus(MavenRuns maven, Path corpus) throws Exception {
        String n = String.format("%,d", settings.checkCount());
        Measurement mvn = report.add(new Measurement("check-mvn", "check " + n + " filings",
                "mvn verify (plugin, render skipped)"));
        Measurement cli = report.add(new Measurement("check-cli", "check " + n + " filings",
                "java -jar jixiao-cli.jar check filings"));
        for (int r = 0; r < settings.runs(); r++) {
            mvn.samples.add(maven.verify("check-mvn", corpus, true, "-Djixiao.render.skip=true"));
            cli.samples.add(runner.run("check-cli", corpus, Map.of(), List.of(settings.java(), "-jar",
                    settings.cliJar().toString(), "check", "filings"), settings.timeout()));
        }
        say("check: " + Report.number(mvn.wall(), 2) + " s through Maven, " + Report.number(cli.wall(), 2)
                + " s through the CLI");
    }

    /** A first run and a rerun with nothing changed, of check alone and of check + render, alternating. */
    private void noOpRuns(MavenRuns maven, Path corpus) throws Exception {
        String n = String.format("%,d", settings.renderCount());
        Measurement checkFirst = report.add(new Measurement("check-first", "check " + n + " filings, first run",
                "mvn verify, target/ deleted"));
        Measurement checkNoOp = report.add(new Measurement("check-noop", "check " + n + " filings, no-op rerun",
                "mvn verify, nothing changed"));
        Measurement renderFirst = report.add(new Measurement("render-first",
                "check + render " + n + " filings (xlsx + html), first run", "mvn verify, target/ deleted"));
        Measurement renderNoOp = report.add(new Measurement("render-noop",
                "check + render " + n + " filings, no-op rerun", "mvn verify, nothing changed"));
        // What no rerun can go below: the same build with every jixiao goal skipped (Maven and JVM start-up).
        Measurement floor = report.add(new Measurement("maven-floor", "the same build, jixiao skipped",
                "mvn verify -Djixiao.skip=true"));
        for (int r = 0; r < settings.runs(); r++) {
            checkFirst.samples.add(maven.verify("check-first", corpus, true, "-Djixiao.render.skip=true"));
            checkNoOp.samples.add(maven.verify("check-noop", corpus, false, "-Djixiao.render.skip=true"));
            renderFirst.samples.add(maven.verify("render-first", corpus, true));
            renderNoOp.samples.add(maven.verify("render-noop", corpus, false));
            floor.samples.add(maven.verify("maven-floor", corpus, false, "-Djixiao.skip=true"));
        }
        say("no-op: check " + Report.number(checkNoOp.wall(), 2) + " s of " + Report.number(checkFirst.wall(), 2)
                + " s, render " + Report.number(renderNoOp.wall(), 2) + " s of " + Report.number(renderFirst.wall(), 2));
    }

    /**
     * One filing through the command line: with the JVM's defaults, with each short-run flag alone, and with all of
     * them as the pre-commit hook runs it, alternating so that all see the same machine. The filing's department
     * has other years, which are read too.
     */
    private void singleFile(Path corpus) throws Exception {
        Path file = fileWithPreviousYear(corpus.resolve("filings"));
        String relative = corpus.relativize(file).toString();
        String work = "check 1 filing (" + relative + ")";
        Path archive = settings.out().resolve("jixiao-cli.jsa");
        Files.deleteIfExists(archive);
        runner.run("cds-archive", corpus, Map.of(), CliFlags.java(settings, List.of(
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), relative),
                settings.timeout());
        List<String> cds = Files.isRegularFile(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off") : List.of();
        Map<Measurement, List<String>> variants = new LinkedHashMap<>();
        variants.put(report.add(new Measurement("single-default", work, "java -jar jixiao-cli.jar (JVM defaults)")),
                List.of());
        variants.put(report.add(new Measurement("single-c1", work, "… -XX:TieredStopAtLevel=1")),
                List.of("-XX:TieredStopAtLevel=1"));
        variants.put(report.add(new Measurement("single-serial", work, "… -XX:+UseSerialGC")),
                List.of("-XX:+UseSerialGC"));
        variants.put(report.add(new Measurement("single-cds", work, "… -XX:SharedArchiveFile=jixiao-cli.jsa (AppCDS)")),
                cds);
        List<String> all = new ArrayList<>(CliFlags.SHORT_RUN);
        all.addAll(cds);
        variants.put(report.add(new Measurement("single-tuned", work, "all three, as cli/pre-commit-hook.sh runs it")),
                all);
        for (int r = 0; r < Math.max(5, settings.runs() * 3); r++) {
            for (Map.Entry<Measurement, List<String>> v : variants.entrySet()) {
                v.getKey().samples.add(runner.run(v.getKey().id, corpus, Map.of(),
                        CliFlags.java(settings, v.getValue(), relative), settings.timeout()));
            }
        }
        variants.keySet().forEach(Harness::fixExitCodes);
        say("single file: " + Report.number(report.get("single-default").wall(), 2) + " s with JVM defaults, "
                + Report.number(report.get("single-tuned").wall(), 2) + " s tuned");
    }

    /** Findings are not a failure of the run: exit 1 (failing findings) counts as a completed check. */
    private static void fixExitCodes(Measurement m) {
        m.samples.replaceAll(s -> s.exitCode() == 1 ? new Sample(s.wallSeconds(), s.cpuSeconds(), s.peakRssMb(), 0) : s);
    }

    /** The province-sized run: the command line with a 256 MiB heap, once. */
    private void scale(CorpusGenerator generator) throws Exception {
        if (settings.scaleCount() <= 0) {
            return;
        }
        Path corpus = corpus(generator, settings.scaleCount());
        Measurement m = report.add(new Measurement("scale", String.format("check %,d filings", settings.scaleCount()),
                "java -Xmx256m -jar jixiao-cli.jar check filings"));
        m.samples.add(runner.run("scale", corpus, Map.of(), List.of(settings.java(), "-Xmx256m", "-jar",
                settings.cliJar().toString(), "check", "filings"), settings.scaleTimeout()));
        String tail = runner.tail(30);
        if (tail.contains("OutOfMemoryError") || tail.contains("内存不足")) {
            m.note = "OutOfMemoryError";
        } else if (m.samples.get(0).exitCode() == 124) {
            m.note = "timed out";
        } else if (tail.contains("jixiao：检查了")) {
            fixExitCodes(m); // the check completed; exit 1 only means that some findings fail it
        }
        say("scale: " + (m.succeeded() ? "ok" : "failed " + m.note) + " in " + Report.number(m.wall(), 1) + " s");
    }

    private void ratios() {
        Measurement bare = report.get("bare-jvm");
        Measurement mvn = report.get("check-mvn");
        Measurement cli = report.get("check-cli");
        String n = String.format("%,d", settings.checkCount());
        report.ratio("check-wall", "check " + n + ": wall, Maven ÷ bare load", mvn.wall() / bare.wall(), 1.5,
                "check-mvn ÷ bare-jvm");
        report.ratio("check-cpu", "check " + n + ": CPU, Maven ÷ bare load", mvn.cpu() / bare.cpu(), 1.5,
                "check-mvn ÷ bare-jvm");
        report.ratio("check-cli-wall", "(info) check " + n + ": wall, CLI ÷ bare load", cli.wall() / bare.wall(),
                1.5, "check-cli ÷ bare-jvm");
        report.ratio("check-cli-cpu", "(info) check " + n + ": CPU, CLI ÷ bare load", cli.cpu() / bare.cpu(), 1.5,
                "check-cli ÷ bare-jvm");
        Measurement scale = report.get("scale");
        if (scale != null) {
            report.fact("scale", String.format("check %,d filings with -Xmx256m", settings.scaleCount()),
                    scale.succeeded() ? "ok" : "failed" + (scale.note.isEmpty() ? "" : " (" + scale.note + ")"),
                    "succeeds", scale.succeeded(), "scale");
        }
        String r = String.format("%,d", settings.renderCount());
        report.ratio("noop-check", "no-op check of " + r + " ÷ first run (wall)",
                report.get("check-noop").wall() / report.get("check-first").wall(), 0.10, "check-noop ÷ check-first");
        report.ratio("noop-render", "no-op render of " + r + " ÷ first run (wall)",
                report.get("render-noop").wall() / report.get("render-first").wall(), 0.10,
                "render-noop ÷ render-first");
        report.ratio("noop-floor", "(info) Maven alone, jixiao skipped, ÷ first render run (wall)",
                report.get("maven-floor").wall() / report.get("render-first").wall(), 0.10,
                "maven-floor ÷ render-first");
        Measurement peer = report.get("openpyxl");
        double peerCpu = peer != null && peer.succeeded() ? peer.cpu() : Double.NaN;
        report.ratio("render-cpu", "render " + r + " (xlsx): CPU, Maven ÷ openpyxl",
                report.get("render-xlsx").cpu() / peerCpu, 0.5, "render-xlsx ÷ openpyxl");
        report.ratio("xlsx-writer-cpu", "(info) xlsx writer alone, in-process ÷ openpyxl (CPU)",
                report.get("xlsx-inprocess").cpu() / peerCpu, 0.5, "xlsx-inprocess ÷ openpyxl");
        report.ratio("single-file", "single-file check through the CLI (wall s, hook flags)",
                report.get("single-tuned").wall(), 0.8, "single-tuned");
    }

    /** The latest year of the first department with at least two years, so the cross-year rules have work. */
    private static Path fileWithPreviousYear(Path filings) throws IOException {
        try (Stream<Path> departments = Files.list(filings)) {
            for (Path department : departments.sorted().toList()) {
                List<Path> years = BareLoad.files(department);
                if (years.size() >= 2) {
                    return years.get(years.size() - 1);
                }
            }
        }
        return BareLoad.files(filings).get(0);
    }

    /** The machine's load average from /proc/loadavg, or "unknown" off Linux. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }

    /** Deletes a folder and everything in it, when it exists. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Writes a text file in UTF-8, creating its folder. */
    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Settings as a map for the JSON. */
    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
