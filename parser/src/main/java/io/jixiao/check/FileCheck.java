package io.jixiao.check;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import io.jixiao.read.SourceLines;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a run keeps of one filing once it is checked: every finding, from reading and from the rules, in source
 * order, with the few source lines they show, and who filed it. Nothing that grows with the filing's size: the
 * model and the positions are let go with the department folder they were read in ({@link CheckedFiling}), so a
 * run holds memory in proportion to its findings.
 *
 * @param file        the filing
 * @param identity    the department and year it was filed for, when it was read into a model; null otherwise
 * @param findings    every finding, in source order
 * @param sourceLines the lines of the file as far as the findings show them ({@link SourceLines#keep}); any other
 *                    line is null
 */
public record FileCheck(Path file, Identity identity, List<Finding> findings, List<String> sourceLines) {

    /**
     * Who a filing says filed it, and where it says so (the line and column of its {@code 部门名称} value): all a
     * run needs to find two files that claim the same department and year.
     *
     * @param department the 部门名称 as written; null only if a model was bound without one
     */
    public record Identity(String department, int year, int line, int column) {
    }

    public FileCheck {
        Objects.requireNonNull(file, "file");
        findings = List.copyOf(findings);
        sourceLines = SourceLines.copyOf(sourceLines);
    }

    /** Whether the filing was read into a model: it is structurally valid (it may still have rule errors). */
    public boolean bound() {
        return identity != null;
    }

    /** The same filing with other findings (a test moving findings, a finding added across files). */
    public FileCheck withFindings(List<Finding> other) {
        return new FileCheck(file, identity, other, sourceLines);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether the filing fails the check: any error, or any warning when warnings count as failures. */
    public boolean failed(boolean failOnWarning) {
        return count(Severity.ERROR) > 0 || (failOnWarning && count(Severity.WARNING) > 0);
    }
}
