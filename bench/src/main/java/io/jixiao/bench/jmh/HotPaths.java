package io.jixiao.bench.jmh;

import io.jixiao.finding.Messages;
import io.jixiao.model.Filing;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.read.Limits;
import io.jixiao.read.YamlReader;
import io.jixiao.render.Renderer;
import io.jixiao.rules.RuleConfig;
import io.jixiao.rules.RuleEngine;
import io.jixiao.schema.FilingSchema;
import io.jixiao.schema.SchemaValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The hot paths of check and render, each on the five example filings (about 20 KB each) per operation, with the
 * bare snakeyaml-engine load of the same text as the floor to compare with. Run from the repository root:
 *
 * <pre>bench/jmh.sh                  # all of them
 * bench/jmh.sh 'HotPaths.(bare|parse)' -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {

    /** The example filings' folder, relative to where the benchmark runs (the repository root). */
    @Param("example-filings/filings")
    public String examples;

    private final List<Path> files = new ArrayList<>();
    private final List<byte[]> bytes = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<YamlReader.Result> trees = new ArrayList<>();
    private final List<ParseResult> parsed = new ArrayList<>();
    private FilingParser parser;
    private SchemaValidator validator;
    private RuleEngine rules;
    private Renderer renderer;

    @Setup
    public void read() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of(examples))) {
            all.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        parser = new FilingParser();
        validator = new SchemaValidator(FilingSchema.get());
        rules = new RuleEngine(RuleConfig.DEFAULTS);
        renderer = new Renderer(Messages.chinese());
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            bytes.add(content);
            texts.add(new String(content, StandardCharsets.UTF_8));
            trees.add(new YamlReader(Limits.DEFAULT).read(file, texts.get(texts.size() - 1)));
            parsed.add(parser.parse(file, content));
        }
    }

    /** The floor: snakeyaml-engine into plain maps and lists, no positions. */
    @Benchmark
    public void bareLoad(Blackhole hole) {
        LoadSettings settings = LoadSettings.builder().build();
        for (String text : texts) {
            hole.consume(new Load(settings).loadFromString(text));
        }
    }

    /** YAML with positions: events, limits, the node tree, its JSON view and every value's line and column. */
    @Benchmark
    public void yamlRead(Blackhole hole) {
        for (int i = 0; i < files.size(); i++) {
            hole.consume(new YamlReader(Limits.DEFAULT).read(files.get(i), texts.get(i)));
        }
    }

    /** Schema validation of an already read tree. */
    @Benchmark
    public void schemaValidate(Blackhole hole) {
        for (int i = 0; i < files.size(); i++) {
            YamlReader.Result tree = trees.get(i);
            hole.consume(validator.validate(files.get(i), tree.json(), tree.positions()));
        }
    }

    /** The whole parse of one file: decode, lint, YAML, schema, model. */
    @Benchmark
    public void parse(Blackhole hole) {
        for (int i = 0; i < files.size(); i++) {
            hole.consume(parser.parse(files.get(i), bytes.get(i)));
        }
    }

    /** Every rule on a bound filing (no previous year). */
    @Benchmark
    public void rules(Blackhole hole) {
        for (ParseResult result : parsed) {
            Filing filing = result.filing().orElseThrow();
            hole.consume(rules.check(result.file(), filing, result.positions(), Optional.empty()));
        }
    }

    /** One workbook per filing, as bytes (layout, xlsx, reproducible zip). */
    @Benchmark
    public void renderWorkbook(Blackhole hole) {
        for (ParseResult result : parsed) {
            hole.consume(renderer.xlsx(result.filing().orElseThrow()));
        }
    }

    /** One page per filing, with its findings. */
    @Benchmark
    public void renderPage(Blackhole hole) {
        for (ParseResult result : parsed) {
            hole.consume(renderer.html(result.filing().orElseThrow(), result.findings()));
        }
    }
}
