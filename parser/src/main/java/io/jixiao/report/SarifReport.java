package io.jixiao.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format GitHub code scanning and most IDE viewers read: one run of the tool {@code jixiao}.
 *
 * <ul>
 *   <li>{@code tool.driver} has the jixiao version, {@code properties.ruleSetVersion}, and a rule for every declared
 *       diagnostic (reading, YAML, schema, internal and domain rule ids), with its title and default level;</li>
 *   <li>each result has the rule id and index, level ({@code error}, {@code warning}, {@code note}), the message in
 *       the chosen language, the file as a relative URI reference (percent-encoded UTF-8), the line and column only
 *       when known, the JSON pointer as a logical location and in {@code properties.jsonPointer}, and a
 *       fingerprint that does not change when the finding moves to another line;</li>
 *   <li>columns count Unicode code points ({@code columnKind}), as jixiao's do.</li>
 * </ul>
 *
 * Keys keep one order, results are sorted and nothing depends on the clock, so the same findings give the same
 * bytes.
 */
public final class SarifReport implements Report {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";
    /** The key of jixiao's fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "jixiaoFingerprint/v1";

    private final ReportSupport support;

    public SarifReport(ReportOptions options) {
        this.support = new ReportSupport(options);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.SARIF;
    }

    @Override
    public byte[] bytes(CheckResult result) {
        return ReportSupport.bytes(this, support, result);
    }

    @Override
    public Sink open(OutputStream out) throws IOException {
        ReportOptions options = support.options();
        List<Diagnostic> rules = ReportSupport.rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }

        ObjectNode tool = ReportSupport.mapper().createObjectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", "jixiao");
        driver.put("version", options.jixiaoVersion());
        ArrayNode ruleNodes = driver.putArray("rules");
        for (Diagnostic rule : rules) {
            ObjectNode node = ruleNodes.addObject();
            node.put("id", rule.id());
            node.putObject("shortDescription").put("text", support.messages().title(rule));
            node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        driver.putObject("properties").put("ruleSetVersion", options.ruleSetVersion());

        JsonGenerator json = ReportSupport.jsonGenerator(out);
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", VERSION);
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeFieldName("tool");
        json.writeTree(tool);
        json.writeStringField("language", support.messages().languageTag());
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeArrayFieldStart("results");
        return new Sink() {
            @Override
            public void add(FileCheck file) throws IOException {
                for (ReportSupport.Entry entry : support.entries(file)) {
                    writeResult(json, entry, ruleIndex);
                }
            }

            @Override
            public void finish() throws IOException {
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
                json.flush();
            }
        };
    }

    /** One result, written field by field (no tree per finding: a province has millions). */
    private void writeResult(JsonGenerator json, ReportSupport.Entry entry, Map<String, Integer> ruleIndex)
            throws IOException {
        Finding finding = entry.finding();
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex.getOrDefault(finding.ruleId(), -1));
        json.writeStringField("level", level(finding.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", support.message(finding));
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", entry.uri());
        json.writeEndObject();
        if (finding.line() >= 1) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", finding.line());
            if (finding.column() >= 1) {
                json.writeNumberField("startColumn", finding.column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        if (!finding.pointer().isEmpty()) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("fullyQualifiedName", finding.pointer());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, entry.fingerprint());
        json.writeEndObject();
        if (!finding.pointer().isEmpty()) {
            json.writeObjectFieldStart("properties");
            json.writeStringField("jsonPointer", finding.pointer());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** SARIF's level for a severity: {@code error}, {@code warning} or {@code note}. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
