package io.jixiao.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command as a child process and measures it with GNU time ({@code /usr/bin/time -v}): wall time, CPU time
 * (user + system, children included, so Maven's forked nothing and Java's every thread are counted) and peak
 * resident memory. Without GNU time only the wall time is known; the table then shows CPU and memory as "–".
 */
final class ProcessRunner {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([0-9.]+)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): ([0-9]+)");

    private final Path logs;
    private int counter;

    /** @param logs where each run's output goes ({@code NNN-name.log}), for a look when something fails */
    ProcessRunner(Path logs) throws IOException {
        this.logs = Files.createDirectories(logs);
    }

    static boolean hasGnuTime() {
        return Files.isExecutable(GNU_TIME);
    }

    /**
     * Runs the command in {@code directory} and waits at most {@code timeoutSeconds}.
     *
     * @return the sample; a run killed by the timeout has exit code 124, as timeout(1) reports it
     */
    Sample run(String name, Path directory, Map<String, String> environment, List<String> command,
               long timeoutSeconds) throws IOException, InterruptedException {
        Path log = logs.resolve(String.format("%03d-%s.log", ++counter, name.replaceAll("[^A-Za-z0-9.-]+", "-")));
        Path times = logs.resolve(String.format("%03d-time.txt", counter));
        List<String> full = new ArrayList<>();
        if (hasGnuTime()) {
            full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", times.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        int exit = finished ? process.exitValue() : 124;
        double cpu = Double.NaN;
        double rss = Double.NaN;
        if (Files.isRegularFile(times)) {
            String text = Files.readString(times, StandardCharsets.UTF_8);
            cpu = number(USER, text) + number(SYSTEM, text);
            rss = number(RSS, text) / 1024;
        }
        return new Sample(wall, cpu, rss, exit);
    }

    /** The last lines of the newest log of a run, for the report when a run failed. */
    String tail(int lines) throws IOException {
        try (var files = Files.list(logs)) {
            Path last = files.filter(p -> p.toString().endsWith(".log")).sorted().reduce((a, b) -> b).orElse(null);
            if (last == null) {
                return "";
            }
            List<String> all = Files.readAllLines(last, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }

    private static double number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
