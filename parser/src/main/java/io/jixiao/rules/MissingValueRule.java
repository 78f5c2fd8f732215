package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.Value;

/**
 * VALUE-MISSING: an indicator without a target cannot be monitored during the year nor evaluated after it; the
 * 财政部 guidance requires every performance indicator to carry a 指标值 (target value). Published tables often
 * keep the row and its name but leave the value cell empty, as in the quality and sustainability rows of several
 * Hunan tables. A row with neither name nor value is an empty row instead (TAXONOMY-EMPTY-ROW).
 */
@Checks(Diagnostic.VALUE_MISSING)
final class MissingValueRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            if (IndicatorNames.isNamed(indicator) && indicator.value() instanceof Value.Blank) {
                context.report(IndicatorValues.targetPointer(indicator), "blank", indicator.name());
            }
        }
    }
}
