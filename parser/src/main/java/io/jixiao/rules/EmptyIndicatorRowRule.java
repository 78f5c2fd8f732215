package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.Value;

/**
 * TAXONOMY-EMPTY-ROW: provincial forms print one row per 二级指标 (Hunan's 附表1 lists 经济、社会、生态效益 …), and a
 * department that has no indicator for a category often leaves the row standing with only its category filled in.
 * Published that way, the table promises an indicator it does not have, and the evaluation has nothing to score.
 * The row should get a real indicator and target, or be removed. Only rows with a 一级 or 二级 category are
 * considered (the Shandong duty layout has none); a row with a name but no value is VALUE-MISSING.
 */
@Checks(Diagnostic.TAXONOMY_EMPTY_ROW)
final class EmptyIndicatorRowRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            String category = category(indicator);
            if (category != null && !IndicatorNames.isNamed(indicator)
                    && indicator.value() instanceof Value.Blank) {
                context.report(indicator.pointer(), "empty", category);
            }
        }
    }

    /** The most specific category written for the row, or null when it has none. */
    private static String category(Indicator indicator) {
        if (indicator.level2() != null && !indicator.level2().isBlank()) {
            return indicator.level2().strip();
        }
        if (indicator.level1() != null && !indicator.level1().isBlank()) {
            return indicator.level1().strip();
        }
        return null;
    }
}
