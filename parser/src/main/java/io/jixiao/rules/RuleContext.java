package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.FindingCap;
import io.jixiao.finding.Severity;
import io.jixiao.history.CrossYear;
import io.jixiao.history.YearMatch;
import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.read.SourcePositions;
import io.jixiao.read.SourcePositions.Position;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

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
    private final java.util.function.Supplier<YearMatch> yearMatch;
    private final SourcePositions positions;
    private final List<Indicator> indicators;
    private final Diagnostic diagnostic;
    private final Severity severity;
    private final List<Finding> findings;
    private final int maxFindings;
    private int reported;
    /** The first finding past {@link #maxFindings}, standing for all of them; the rest are only counted. */
    private Finding firstLeftOut;

    /**
     * @param indicators  the filing's indicators, listed once per filing and shared by the rules
     * @param yearMatch   the previous year matched with this one, worked out at most once per filing and shared by
     *                    the rules (asked for only when there is a previous year)
     * @param maxFindings how many findings the rule may add; past that they are counted, not made
     */
    RuleContext(Path file, Filing filing, TaxonomyProfile profile, Filing previousYear,
                java.util.function.Supplier<YearMatch> yearMatch, SourcePositions positions,
                List<Indicator> indicators, Diagnostic diagnostic, Severity severity, List<Finding> findings,
                int maxFindings) {
        this.file = file;
        this.filing = filing;
        this.profile = profile;
        this.previousYear = previousYear;
        this.yearMatch = yearMatch;
        this.positions = positions;
        this.indicators = indicators;
        this.diagnostic = diagnostic;
        this.severity = severity;
        this.findings = findings;
        this.maxFindings = maxFindings;
    }

    public Filing filing() {
        return filing;
    }

    /** The file the filing was read from, as the check names it: where it is filed says its department and year. */
    public Path file() {
        return file;
    }

    public TaxonomyProfile profile() {
        return profile;
    }

    /** The same department's filing for the year before, when the repository holds it and it parsed. */
    public Optional<Filing> previousYear() {
        return Optional.ofNullable(previousYear);
    }

    /**
     * The previous year's tables and indicators matched with this year's ({@link CrossYear#match}); empty without a
     * previous year. Several rules compare the two years, and matching compares every pair of indicators, so it is
     * done once per filing.
     */
    public Optional<YearMatch> yearMatch() {
        return previousYear == null ? Optional.empty() : Optional.of(yearMatch.get());
    }

    /**
     * Every indicator of the filing, wherever it is filed (the department's tables, each project's, each
     * spending direction's), in filing order: what a rule that judges indicators one at a time iterates over.
     */
    public List<Indicator> indicators() {
        return indicators;
    }

    /**
     * Every value written for every indicator — its target, standard values and history values — with the
     * indicator it belongs to: what a rule about how values are written looks at.
     */
    void forEachValue(BiConsumer<Indicator, IndicatorValues.Located> action) {
        for (Indicator indicator : indicators) {
            for (IndicatorValues.Located located : IndicatorValues.all(indicator)) {
                action.accept(indicator, located);
            }
        }
    }

    /** Every indicator table of the filing, with the budget each is measured against. */
    public List<IndicatorTable> tables() {
        return IndicatorTable.of(filing);
    }

    /**
     * Reports a finding of the running rule at the value the pointer names.
     *
     * @param pointer JSON pointer of the offending value (e.g. an indicator's pointer + {@code /指标值})
     * @param variant one of the message variants the rule's {@link Diagnostic} declares: the text is
     *                {@code rule.<ID>.<variant>} in the bundle
     */
    public void report(String pointer, String variant, Object... arguments) {
        reported++;
        if (reported > maxFindings + 1) {
            return; // counted: a file of a hundred thousand copies of one mistake costs no memory for them
        }
        Position at = positions.value(pointer);
        Finding finding = diagnostic.finding(file, at.line(), at.column(), pointer, severity, variant, arguments);
        if (reported <= maxFindings) {
            findings.add(finding);
        } else {
            firstLeftOut = finding;
        }
    }

    /** The {@code LIMIT-FINDINGS} finding for what the rule reported past its limit, if it did. */
    Optional<Finding> leftOut() {
        return firstLeftOut == null ? Optional.empty()
                : Optional.of(FindingCap.summary(firstLeftOut, reported - maxFindings, maxFindings));
    }

    static List<Finding> newList() {
        return new ArrayList<>();
    }
}
