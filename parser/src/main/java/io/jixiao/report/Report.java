package io.jixiao.report;

import io.jixiao.check.CheckResult;

import java.nio.charset.StandardCharsets;

/**
 * One report format. A report is a pure function of the check result and the {@link ReportOptions}: the same
 * findings give the same text, byte for byte (no timestamps, no machine paths unless the findings carry them, lines
 * ending in {@code \n}).
 */
public interface Report {

    /** Which format this is. */
    ReportFormat format();

    /** The whole report as text. */
    String render(CheckResult result);

    /** The whole report in UTF-8, as it is written to a file. */
    default byte[] bytes(CheckResult result) {
        return render(result).getBytes(StandardCharsets.UTF_8);
    }
}
