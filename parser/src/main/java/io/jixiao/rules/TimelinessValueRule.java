package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.UnitKind;
import io.jixiao.value.Value;

import java.util.Optional;

/**
 * VALUE-TIMELINESS: a 时效指标 (timeliness indicator) states when the work is done — a deadline
 * ({@code 2024年6月底前}), a period, a timeliness rate ({@code 及时率 ≥95%}) or words such as 及时, 按时, 如期. A
 * count ({@code ≥3篇}) or an amount of money says nothing about time; it is a quantity or cost indicator in the
 * wrong row, or a copy-paste from the row above. A count of zero ({@code 逾期0次}) is a timeliness target and is left
 * alone.
 */
@Checks(Diagnostic.VALUE_TIMELINESS)
final class TimelinessValueRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.indicators()) {
            if (IndicatorNames.measured(indicator) == Category.TIMELINESS) {
                variant(indicator.value()).ifPresent(variant -> context.report(
                        IndicatorValues.targetPointer(indicator), variant, indicator.value().written(),
                        indicator.name()));
            }
        }
    }

    private static Optional<String> variant(Value value) {
        if (IndicatorValues.isNonZeroQuantity(value)) {
            return Optional.of("count");
        }
        if (value instanceof Value.Quantity && IndicatorValues.knownKind(value).orElse(null) == UnitKind.MONEY) {
            return Optional.of("money");
        }
        return Optional.empty();
    }
}
