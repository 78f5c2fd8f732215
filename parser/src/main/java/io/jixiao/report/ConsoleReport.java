package io.jixiao.report;

import io.jixiao.check.CheckResult;
import io.jixiao.finding.Severity;

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
    public String render(CheckResult result) {
        StringBuilder out = new StringBuilder();
        for (ReportSupport.Entry entry : support.entries(result)) {
            out.append(support.printed(entry)).append("\n\n");
        }
        return out.append(summary(result)).append('\n').toString();
    }

    /** The summary line alone: versions, files checked, errors, warnings and infos, in the chosen language. */
    public String summary(CheckResult result) {
        ReportOptions options = support.options();
        return support.messages().format("report.summary", options.jixiaoVersion(), options.ruleSetVersion(),
                (long) result.files().size(), result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO));
    }
}
