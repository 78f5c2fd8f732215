package io.jixiao.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every rule jixiao runs, grouped as SPEC.md documents them. {@link #VERSION} changes whenever a rule is added,
 * removed or changes what it reports, so a report says which rules produced it.
 */
public final class RuleSet {

    /** Version of the rule set, recorded in every report. */
    public static final String VERSION = "1";

    private static final List<Rule> ALL = build();

    private RuleSet() {
    }

    private static List<Rule> build() {
        List<Rule> rules = new ArrayList<>();
        Stream.of(TaxonomyRules.all(), ValueRules.all(), MoneyRules.all(), PlanRules.all(), CalculationRules.all(),
                DuplicateRules.all(), CrossTableRules.all(), HistoryRules.all()).forEach(rules::addAll);
        return List.copyOf(rules);
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
