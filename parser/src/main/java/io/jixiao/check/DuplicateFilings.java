package io.jixiao.check;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Two filings that claim the same department (部门名称) and year (年度), in one folder or in two: the second, in
 * {@link FilingOrder}, gets an error naming the first. The run checks folder by folder and forgets each filing's
 * model, so this is the one index over the whole run: one entry per department and year, holding the department
 * name the filing's identity already carries and the first file's path, which the run lists anyway. That is a few
 * dozen bytes per filing, against the hundreds of kilobytes of a model.
 *
 * <p>A filing whose name already contradicts its 年度 (PLACE-YEAR) makes no claim: the usual case is last year's
 * file copied to {@code 2027.yaml} with 年度 left at 2026, and PLACE-YEAR already says what to change. Reporting
 * the same slip a second time, as a duplicate of last year's filing, tells the clerk nothing new.
 *
 * <p>Not part of a filing's cached findings, since it depends on other files: it is worked out again on every run,
 * from the identities the cache keeps.
 */
final class DuplicateFilings {

    private record Claim(String department, int year) {
    }

    private final Map<Claim, Path> first = new HashMap<>();
    private final Function<Path, String> shown;

    /** @param shown how the first filing is named in the message (relative to the filings folder) */
    DuplicateFilings(Function<Path, String> shown) {
        this.shown = shown;
    }

    /**
     * Records the filing's claim; must be called in {@link FilingOrder}.
     *
     * @return the filing, with an error when an earlier filing made the same claim
     */
    FileCheck claim(FileCheck check) {
        FileCheck.Identity id = check.identity();
        if (id == null || id.department() == null || id.department().isBlank()) {
            return check;
        }
        if (check.findings().stream().anyMatch(f -> f.diagnostic() == Diagnostic.PLACE_YEAR)) {
            return check;
        }
        Path earlier = first.putIfAbsent(new Claim(id.department().strip(), id.year()), check.file());
        if (earlier == null) {
            return check;
        }
        Finding duplicate = Diagnostic.FILE_DUPLICATE_FILING.finding(check.file(), id.line(), id.column(),
                Pointers.of(Keys.DEPARTMENT_NAME), "duplicateFiling", id.department().strip(),
                String.valueOf(id.year()), shown.apply(earlier));
        List<Finding> findings = new ArrayList<>(check.findings());
        findings.add(duplicate);
        findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::ruleId));
        return check.withFindings(findings);
    }
}
