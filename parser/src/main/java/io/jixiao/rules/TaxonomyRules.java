package io.jixiao.rules;

import java.util.List;

/** The taxonomy rules, in the order they are documented. */
final class TaxonomyRules {

    private TaxonomyRules() {
    }

    static List<Rule> all() {
        return List.of(new TaxonomyLevelRule(), new EmptyIndicatorRowRule(), new MisfiledSatisfactionRule());
    }
}
