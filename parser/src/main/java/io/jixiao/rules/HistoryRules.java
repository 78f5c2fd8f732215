package io.jixiao.rules;

import java.util.List;

/** The history rules, in the order they are documented. */
final class HistoryRules {

    private HistoryRules() {
    }

    static List<Rule> all() {
        return List.of(new HistoryYearRule(), new TargetBelowHistoryRule(), new LastYearValueRule());
    }
}
