package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;

import java.util.HashMap;
import java.util.Map;

/**
 * DUP-INDICATOR: the same 三级指标 twice in one table. An indicator measures one thing once; listing it again,
 * even under another category (山海关 has 「助力经济社会发展」 as a 时效指标 and again as a 社会效益指标), counts it
 * twice in scoring and leaves the category it was copied into without a real measure.
 */
@Checks(Diagnostic.DUP_INDICATOR)
final class RepeatedIndicatorRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (IndicatorTable table : context.tables()) {
            Map<String, Indicator> seen = new HashMap<>();
            for (Indicator indicator : table.indicators()) {
                String name = SameText.normalise(indicator.name());
                if (name.isEmpty()) {
                    continue;
                }
                Indicator earlier = seen.putIfAbsent(name, indicator);
                if (earlier != null) {
                    report(context, indicator, earlier);
                }
            }
        }
    }

    private static void report(RuleContext context, Indicator repeated, Indicator earlier) {
        String pointer = Pointers.child(repeated.pointer(), Keys.Indicator.NAME);
        String name = repeated.name().strip();
        if (earlier.level2() == null || earlier.level2().isBlank()) {
            context.report(pointer, "repeated", name);
        } else {
            context.report(pointer, "repeatedUnder", name, earlier.level2().strip());
        }
    }
}
