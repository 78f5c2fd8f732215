package io.jixiao.rules;

import io.jixiao.finding.ConfigurationException;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Repeats;
import io.jixiao.finding.Severity;
import io.jixiao.history.CrossYear;
import io.jixiao.history.YearMatch;
import io.jixiao.model.Filing;
import io.jixiao.model.FilingBinder;
import io.jixiao.model.Indicator;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.read.Limits;
import io.jixiao.read.SourcePositions;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Runs the rules on one parsed filing, with the user's severity overrides. */
public final class RuleEngine {

    private final List<Rule> rules;
    private final RuleConfig config;
    private final String defaultProfile;

    public RuleEngine(RuleConfig config) {
        this(RuleSet.all(), config, FilingBinder.DEFAULT_PROFILE);
    }

    public RuleEngine(List<Rule> rules, RuleConfig config) {
        this(rules, config, FilingBinder.DEFAULT_PROFILE);
    }

    /**
     * @param defaultProfile the taxonomy profile for filings that declare none
     * @throws ConfigurationException when the profile is unknown
     */
    public RuleEngine(List<Rule> rules, RuleConfig config, String defaultProfile) {
        this.rules = List.copyOf(rules);
        this.config = config;
        this.defaultProfile = TaxonomyProfile.load(defaultProfile).map(TaxonomyProfile::id)
                .orElseThrow(() -> new ConfigurationException("config.profile", defaultProfile, TaxonomyProfile.IDS));
    }

    /**
     * A rule that fails on a filing (a bug in jixiao) is reported as a {@link Diagnostic#JIXIAO_INTERNAL} finding
     * naming the rule, so the other rules' findings and the other filings are still checked and shown.
     *
     * @param previousYear the same department's filing for the year before, if the repository holds one
     * @return the rules' findings, in source order, the same message on the same line once ({@link Repeats}), at
     *         most {@link Limits#maxFindingsPerRule()} of each rule and then one finding that counts the rest
     */
    public List<Finding> check(Path file, Filing filing, SourcePositions positions, Optional<Filing> previousYear) {
        TaxonomyProfile profile = TaxonomyProfile.load(filing.profile() != null ? filing.profile() : defaultProfile)
                .orElseThrow();
        List<Indicator> indicators = filing.allIndicators();
        Filing previous = previousYear.orElse(null);
        YearMatch[] matched = new YearMatch[1]; // rules run one after another on this thread
        java.util.function.Supplier<YearMatch> yearMatch = () -> {
            if (matched[0] == null) {
                matched[0] = CrossYear.match(previous, filing);
            }
            return matched[0];
        };
        List<Finding> findings = RuleContext.newList();
        for (Rule rule : rules) {
            Diagnostic diagnostic = rule.diagnostic();
            Optional<Severity> severity = config.severityOf(diagnostic);
            if (severity.isEmpty()) {
                continue;
            }
            RuleContext context = new RuleContext(file, filing, profile, previous, yearMatch, positions,
                    indicators, diagnostic, severity.get(), findings, Limits.DEFAULT.maxFindingsPerRule());
            try {
                rule.check(context);
                context.leftOut().ifPresent(findings::add);
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(Diagnostic.JIXIAO_INTERNAL.finding(file, 0, 0, "", "rule", diagnostic.id(),
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::ruleId));
        return Repeats.collapse(findings);
    }
}
