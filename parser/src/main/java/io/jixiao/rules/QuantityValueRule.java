package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.Comparator;
import io.jixiao.value.Value;

import java.math.BigDecimal;

/**
 * VALUE-QUANTITY: a 数量指标 (quantity indicator) counts outputs — reports, meetings, people — so its value is a
 * number with a counting unit ({@code ≥3次}, {@code 15篇}). A percentage there measures nothing: {@code 评估报告数量
 * ≥90%} does not say how many reports. Two different mistakes lead to it, and the message tells them apart: a
 * rate (the name ends in 率, such as {@code 设备采购达标率}) filed under 数量 belongs under 质量 or 时效; any other
 * name needs the count it promises.
 *
 * <p>One rate is a quantity measure: the share of the planned output actually delivered. The national framework
 * measures 产出数量 by 实际完成率 (actual ÷ planned output), and filings write it as {@code 设备采购完成率 100%} or
 * {@code 目标人群覆盖率 ≥95%}; such a target (a completion or coverage rate, not about time, a percentage above 0 and
 * at most 100 promised as at least or exactly) is accepted. A 达标率, 合格率 or 使用率 still belongs elsewhere.
 */
@Checks(Diagnostic.VALUE_QUANTITY)
final class QuantityValueRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            if (IndicatorNames.measured(indicator) == Category.QUANTITY
                    && indicator.value() instanceof Value.Quantity q && q.isPercent()
                    && !isDeliveredShare(indicator, q)) {
                report(context, indicator, q);
            }
        }
    }

    /** A completion or coverage rate promised as a share of the plan: {@code 100%}, {@code ≥95%}, {@code =100%}. */
    private static boolean isDeliveredShare(Indicator indicator, Value.Quantity value) {
        Comparator c = value.comparator();
        return IndicatorNames.isDeliveredShare(indicator.name())
                && (c == null || c == Comparator.GE || c == Comparator.EQ) && value.scaled().signum() > 0 && value.scaled().compareTo(HUNDRED) <= 0;
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
