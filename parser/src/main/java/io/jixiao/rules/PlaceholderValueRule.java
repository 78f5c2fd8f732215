package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;

/**
 * VALUE-PLACEHOLDER: a target that is not one. Published tables fill the value cell with the indicator's own name
 * (山海关 2021: 三级指标 and 指标值 both 「提供优质服务」), with its description, or with 无, 不适用, 否 or
 * 「本项目不适用此指标 / 无」 (金安 2025 生态效益) so that every printed row looks complete. Nothing in such a cell
 * can be monitored or evaluated. The advice depends on the category: the output categories and satisfaction are
 * required and need a real target; a benefit category that does not apply is left out rather than filled with 无.
 */
@Checks(Diagnostic.VALUE_PLACEHOLDER)
final class PlaceholderValueRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            Placeholders.of(indicator).ifPresent(kind -> report(context, indicator, kind));
        }
    }

    private static void report(RuleContext context, Indicator indicator, Placeholders.Kind kind) {
        String at = IndicatorValues.targetPointer(indicator);
        String value = indicator.value().written();
        String name = IndicatorNames.isNamed(indicator) ? indicator.name().strip() : value;
        switch (kind) {
            case SAME_AS_NAME -> context.report(at, "sameAsName", value);
            case SAME_AS_EXPLANATION -> context.report(at, "sameAsExplanation", value, name);
            case NONE -> {
                Category category = IndicatorNames.measured(indicator);
                String level2 = indicator.level2() == null ? "" : indicator.level2().strip();
                switch (category) {
                    case BENEFIT -> context.report(at, "optional", value, name, level2);
                    case UNKNOWN -> context.report(at, "any", value, name);
                    default -> context.report(at, "required", value, name, level2.isEmpty()
                            ? ProfileCategories.level2OrDefault(context.profile(), category, level2) : level2);
                }
            }
        }
    }
}
