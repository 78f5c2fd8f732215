package io.jixiao.rules;

import java.util.List;

/** The money rules, in the order they are documented. */
final class MoneyRules {

    private MoneyRules() {
    }

    static List<Rule> all() {
        return List.of(new TotalsAddUpRule(), new CostWithinBudgetRule(), new ShareOfTotalRule());
    }
}
