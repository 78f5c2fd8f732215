package io.jixiao.rules;

import java.util.List;

/** The calculation rules, in the order they are documented. */
final class CalculationRules {

    private CalculationRules() {
    }

    static List<Rule> all() {
        return List.of(new WrittenArithmeticRule(), new ProseArithmeticRule());
    }
}
