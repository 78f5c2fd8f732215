package io.jixiao.rules;

import java.util.List;

/** The plan rules, in the order they are documented. */
final class PlanRules {

    private PlanRules() {
    }

    static List<Rule> all() {
        return List.of(new SpendingPlanProgressRule());
    }
}
