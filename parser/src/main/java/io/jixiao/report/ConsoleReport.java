package io.jixiao.report;

import io.jixiao.check.CheckResult;
import io.jixiao.check.FileCheck;
import io.jixiao.finding.Severity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The report people read in a terminal or a CI log: every finding as a compiler prints it
 * ({@code path:line:col: 错误[RULE-ID] message}, the source line and a caret under the column), a blank line after
 * each, then one summary line with the versions and the counts.
 *
 * <pre>
 * filings/石峰区政协/2024.yaml:6:1: 错误[SCHEMA-UNKNOWN-KEY] 「/」中没有键「备注」；可用的键：…
 *   备注: 无
 *   ^
 *
 * jixiao 0.1.0（规则集 1）：检查了 2 个文件，1 个错误，0 个警告，0 个提示。
 * </pre>
 */
public final class ConsoleReport implements Report {

    private final ReportSupport support;

    public ConsoleReport(ReportOptions options) {
        this.support = new ReportSupport(options);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.CONSOLE;
    }

    @Override
    public byte[] bytes(CheckResult result) {
        return ReportSupport.bytes(this, support, result);
    }

    @Override
    public Sink open(OutputStream out) {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long[] counts = new long[4];
        return new Sink() {
            @Override
            public void add(FileCheck file) throws IOException {
                counts[0]++;
                counts[1] += file.count(Severity.ERROR);
                counts[2] += file.count(Severity.WARNING);
                counts[3] += file.count(Severity.INFO);
                for (ReportSupport.Entry entry : support.entries(file)) {
                    text.write(support.printed(entry));
                    text.write("\n\n");
                }
            }

            @Override
            public void finish() throws IOException {
                text.write(summary(counts[0], counts[1], counts[2], counts[3]));
                text.write('\n');
                text.flush();
            }
        };
    }

    /** The summary line alone: versions, files checked, errors, warnings and infos, in the chosen language. */
    public String summary(CheckResult result) {
        return summary(result.files().size(), result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO));
    }

    private String summary(long files, long errors, long warnings, long infos) {
        ReportOptions options = support.options();
        return support.messages().format("report.summary", options.jixiaoVersion(), options.ruleSetVersion(),
                files, errors, warnings, infos);
    }
}
