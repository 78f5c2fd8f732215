package io.jixiao.rules;

import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import io.jixiao.model.Filing;
import io.jixiao.model.FilingBinder;
import io.jixiao.model.TaxonomyProfile;
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

    /** @param defaultProfile the taxonomy profile for filings that declare none */
    public RuleEngine(List<Rule> rules, RuleConfig config, String defaultProfile) {
        this.rules = List.copyOf(rules);
        this.config = config;
        this.defaultProfile = TaxonomyProfile.load(defaultProfile).map(TaxonomyProfile::id)
                .orElseThrow(() -> new IllegalArgumentException("unknown taxonomy profile: " + defaultProfile
                        + " (choose one of " + String.join(", ", TaxonomyProfile.IDS) + ")"));
    }

    /**
     * @param previousYear the same department's filing for the year before, if the repository holds one
     * @return the rules' findings, in source order
     */
    public List<Finding> check(Path file, Filing filing, SourcePositions positions, Optional<Filing> previousYear) {
        TaxonomyProfile profile = TaxonomyProfile.load(filing.profile() != null ? filing.profile() : defaultProfile)
                .orElseThrow();
        List<Finding> findings = RuleContext.newList();
        for (Rule rule : rules) {
            Optional<Severity> severity = config.severityOf(rule);
            if (severity.isPresent()) {
                rule.check(new RuleContext(file, filing, profile, previousYear.orElse(null), positions, rule,
                        severity.get(), findings));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::ruleId));
        return findings;
    }
}
