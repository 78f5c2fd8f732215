package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.Numbers;
import io.jixiao.value.Value;

import java.math.BigDecimal;

/**
 * VALUE-MISSING-UNIT: a target written as a bare number ({@code 95}, {@code ≥3}) leaves the reader to guess what
 * is counted — 95 percent? 95 people? — and a year-end evaluation cannot compare the result with it. The 财政部
 * templates ask for 指标值 with its unit (计量单位). The message names the unit the indicator's category wants.
 * Zero needs no unit and is not reported.
 */
@Checks(Diagnostic.VALUE_MISSING_UNIT)
final class MissingUnitRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            if (IndicatorValues.isBareNumber(indicator.value())
                    && indicator.value() instanceof Value.Quantity q && q.number().signum() != 0) {
                report(context, indicator, q);
            }
        }
    }

    private static void report(RuleContext context, Indicator indicator, Value.Quantity value) {
        String at = IndicatorValues.targetPointer(indicator);
        String written = value.written();
        if (isFractionOnRate(indicator, value)) {
            // Format v2 (issue 9), SPEC.md section 4: 1 or 0.95 on a rate may be a share or a percentage; say both.
            BigDecimal percent = value.number().movePointRight(2);
            context.report(at, "fraction", written, indicator.name(), Numbers.plain(percent),
                    IndicatorValues.rewrite(quantity(value, percent), "%"), IndicatorValues.rewrite(value, "%"));
            return;
        }
        switch (IndicatorNames.measured(indicator)) {
            case QUANTITY -> {
                String unit = IndicatorNames.countUnitHint(indicator.name()).orElse("个");
                context.report(at, "count", written, indicator.name(), IndicatorValues.rewrite(value, unit));
            }
            case QUALITY, SATISFACTION -> context.report(at, "percent", written, indicator.name(),
                    IndicatorValues.rewrite(value, "%"));
            case COST -> context.report(at, "money", written, indicator.name(),
                    IndicatorValues.rewrite(value, context.filing().moneyUnit().label()));
            case TIMELINESS -> context.report(at, "time", written, indicator.name());
            case BENEFIT, UNKNOWN -> context.report(at, "any", written, indicator.name());
        }
    }

    /**
     * A bare number above 0 and at most 1 where a rate is measured (质量, 满意度, or a name ending in 率): a share
     * written as a fraction ({@code 1} for all of it) or a percentage without its sign — jixiao cannot tell which.
     */
    private static boolean isFractionOnRate(Indicator indicator, Value.Quantity value) {
        Category category = IndicatorNames.measured(indicator);
        boolean rate = category == Category.QUALITY || category == Category.SATISFACTION
                || IndicatorNames.isRate(indicator.name());
        return rate && value.number().signum() > 0 && value.number().compareTo(BigDecimal.ONE) <= 0;
    }

    private static Value.Quantity quantity(Value.Quantity value, BigDecimal number) {
        return new Value.Quantity(value.comparator(), number, null, null, value.written());
    }
}
