package io.jixiao.bench.harness;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the harness measures and with what; every option has the default that matches the acceptance of issue 13.
 *
 * @param root        the jixiao repository (example filings, the wrapper, the built jars)
 * @param out         where results and logs go
 * @param runs        runs per measurement (medians are reported)
 * @param checkCount  filings of the check corpus (acceptance: 10,000)
 * @param renderCount filings of the render and no-op corpus (acceptance: 1,000)
 * @param scaleCount  filings of the scale run with -Xmx256m (acceptance: 100,000; 0 skips it)
 * @param seed        corpus seed
 * @param java        the java launcher
 * @param classpath   the harness's class path, for the bare-load JVM
 * @param cliJar      jixiao-cli.jar
 * @param mvn         the Maven launcher (the repository's wrapper)
 * @param localRepo   the Maven repository the plugin was staged into (bench/target/local-repo)
 * @param userRepo    the user's Maven repository, where everything else comes from
 * @param python      the python3 that has openpyxl, or null when none has
 * @param timeout     seconds one run may take
 * @param scaleTimeout seconds the scale run may take
 */
record Settings(Path root, Path out, int runs, int checkCount, int renderCount, int scaleCount, long seed,
                String java, String classpath, Path cliJar, Path mvn, Path localRepo, Path userRepo, String python,
                long timeout, long scaleTimeout) {

    static Settings parse(String[] args) {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Path out = null;
        int runs = 3;
        int check = 10_000;
        int render = 1_000;
        int scale = 100_000;
        long seed = 13;
        Path userRepo = Path.of(System.getProperty("user.home"), ".m2", "repository");
        long timeout = 1800;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--check" -> check = Integer.parseInt(args[++i]);
                case "--render" -> render = Integer.parseInt(args[++i]);
                case "--scale" -> scale = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--user-repo" -> userRepo = Path.of(args[++i]);
                case "--timeout" -> timeout = Long.parseLong(args[++i]);
                case "--quick" -> {
                    runs = 2;
                    check = 1_000;
                    render = 200;
                    scale = 10_000;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --root DIR "
                        + "--out DIR --runs N --check N --render N --scale N (0: skip) --seed S --user-repo DIR "
                        + "--timeout S --quick");
            }
        }
        if (out == null) {
            out = root.resolve("bench/target/bench");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path cliJar = root.resolve("cli/target/jixiao-cli.jar");
        if (!Files.isRegularFile(cliJar)) {
            throw new IllegalStateException(cliJar + " is missing: run bench/run.sh, which builds it");
        }
        // Absolute, because the child JVMs run in the corpus folders.
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        return new Settings(root, out, runs, check, render, scale, seed, java, classpath,
                cliJar, root.resolve("mvnw"), root.resolve("bench/target/local-repo"), userRepo, Python.withOpenpyxl(),
                Math.min(timeout, 1800), timeout);
    }

    String describe() {
        return String.format(Locale.ROOT, "%d runs each; check %,d, render %,d, scale %,d filings; seed %d; %d cores;"
                + " Java %s", runs, checkCount, renderCount, scaleCount, seed,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    Map<String, Object> asMap() {
        return Harness.map("runs", runs, "checkCount", checkCount, "renderCount", renderCount, "scaleCount",
                scaleCount, "seed", seed, "cores", Runtime.getRuntime().availableProcessors(), "java",
                System.getProperty("java.version"), "python", python == null ? "none with openpyxl" : python);
    }
}
