package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.Value;

import java.util.Optional;

/**
 * VALUE-MAGNITUDE: {@code 5万} says "fifty thousand" but not fifty thousand what — people, visits or yuan — and the
 * reader of a published table cannot tell. Published filings write it both in targets ({@code 5万} people reached
 * by legal education in Linyi) and in cost rows ({@code 31.5万}, meaning 万元, in Shifeng). Every value of the
 * indicator is checked. For a cost indicator the unit is clearly money, so the message offers {@code 万元}; for
 * others it offers the unit the indicator's other values use ({@code 2万} beside {@code 2万份}), else the one its
 * name suggests ({@code 人数} → 人), or asks for one.
 */
@Checks(Diagnostic.VALUE_MAGNITUDE)
final class MagnitudeWithoutUnitRule implements Rule {

    @Override
    public void check(RuleContext context) {
        context.forEachValue((indicator, located) -> {
            if (IndicatorValues.isMagnitudeWithoutUnit(located.value())) {
                report(context, indicator, located.pointer(), (Value.Quantity) located.value());
            }
        });
    }

    private static void report(RuleContext context, Indicator indicator, String pointer, Value.Quantity value) {
        if (IndicatorNames.measured(indicator) == Category.COST) {
            context.report(pointer, "cost", value.written(), IndicatorValues.rewrite(value, "元"));
            return;
        }
        Optional<String> unit = IndicatorValues.commonUnit(indicator)
                .or(() -> IndicatorNames.countUnitHint(indicator.name()));
        if (unit.isPresent()) {
            context.report(pointer, "hint", value.written(), value.magnitude(),
                    IndicatorValues.rewrite(value, unit.get()));
        } else {
            context.report(pointer, "any", value.written(), value.magnitude());
        }
    }
}
