package io.jixiao.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;

import java.io.IOException;
import java.io.OutputStream;

/**
 * GitLab Code Quality JSON (the {@code codequality} report artifact), which GitLab shows in merge requests: an
 * array of issues, each with
 * {@code description} (the message in the chosen language), {@code check_name} (the rule id), {@code fingerprint}
 * (SHA-256 hex of path, rule id, JSON pointer, message key and arguments — not the line, so a finding keeps its
 * identity when lines above it change), {@code severity} ({@code major} for errors, {@code minor} for warnings,
 * {@code info} for infos), {@code location.path} and {@code location.lines.begin} (1 when the finding concerns
 * the whole file; GitLab requires a line), and {@code engine_name} "jixiao &lt;version&gt; (rules &lt;rule-set
 * version&gt;)".
 */
public final class GitLabCodeQualityReport implements Report {

    private final ReportSupport support;

    public GitLabCodeQualityReport(ReportOptions options) {
        this.support = new ReportSupport(options);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.GITLAB;
    }

    @Override
    public byte[] bytes(CheckResult result) {
        return ReportSupport.bytes(this, support, result);
    }

    @Override
    public Sink open(OutputStream out) throws IOException {
        ReportOptions options = support.options();
        String engine = "jixiao " + options.jixiaoVersion() + " (rules " + options.ruleSetVersion() + ")";
        JsonGenerator json = ReportSupport.jsonGenerator(out);
        json.writeStartArray();
        return new Sink() {
            @Override
            public void add(FileCheck file) throws IOException {
                for (ReportSupport.Entry entry : support.entries(file)) {
                    Finding finding = entry.finding();
                    json.writeStartObject();
                    json.writeStringField("description", support.message(finding));
                    json.writeStringField("check_name", finding.ruleId());
                    json.writeStringField("fingerprint", entry.fingerprint());
                    json.writeStringField("severity", severity(finding.severity()));
                    json.writeObjectFieldStart("location");
                    json.writeStringField("path", entry.path());
                    json.writeObjectFieldStart("lines");
                    json.writeNumberField("begin", Math.max(finding.line(), 1));
                    json.writeEndObject();
                    json.writeEndObject();
                    json.writeStringField("engine_name", engine);
                    json.writeEndObject();
                }
            }

            @Override
            public void finish() throws IOException {
                json.writeEndArray();
                json.writeRaw('\n');
                json.flush();
            }
        };
    }

    /** GitLab's severity for a finding's: {@code major}, {@code minor} or {@code info}. */
    public static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }
}
