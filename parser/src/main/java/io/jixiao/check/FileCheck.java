package io.jixiao.check;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import io.jixiao.parser.ParseResult;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome for one filing: how it parsed and every finding, from reading and from the rules, in source order.
 */
public record FileCheck(Path file, ParseResult parse, List<Finding> findings) {

    public FileCheck {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether the filing fails the check: any error, or any warning when warnings count as failures. */
    public boolean failed(boolean failOnWarning) {
        return count(Severity.ERROR) > 0 || (failOnWarning && count(Severity.WARNING) > 0);
    }
}
