package io.jixiao.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingPrinter;
import io.jixiao.finding.Messages;
import io.jixiao.parser.FilingParser;
import io.jixiao.parser.ParseResult;
import io.jixiao.rules.RuleConfig;
import io.jixiao.rules.RuleEngine;
import io.jixiao.rules.RuleSet;
import io.jixiao.schema.FilingSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the documentation true: SPEC.md documents every key of the schema and every synonym, and the examples in SPEC.md
 * and README.md parse without a finding.
 */
@DisplayName("Documentation")
class DocumentationTest {

    private static final Path SPEC = Path.of("../format-spec/SPEC.md");

    @Test
    @DisplayName("documents every key of the schema and every synonym of synonyms.yaml")
    void documentsEveryKey() throws IOException {
        String spec = Files.readString(SPEC);
        List<String> missing = new ArrayList<>();
        collect(FilingSchema.get().root(), spec, missing);
        FilingSchema.get().synonyms().forEach((place, group) -> group.forEach((synonym, target) -> {
            if (!spec.contains("| `" + synonym + "` | `" + target.replace("/", " › ") + "` |")) {
                missing.add(synonym + " → " + target + " (" + place + ")");
            }
        }));
        assertEquals(List.of(), missing, "keys or synonyms missing from SPEC.md");
    }

    @Test
    @DisplayName("the format-v2 example in SPEC.md (national forms) parses and is clean under every rule")
    void specV2ExampleIsValid() throws IOException {
        ParseResult result = parseFirstYamlBlock(SPEC, "### 10.2");
        var filing = result.filing().orElseThrow();
        assertEquals(2, filing.formatVersion());
        assertEquals(2, filing.departmentTable().mainTasks().size());
        assertEquals(3, filing.projects().get(0).multiYearIndicators().size());
        List<Finding> findings = new RuleEngine(RuleConfig.DEFAULTS).check(result.file(), filing, result.positions(),
                java.util.Optional.empty());
        FindingPrinter printer = new FindingPrinter(Messages.chinese());
        assertEquals(List.of(), findings, findings.stream().map(printer::header).collect(Collectors.joining("\n")));
    }

    @Test
    @DisplayName("the complete example in SPEC.md parses with no findings")
    void specExampleIsValid() throws IOException {
        ParseResult result = parseFirstYamlBlock(SPEC, "## 10.");
        assertEquals(4, result.filing().orElseThrow().departmentTable().annualIndicators().size());
        assertEquals(1, result.filing().orElseThrow().projects().size());
    }

    @Test
    @DisplayName("documents every rule with its own section in SPEC.md")
    void documentsEveryRule() throws IOException {
        String spec = Files.readString(SPEC);
        List<String> missing = RuleSet.all().stream().map(r -> r.diagnostic().id())
                .filter(id -> !spec.contains("#### " + id + " ")).toList();
        assertEquals(List.of(), missing, "rules without a section in SPEC.md");
    }

    @Test
    @DisplayName("the complete example in SPEC.md is clean under every rule as well")
    void specExampleHasNoRuleFindings() throws IOException {
        ParseResult result = parseFirstYamlBlock(SPEC, "## 10.");
        List<Finding> findings = new RuleEngine(RuleConfig.DEFAULTS).check(result.file(),
                result.filing().orElseThrow(), result.positions(), java.util.Optional.empty());
        FindingPrinter printer = new FindingPrinter(Messages.chinese());
        assertEquals(List.of(), findings, findings.stream().map(printer::header).collect(Collectors.joining("\n")));
    }

    @Test
    @DisplayName("the example in README.md parses with no findings")
    void readmeExampleIsValid() throws IOException {
        ParseResult result = parseFirstYamlBlock(Path.of("../README.md"), "");
        assertEquals("石峰区政协", result.filing().orElseThrow().department());
    }

    private static ParseResult parseFirstYamlBlock(Path document, String after) throws IOException {
        String text = Files.readString(document);
        int section = text.indexOf(after);
        int start = text.indexOf("```yaml\n", section) + "```yaml\n".length();
        int end = text.indexOf("```", start);
        assertTrue(section >= 0 && start > section && end > start, document + " has a yaml block after " + after);
        byte[] example = text.substring(start, end).getBytes(StandardCharsets.UTF_8);
        ParseResult result = new FilingParser().parse(document, example);
        FindingPrinter printer = new FindingPrinter(Messages.chinese());
        assertEquals(List.of(), result.findings(), result.findings().stream()
                .map(f -> printer.print(f, result.sourceLines())).collect(Collectors.joining("\n")));
        return result;
    }

    private static void collect(JsonNode node, String spec, List<String> missing) {
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            properties.fields().forEachRemaining(p -> {
                if (!spec.contains("`" + p.getKey() + "`")) {
                    missing.add(p.getKey());
                }
            });
        }
        node.forEach(child -> collect(child, spec, missing));
    }
}
