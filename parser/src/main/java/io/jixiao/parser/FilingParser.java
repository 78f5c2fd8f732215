package io.jixiao.parser;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Repeats;
import io.jixiao.model.FilingBinder;
import io.jixiao.read.Limits;
import io.jixiao.read.SourceDecoder;
import io.jixiao.read.SourcePositions;
import io.jixiao.read.TextLint;
import io.jixiao.read.YamlReader;
import io.jixiao.rules.RuleConfig;
import io.jixiao.schema.FilingSchema;
import io.jixiao.schema.SchemaValidator;
import org.snakeyaml.engine.v2.nodes.MappingNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one filing through the pipeline read → lint → YAML → schema → model, collecting every finding on the way.
 * A stage that cannot run (undecodable bytes, a syntax error) ends the pipeline with the findings so far; nothing
 * is ever thrown for bad input. The user's severity overrides apply to the schema checks that allow them before
 * the verdict: a filing whose only errors were lowered or switched off is bound and checked by the rules.
 * Thread-safe: one instance can parse many files in parallel.
 */
public final class FilingParser {

    private final Limits limits;
    private final FilingSchema schema;
    private final SchemaValidator validator;
    private final TextLint lint;
    private final RuleConfig config;

    public FilingParser() {
        this(Limits.DEFAULT);
    }

    public FilingParser(Limits limits) {
        this(limits, RuleConfig.DEFAULTS);
    }

    /** @param config the user's severity overrides */
    public FilingParser(Limits limits, RuleConfig config) {
        this.limits = limits;
        this.config = config;
        this.schema = FilingSchema.get();
        this.validator = new SchemaValidator(schema);
        this.lint = new TextLint(schema.allKeys());
    }

    /**
     * Parses a file from disk. The file is named in findings as given, so relative paths stay relative.
     * An unreadable file yields a finding, not an exception.
     */
    public ParseResult parse(Path file) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return failed(file, Diagnostic.FILE_TOO_LARGE.finding(file, 0, 0, "", "tooLarge", size,
                        limits.maxFileBytes()));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
            }
            return parse(file, bytes);
        } catch (IOException e) {
            return failed(file, Diagnostic.FILE_UNREADABLE.finding(file, 0, 0, "", "unreadable",
                    String.valueOf(e.getMessage())));
        }
    }

    /**
     * Parses bytes that came from somewhere else (a Git blob, a test), named {@code file} in findings. The same
     * message on the same line is reported once ({@link Repeats}). An unforeseen failure inside jixiao is reported as a finding asking for a bug report, never thrown, so one
     * broken file cannot hide the findings of the others.
     */
    public ParseResult parse(Path file, byte[] bytes) {
        try {
            ParseResult result = parseChecked(file, bytes);
            List<Finding> shown = Repeats.collapse(result.findings());
            return shown == result.findings() ? result : new ParseResult(file, result.filing(), shown,
                    result.sourceLines(), result.positions());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(file, Diagnostic.JIXIAO_INTERNAL.finding(file, 0, 0, "", "error",
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private ParseResult parseChecked(Path file, byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            return failed(file, Diagnostic.FILE_TOO_LARGE.finding(file, 0, 0, "", "tooLarge", (long) bytes.length,
                    limits.maxFileBytes()));
        }
        SourceDecoder.Decoded decoded = SourceDecoder.decode(file, bytes);
        if (!decoded.ok()) {
            return new ParseResult(file, Optional.empty(), decoded.findings(), List.of(), new SourcePositions());
        }
        String text = decoded.text();
        List<String> lines = text.lines().toList();
        List<Finding> lintFindings = lint.check(file, lines);
        List<Finding> colons = lintFindings.stream()
                .filter(f -> f.diagnostic() == Diagnostic.YAML_FULLWIDTH_COLON).toList();
        List<Finding> findings = new ArrayList<>(lintFindings);
        findings.removeAll(colons);
        if (!findings.isEmpty()) {
            return new ParseResult(file, Optional.empty(), findings, lines, new SourcePositions());
        }
        YamlReader.Result yaml = new YamlReader(limits).read(file, text);
        if (!yaml.hasTree()) {
            // A key typed with a full-width colon is the likely cause of the YAML error; say that instead.
            findings.addAll(colons.isEmpty() ? yaml.findings() : colons);
            return new ParseResult(file, Optional.empty(), findings, lines, new SourcePositions());
        }
        findings.addAll(yaml.findings());
        findings.addAll(explainedByFullWidthColons(
                validator.validate(file, yaml.json(), yaml.positions()), colons));
        findings = new ArrayList<>(config.apply(findings));
        boolean valid = findings.stream().noneMatch(Finding::isError);
        var filing = valid ? Optional.of(FilingBinder.bind(file, (MappingNode) yaml.root())) : Optional.<io.jixiao.model.Filing>empty();
        return new ParseResult(file, filing, findings, lines, yaml.positions());
    }

    /**
     * A line like {@code 部门名称：…} is only a mistyped key when it breaks the structure: then the schema errs on
     * that line, and the full-width-colon finding replaces the schema's less helpful one. Inside a quoted or
     * multi-line text the same characters are just text, and nothing is reported.
     */
    private static List<Finding> explainedByFullWidthColons(List<Finding> schemaFindings, List<Finding> colons) {
        java.util.Set<Integer> colonLines = new java.util.HashSet<>();
        colons.forEach(c -> colonLines.add(c.line()));
        java.util.Set<Integer> schemaLines = new java.util.HashSet<>();
        schemaFindings.forEach(f -> schemaLines.add(f.line()));
        List<Finding> result = new ArrayList<>();
        colons.stream().filter(c -> schemaLines.contains(c.line())).forEach(result::add);
        schemaFindings.stream().filter(f -> !colonLines.contains(f.line())).forEach(result::add);
        result.sort(java.util.Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return result;
    }

    private static ParseResult failed(Path file, Finding finding) {
        return new ParseResult(file, Optional.empty(), List.of(finding), List.of(), new SourcePositions());
    }
}
