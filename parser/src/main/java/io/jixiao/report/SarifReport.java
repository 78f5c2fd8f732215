package io.jixiao.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.check.CheckResult;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;

import java.util.List;

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
    public String render(CheckResult result) {
        ReportOptions options = support.options();
        List<ReportSupport.Entry> entries = support.entries(result);
        List<Diagnostic> rules = ReportSupport.rules();
        List<String> ruleIds = rules.stream().map(Diagnostic::id).toList();

        ObjectNode root = ReportSupport.mapper().createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", VERSION);
        ObjectNode run = root.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
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

        run.put("language", support.messages().languageTag());
        run.put("columnKind", "unicodeCodePoints");

        ArrayNode results = run.putArray("results");
        for (ReportSupport.Entry entry : entries) {
            Finding finding = entry.finding();
            ObjectNode node = results.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("ruleIndex", ruleIds.indexOf(finding.ruleId()));
            node.put("level", level(finding.severity()));
            node.putObject("message").put("text", support.message(finding));
            ObjectNode location = node.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", entry.uri());
            if (finding.line() >= 1) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", finding.line());
                if (finding.column() >= 1) {
                    region.put("startColumn", finding.column());
                }
            }
            if (!finding.pointer().isEmpty()) {
                location.putArray("logicalLocations").addObject().put("fullyQualifiedName", finding.pointer());
            }
            node.putObject("partialFingerprints").put(FINGERPRINT_KEY, entry.fingerprint());
            if (!finding.pointer().isEmpty()) {
                node.putObject("properties").put("jsonPointer", finding.pointer());
            }
        }
        return ReportSupport.json(root);
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
