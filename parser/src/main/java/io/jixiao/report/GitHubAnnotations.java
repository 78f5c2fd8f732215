package io.jixiao.report;

import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * GitHub Actions workflow commands, printed to standard output in a workflow step, that annotate the filings in
 * the pull request and the run summary:
 *
 * <pre>
 * ::notice::jixiao 0.1.0，规则集 1
 * ::error file=filings/石峰区政协/2024.yaml,line=6,col=1,title=SCHEMA-UNKNOWN-KEY::「/」中没有键「备注」；…
 * </pre>
 *
 * Errors are {@code ::error}, warnings {@code ::warning}, infos {@code ::notice}; {@code line} and {@code col} are
 * given only when known. Values are escaped as GitHub's runner expects: {@code %}, CR and LF in the message, and
 * also {@code :} and {@code ,} in properties. The caller decides whether to print them with {@link #enabled(Map)},
 * and should pass {@link #workspace(Map)} as the base directory so paths are relative to the repository.
 *
 * <p>GitHub shows at most 10 annotations of each level per step in the pull request; all of them are in the log.
 */
public final class GitHubAnnotations implements Report {

    private final ReportSupport support;

    public GitHubAnnotations(ReportOptions options) {
        this.support = new ReportSupport(options);
    }

    /** Whether the environment is a GitHub Actions run ({@code GITHUB_ACTIONS=true}, which the runner sets). */
    public static boolean enabled(Map<String, String> environment) {
        String value = environment.get("GITHUB_ACTIONS");
        return value != null && value.strip().equalsIgnoreCase("true");
    }

    /** The checked-out repository ({@code GITHUB_WORKSPACE}), or null outside GitHub Actions. */
    public static Path workspace(Map<String, String> environment) {
        String value = environment.get("GITHUB_WORKSPACE");
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.GITHUB;
    }

    @Override
    public byte[] bytes(CheckResult result) {
        return ReportSupport.bytes(this, support, result);
    }

    @Override
    public Sink open(OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.append("::notice::").append(escapeData(support.versionLine())).append('\n');
        return new Sink() {
            @Override
            public void add(FileCheck file) throws IOException {
                for (ReportSupport.Entry entry : support.entries(file)) {
                    Finding finding = entry.finding();
                    out.append("::").append(command(finding.severity()));
                    out.append(" file=").append(escapeProperty(entry.path()));
                    if (finding.line() >= 1) {
                        out.append(",line=").append(String.valueOf(finding.line()));
                        if (finding.column() >= 1) {
                            out.append(",col=").append(String.valueOf(finding.column()));
                        }
                    }
                    out.append(",title=").append(escapeProperty(finding.ruleId()));
                    out.append("::").append(escapeData(support.message(finding))).append('\n');
                }
            }

            @Override
            public void finish() throws IOException {
                out.flush();
            }
        };
    }

    /** The workflow command for a severity: {@code error}, {@code warning} or {@code notice}. */
    public static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message: {@code %} → {@code %25}, CR → {@code %0D}, LF → {@code %0A}. */
    public static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: as {@link #escapeData}, and {@code :} → {@code %3A}, {@code ,} → {@code %2C}. */
    public static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
