package io.jixiao.check;

import io.jixiao.report.ReportFormat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The check goal's path through the library, as a program of its own for {@link BoundedMemoryTest} to run in a
 * small heap: check a folder with the incremental cache and the reports, sharing a map as the plugin does, printing
 * nothing but one summary line.
 */
public final class BoundedMemoryProbe {

    private BoundedMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path filings = Path.of(args[0]);
        Path out = Path.of(args[1]);
        CheckOptions options = new CheckOptions(filings, List.of(), List.of(), io.jixiao.rules.RuleConfig.DEFAULTS,
                "national-2020", Locale.CHINESE, false, Map.of(ReportFormat.SARIF, out.resolve("jixiao.sarif"),
                ReportFormat.JUNIT, out.resolve("TEST-jixiao.xml"), ReportFormat.GITLAB, out.resolve("gl.json")),
                filings.getParent(), out.resolve(".cache"));
        long[] printed = {0};
        CheckSummary summary = new FolderCheck(options).run((severity, line) -> printed[0]++,
                Map.of("GITHUB_ACTIONS", "true"), new HashMap<>());
        System.out.println("summary filings=" + summary.filings() + " errors=" + summary.errors() + " warnings="
                + summary.warnings() + " infos=" + summary.infos() + " lines=" + printed[0] + " millis="
                + summary.millis());
    }
}
