package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule jixiao runs, one per domain diagnostic of the {@link Diagnostic} registry, in the registry's (and
 * SPEC.md's) order. {@link #VERSION} changes whenever a rule is added, removed or changes what it reports, so a
 * report says which rules produced it.
 */
public final class RuleSet {

    /** Version of the rule set, recorded in every report. */
    public static final String VERSION = "3";

    private static final List<Rule> ALL = build(List.of(
            new TaxonomyLevelRule(), new EmptyIndicatorRowRule(), new MisfiledSatisfactionRule(),
            new QuantityValueRule(), new QualityValueRule(), new TimelinessValueRule(), new CostValueRule(),
            new SatisfactionValueRule(), new MissingValueRule(), new MissingUnitRule(), new UnknownUnitRule(),
            new MagnitudeWithoutUnitRule(),
            new TotalsAddUpRule(), new CostWithinBudgetRule(), new ShareOfTotalRule(),
            new MultiYearBudgetRule(), new TasksWithinBudgetRule(),
            new SpendingPlanProgressRule(),
            new WrittenArithmeticRule(), new ProseArithmeticRule(),
            new RepeatedGoalRule(), new RepeatedIndicatorRule(), new CopiedIndicatorSetRule(),
            new FundSummaryAgreementRule(),
            new HistoryYearRule(), new TargetBelowHistoryRule(), new LastYearValueRule(),
            new LoweredTargetRule(),
            // Filing-quality rules (issue 12), declared together at the end of the registry.
            new PlaceholderValueRule(), new CopiedValueRule(), new SimilarIndicatorSetRule(), new NotationRule(),
            new SignOffRule(),
            // What clerks get wrong when they copy last year's file (issue 11).
            new FileNameYearRule(), new PreviousYearDepartmentRule(), new ProjectsWithinDepartmentRule(),
            // Format v2 (issue 9): what the chosen template's form has no place for.
            new UnplacedPartsRule(),
            // A formula filed instead of its value (issue 12, hardening).
            new FormulaValueRule()));

    private static final Map<Diagnostic, Rule> BY_DIAGNOSTIC = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Rule::diagnostic, Function.identity()));

    private RuleSet() {
    }

    /**
     * Checks that the rules and the registry's domain diagnostics match one to one, so a declared rule cannot
     * silently never run and a rule cannot report what nobody declared.
     */
    private static List<Rule> build(List<Rule> rules) {
        List<Diagnostic> checked = rules.stream().map(Rule::diagnostic).toList();
        List<Diagnostic> declared = Diagnostic.all().stream().filter(d -> d.group().domain()).toList();
        if (checked.size() != checked.stream().distinct().count() || !checked.containsAll(declared)
                || !declared.containsAll(checked)) {
            throw new IllegalStateException("the rule set must have one rule per domain diagnostic: rules "
                    + checked + ", declared " + declared);
        }
        return rules.stream().sorted(Comparator.comparing(Rule::diagnostic)).toList();
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The rule that checks a domain diagnostic; empty for the reading and schema stages' diagnostics. */
    public static Optional<Rule> of(Diagnostic diagnostic) {
        return Optional.ofNullable(BY_DIAGNOSTIC.get(diagnostic));
    }

    /** The rule with this id, such as {@code VALUE-COST}. */
    public static Optional<Rule> byId(String id) {
        return Diagnostic.byId(id).flatMap(RuleSet::of);
    }
}
