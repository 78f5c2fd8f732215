package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.UnitKind;
import io.jixiao.value.Value;

/**
 * VALUE-SATISFACTION: satisfaction is measured by survey and reported as the share of satisfied respondents, so a
 * satisfaction indicator's value is a percentage ({@code ≥90%}); the 财政部 framework (财预〔2020〕10号附件) and
 * 财预〔2021〕101号 both express 服务对象满意度 that way. Words ({@code 满意}, {@code 较高}), counts or dates cannot
 * be checked against a survey at year end. An indicator counts as a satisfaction indicator when its 二级指标 is a
 * satisfaction category or its name ends in 满意度/满意率. Bare numbers, magnitudes and unknown units are left to
 * the unit rules, and a placeholder such as {@code 无} to VALUE-PLACEHOLDER.
 */
@Checks(Diagnostic.VALUE_SATISFACTION)
final class SatisfactionValueRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            if (IndicatorNames.measured(indicator) == Category.SATISFACTION && isNotPercentage(indicator.value())
                    && !Placeholders.isPlaceholder(indicator)) {
                // An unnamed row is a satisfaction indicator by its 二级指标: name it by that (found by fuzzing).
                context.report(IndicatorValues.targetPointer(indicator), "notPercent", indicator.value().written(),
                        indicator.name() != null ? indicator.name() : indicator.level2());
            }
        }
    }

    private static boolean isNotPercentage(Value value) {
        if (value instanceof Value.Quantity) {
            return IndicatorValues.knownKind(value).map(kind -> kind != UnitKind.PERCENT).orElse(false);
        }
        return value instanceof Value.Qualitative || value instanceof Value.DateValue
                || value instanceof Value.Period;
    }
}
