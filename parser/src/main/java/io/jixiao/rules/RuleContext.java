package io.jixiao.rules;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import io.jixiao.model.Filing;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.read.SourcePositions;
import io.jixiao.read.SourcePositions.Position;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees of one filing — the model, its taxonomy profile, the same department's previous-year filing
 * when the repository has it — and where it reports. Findings are positioned by JSON pointer, so a rule names
 * the offending value and the line follows.
 */
public final class RuleContext {

    private final Path file;
    private final Filing filing;
    private final TaxonomyProfile profile;
    private final Filing previousYear;
    private final SourcePositions positions;
    private final Rule rule;
    private final Severity severity;
    private final List<Finding> findings;

    RuleContext(Path file, Filing filing, TaxonomyProfile profile, Filing previousYear, SourcePositions positions,
                Rule rule, Severity severity, List<Finding> findings) {
        this.file = file;
        this.filing = filing;
        this.profile = profile;
        this.previousYear = previousYear;
        this.positions = positions;
        this.rule = rule;
        this.severity = severity;
        this.findings = findings;
    }

    public Filing filing() {
        return filing;
    }

    public TaxonomyProfile profile() {
        return profile;
    }

    /** The same department's filing for the year before, when the repository holds it and it parsed. */
    public Optional<Filing> previousYear() {
        return Optional.ofNullable(previousYear);
    }

    /** Every indicator table of the filing, with the budget each is measured against. */
    public List<IndicatorTable> tables() {
        return IndicatorTable.of(filing);
    }

    /**
     * Reports a finding of the running rule at the value the pointer names.
     *
     * @param pointer JSON pointer of the offending value (e.g. an indicator's pointer + {@code /指标值})
     * @param variant the message variant: the text is {@code rule.<ID>.<variant>} in the bundle
     */
    public void report(String pointer, String variant, Object... arguments) {
        Position at = positions.value(pointer);
        findings.add(new Finding(file, at.line(), at.column(), pointer, rule.id(), severity,
                "rule." + rule.id() + "." + variant, List.of(arguments)));
    }

    static List<Finding> newList() {
        return new ArrayList<>();
    }
}
