package io.jixiao.rules;

import java.util.List;

/** The duplicate rules, in the order they are documented. */
final class DuplicateRules {

    private DuplicateRules() {
    }

    static List<Rule> all() {
        return List.of(new RepeatedGoalRule(), new RepeatedIndicatorRule(), new CopiedIndicatorSetRule());
    }
}
