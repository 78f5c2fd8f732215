package io.jixiao.rules;

import java.util.List;

/** The value rules, in the order they are documented. */
final class ValueRules {

    private ValueRules() {
    }

    static List<Rule> all() {
        return List.of(new QuantityValueRule(), new QualityValueRule(), new TimelinessValueRule(),
                new CostValueRule(), new SatisfactionValueRule(), new MissingValueRule(), new MissingUnitRule(),
                new UnknownUnitRule(), new MagnitudeWithoutUnitRule());
    }
}
