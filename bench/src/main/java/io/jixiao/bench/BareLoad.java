package io.jixiao.bench;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The floor every check is measured against: read each file, decode it and load it with snakeyaml-engine into
 * plain maps and lists, on every core, and nothing else. No schema, no positions, no rules: whatever jixiao does
 * beyond this is its own cost.
 *
 * <pre>java -cp … io.jixiao.bench.BareLoad FOLDER</pre>
 */
public final class BareLoad {

    private BareLoad() {
    }

    /** Every {@code .yaml}/{@code .yml} file under the folder, sorted. */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Loads every file in parallel; returns the number of top-level keys seen, so the work cannot be skipped. */
    public static long loadAll(List<Path> files) {
        LoadSettings settings = LoadSettings.builder().build();
        return files.parallelStream().mapToLong(file -> {
            try {
                Object document = new Load(settings).loadFromString(
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                return document instanceof Map<?, ?> map ? map.size() : 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BareLoad FOLDER");
            System.exit(2);
        }
        List<Path> files = files(Path.of(args[0]));
        long start = System.nanoTime();
        long keys = loadAll(files);
        System.out.printf("loaded %d files (%d top-level keys) in %.2f s%n", files.size(), keys,
                (System.nanoTime() - start) / 1e9);
    }
}
