package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;

/**
 * VALUE-QUALITY: a 质量指标 (quality indicator) states how well the work is done — a pass or completion rate
 * ({@code ≥95%}), or a level ({@code 合规}, {@code 良好}, {@code 达标}). A plain count such as {@code ≥3篇} says how
 * much, not how well, so it is probably a quantity indicator filed in the wrong row. Only a hint: some quality
 * standards are legitimately counted, and {@code 0次} (no accidents, no complaints) is a zero-defect target that
 * is never reported.
 */
@Checks(Diagnostic.VALUE_QUALITY)
final class QualityValueRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            if (IndicatorNames.measured(indicator) == Category.QUALITY
                    && IndicatorValues.isNonZeroQuantity(indicator.value())) {
                String quantity = ProfileCategories.level2OrDefault(context.profile(), Category.QUANTITY, "数量指标");
                context.report(IndicatorValues.targetPointer(indicator), "count", indicator.value().written(),
                        indicator.name(), quantity);
            }
        }
    }
}
