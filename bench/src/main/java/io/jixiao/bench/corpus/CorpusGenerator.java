package io.jixiao.bench.corpus;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic repository of N filings made from the example filings: {@code filings/<department>/<year>.yaml}
 * plus a {@code pom.xml} that runs the jixiao plugin, so the same folder is checked through Maven, the command line
 * and in-process. Departments have one to four consecutive years, so cross-year rules have previous years to
 * compare with. Everything follows from the seed: the same count and seed give the same bytes on every machine,
 * and the first M filings of a corpus of N are those of a corpus of M.
 *
 * <pre>java -cp … io.jixiao.bench.corpus.CorpusGenerator --examples example-filings/filings --count 1000 --seed 13 --out DIR</pre>
 */
public final class CorpusGenerator {

    /** Bump when the generated files change, so corpora left in bench/target are made again. */
    static final String VERSION = "3";
    private static final String MARKER = "corpus.properties";

    private final List<Example> examples;

    private record Example(String folder, MappingNode root, int bytes) {
    }

    /** One filing to write: which example, where, for which year, and its own seed. */
    private record Planned(int example, String department, int number, int year, long seed, int targetBytes) {
    }

    /** @param exampleFilings the examples' {@code filings} folder ({@code <department>/<year>.yaml}) */
    public CorpusGenerator(Path exampleFilings) throws IOException {
        List<Example> loaded = new ArrayList<>();
        try (Stream<Path> files = Files.walk(exampleFilings)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                MappingNode root = (MappingNode) new Compose(LoadSettings.builder().build())
                        .composeString(new String(bytes, StandardCharsets.UTF_8)).orElseThrow();
                loaded.add(new Example(file.getParent().getFileName().toString(), root, bytes.length));
            }
        }
        if (loaded.isEmpty()) {
            throw new IOException("no example filings in " + exampleFilings);
        }
        this.examples = List.copyOf(loaded);
    }

    /**
     * Writes the corpus into {@code out} (its {@code filings} folder is replaced), unless {@code out} already holds
     * the corpus of this count, seed and generator version.
     *
     * @return the {@code filings} folder
     */
    public Path generate(Path out, int count, long seed) throws IOException {
        Path filings = out.resolve("filings");
        Properties wanted = new Properties();
        wanted.setProperty("count", String.valueOf(count));
        wanted.setProperty("seed", String.valueOf(seed));
        wanted.setProperty("version", VERSION);
        Path marker = out.resolve(MARKER);
        CorpusProject.write(out);
        if (Files.isRegularFile(marker)) {
            Properties found = new Properties();
            try (InputStream in = Files.newInputStream(marker)) {
                found.load(in);
            }
            if (found.equals(wanted) && Files.isDirectory(filings)) {
                return filings;
            }
        }
        Files.deleteIfExists(marker);
        delete(filings);
        List<Planned> plan = plan(count, seed);
        try {
            IntStream.range(0, plan.size()).parallel().forEach(i -> write(filings, plan.get(i)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try (var w = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
            wanted.store(w, "jixiao benchmark corpus");
        }
        return filings;
    }

    /** The departments and years, drawn one department at a time so a longer corpus starts like a shorter one. */
    private List<Planned> plan(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Planned> plan = new ArrayList<>(count);
        for (int department = 0; plan.size() < count; department++) {
            int example = random.nextInt(examples.size());
            int years = Math.min(1 + random.nextInt(4), count - plan.size());
            int firstYear = 2019 + random.nextInt(4);
            String folder = String.format("%s-%05d", examples.get(example).folder(), department);
            for (int y = 0; y < years; y++) {
                // Sizes spread around 24 KB, the size of a typical filing; never below the example's own.
                int target = 18_000 + random.nextInt(12_001);
                plan.add(new Planned(example, folder, department, firstYear + y, random.nextLong(), target));
            }
        }
        return plan;
    }

    private void write(Path filings, Planned planned) {
        Example example = examples.get(planned.example());
        String yaml = FilingVariation.vary(example.root(), planned.number(), planned.year(),
                new SplittableRandom(planned.seed()), planned.targetBytes());
        Path file = filings.resolve(planned.department()).resolve(planned.year() + ".yaml");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path examples = Path.of("example-filings/filings");
        Path out = null;
        int count = 1000;
        long seed = 13;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--examples" -> examples = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --examples DIR --count N --seed S --out DIR");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        long start = System.nanoTime();
        Path filings = new CorpusGenerator(examples).generate(out, count, seed);
        System.out.printf("%d filings in %s (%.1f s)%n", count, filings, (System.nanoTime() - start) / 1e9);
    }
}
