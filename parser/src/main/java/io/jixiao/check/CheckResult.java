package io.jixiao.check;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;

import java.util.List;

/** Every filing checked in one run, in path order. */
public record CheckResult(List<FileCheck> files) {

    public CheckResult {
        files = List.copyOf(files);
    }

    public long count(Severity severity) {
        return files.stream().mapToLong(f -> f.count(severity)).sum();
    }

    public List<Finding> findings() {
        return files.stream().flatMap(f -> f.findings().stream()).toList();
    }

    /** Whether the run fails: an error anywhere, or a warning anywhere in strict mode. */
    public boolean failed(boolean failOnWarning) {
        return files.stream().anyMatch(f -> f.failed(failOnWarning));
    }
}
