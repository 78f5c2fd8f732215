package io.jixiao.rules;

import java.util.List;

/** The crosstable rules, in the order they are documented. */
final class CrossTableRules {

    private CrossTableRules() {
    }

    static List<Rule> all() {
        return List.of(new FundSummaryAgreementRule());
    }
}
