package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.Value;

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
}
