package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.Value;

/**
 * VALUE-QUANTITY: a 数量指标 (quantity indicator) counts outputs — reports, meetings, people — so its value is a
 * number with a counting unit ({@code ≥3次}, {@code 15篇}). A percentage there measures nothing: {@code 评估报告数量
 * ≥90%} does not say how many reports. Two different mistakes lead to it, and the message tells them apart: a
 * rate (the name ends in 率, such as {@code 设备采购完成率}) filed under 数量 belongs under 质量 or 时效; any other
 * name needs the count it promises.
 */
@Checks(Diagnostic.VALUE_QUANTITY)
final class QuantityValueRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            if (IndicatorNames.measured(indicator) == Category.QUANTITY
                    && indicator.value() instanceof Value.Quantity q && q.isPercent()) {
                report(context, indicator, q);
            }
        }
    }

    private static void report(RuleContext context, Indicator indicator, Value.Quantity value) {
        String at = IndicatorValues.targetPointer(indicator);
        if (IndicatorNames.isRate(indicator.name())) {
            Category home = IndicatorNames.speaksOfTime(indicator.name()) ? Category.TIMELINESS : Category.QUALITY;
            String level2 = ProfileCategories.level2OrDefault(context.profile(), home,
                    home == Category.TIMELINESS ? "时效指标" : "质量指标");
            context.report(at, "rate", value.written(), indicator.name(), level2);
        } else {
            String unit = IndicatorNames.countUnitHint(indicator.name()).orElse("个");
            context.report(at, "count", value.written(), indicator.name(), unit);
        }
    }
}
