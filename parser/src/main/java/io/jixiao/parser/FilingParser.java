package io.jixiao.parser;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingCap;
import io.jixiao.finding.Repeats;
import io.jixiao.model.FilingBinder;
import io.jixiao.read.Limits;
import io.jixiao.read.Pointers;
import io.jixiao.model.Filing;
import io.jixiao.model.Keys;
import io.jixiao.model.Template;
import io.jixiao.model.TemplateForm;
import io.jixiao.read.SourceDecoder;
import io.jixiao.read.SourceLines;
import io.jixiao.read.SourcePositions;
import io.jixiao.read.TextLint;
import io.jixiao.read.YamlReader;
import io.jixiao.rules.RuleConfig;
import io.jixiao.schema.FilingSchema;
import io.jixiao.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
            if (Files.isSymbolicLink(file)) { // never followed: it could lead to any file of the machine
                return failed(file, Diagnostic.FILE_SYMLINK.finding(file, 0, 0, "", "symlinkFile"));
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return failed(file, Diagnostic.FILE_UNREADABLE.finding(file, 0, 0, "", "notAFile"));
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return failed(file, Diagnostic.FILE_TOO_LARGE.finding(file, 0, 0, "", "tooLarge", size,
                        limits.maxFileBytes()));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
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
     * message on the same line is reported once ({@link Repeats}), and at most {@link Limits#maxFindingsPerRule()}
     * findings of one diagnostic ({@link FindingCap}). An unforeseen failure inside jixiao is reported as a finding
     * asking for a bug report, never thrown, so one broken file cannot hide the findings of the others.
     */
    public ParseResult parse(Path file, byte[] bytes) {
        try {
            ParseResult result = parseChecked(file, bytes);
            List<Finding> shown = FindingCap.apply(Repeats.collapse(result.findings()), limits.maxFindingsPerRule());
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
            return new ParseResult(file, Optional.empty(), decoded.findings(), SourceLines.NONE,
                    new SourcePositions());
        }
        String text = decoded.text();
        SourceLines lines = SourceLines.of(text);
        TextLint.Result lint = this.lint.check(file, text);
        if (!lint.blocking().isEmpty()) {
            return new ParseResult(file, Optional.empty(), lint.blocking(), lines, new SourcePositions());
        }
        List<Finding> likelyCauses = new ArrayList<>(lint.colons());
        likelyCauses.addAll(lint.wideSpaces());
        List<Finding> findings = new ArrayList<>();
        YamlReader.Result yaml = new YamlReader(limits).read(file, text);
        if (!yaml.hasTree()) {
            // A key typed with a full-width colon, or a line indented with full-width spaces, is the likely cause of
            // the YAML error; say that instead.
            List<Finding> causes = causesOf(yaml.findings(), lint.colons(), lint.wideSpaces());
            findings.addAll(causes.isEmpty() ? yaml.findings() : causes);
            return new ParseResult(file, Optional.empty(), findings, lines, new SourcePositions());
        }
        findings.addAll(yaml.findings());
        findings.addAll(explainedByLikelyCauses(
                withVariantTemplates(validator.validate(file, yaml.json(), yaml.positions()), yaml.json(),
                        yaml.positions()),
                likelyCauses));
        findings = new ArrayList<>(config.apply(findings));
        boolean valid = findings.stream().noneMatch(Finding::isError);
        Optional<Filing> filing = valid ? Optional.of(FilingBinder.bind(file, (MappingNode) yaml.root()))
                : Optional.empty();
        if (filing.isPresent()) {
            List<Finding> overLimits = FilingLimits.check(file, filing.get(), yaml.positions(), limits);
            if (!overLimits.isEmpty()) { // reported, and neither checked by the rules nor rendered
                findings.addAll(overLimits);
                filing = Optional.empty();
            }
        }
        return new ParseResult(file, filing, findings, lines, yaml.positions());
    }

    /**
     * The lint findings that explain why the YAML could not be read: every full-width colon (as before any other
     * cause was known), and the full-width indentations at or before the line the parser stopped on. A line of
     * wrapped text may well begin with a full-width space; one after the error did not cause it.
     */
    private static List<Finding> causesOf(List<Finding> yamlFindings, List<Finding> colons, List<Finding> wide) {
        int stoppedAt = yamlFindings.stream().mapToInt(Finding::line).max().orElse(0);
        List<Finding> causes = new ArrayList<>(colons);
        wide.stream().filter(w -> stoppedAt == 0 || w.line() <= stoppedAt).forEach(causes::add);
        causes.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return causes;
    }

    /**
     * A line like {@code 部门名称：…} or one indented with full-width spaces is only a mistake when it breaks the
     * structure: then the schema errs on that line, and the lint's finding replaces the schema's less helpful one.
     * Inside a quoted or multi-line text the same characters are just text, and nothing is reported.
     */
    private static List<Finding> explainedByLikelyCauses(List<Finding> schemaFindings, List<Finding> causes) {
        if (causes.isEmpty()) {
            return schemaFindings;
        }
        Set<Integer> causeLines = new HashSet<>();
        causes.forEach(c -> causeLines.add(c.line()));
        Set<Integer> schemaLines = new HashSet<>();
        schemaFindings.forEach(f -> schemaLines.add(f.line()));
        List<Finding> result = new ArrayList<>();
        Set<Integer> explained = new HashSet<>();
        causes.stream().filter(c -> schemaLines.contains(c.line()) && explained.add(c.line())).forEach(result::add);
        schemaFindings.stream().filter(f -> !causeLines.contains(f.line())).forEach(result::add);
        result.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return result;
    }

    /**
     * A filing that names a local form (地方表样) but no 模板 is told which template to write: the schema only knows
     * that 模板 is then required, the templates know whose version the local form is. Shown at the 地方表样 line.
     */
    private static List<Finding> withVariantTemplates(List<Finding> schemaFindings, JsonNode tree,
                                                      SourcePositions positions) {
        JsonNode variant = tree.path(Keys.FORM_VARIANT);
        if (!variant.isTextual()) {
            return schemaFindings;
        }
        Optional<Template> template = TemplateForm.ofVariant(variant.asText());
        if (template.isEmpty()) {
            return schemaFindings; // an unknown local form has its own finding, with the known ones
        }
        List<Finding> result = new ArrayList<>(schemaFindings.size());
        for (Finding finding : schemaFindings) {
            boolean missingTemplate = finding.ruleId().equals(Diagnostic.SCHEMA_REQUIRED.id())
                    && finding.pointer().isEmpty() && !finding.arguments().isEmpty()
                    && Keys.TEMPLATE.equals(finding.arguments().get(0));
            SourcePositions.Position at = positions.key(Pointers.child(Pointers.ROOT, Keys.FORM_VARIANT));
            result.add(missingTemplate ? Diagnostic.SCHEMA_REQUIRED.finding(finding.file(), at.line(), at.column(),
                    "", "required.templateOfVariant", variant.asText(), template.get().id()) : finding);
        }
        return result;
    }

    private static ParseResult failed(Path file, Finding finding) {
        return new ParseResult(file, Optional.empty(), List.of(finding), SourceLines.NONE, new SourcePositions());
    }
}
