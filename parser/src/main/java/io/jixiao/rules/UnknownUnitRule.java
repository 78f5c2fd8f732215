package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.Numbers;
import io.jixiao.value.Unit;
import io.jixiao.value.UnitKind;
import io.jixiao.value.Value;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * VALUE-UNKNOWN-UNIT: a unit jixiao does not know is almost always a typo from the transcription of the printed
 * table — the Wuhan filing has {@code 2019: 6资} between {@code 5次} values — and a value with a misspelt unit can
 * be neither compared with last year nor summed. Every value of the indicator is checked: target, standard and
 * history. The suggestion is the unit the same indicator's other values use most (the strongest evidence of what
 * was meant), else a known unit the text starts with, else the unit the category usually takes.
 */
@Checks(Diagnostic.VALUE_UNKNOWN_UNIT)
final class UnknownUnitRule implements Rule {

    @Override
    public void check(RuleContext context) {
        context.forEachValue((indicator, located) -> IndicatorValues.unit(located.value())
                .filter(UnknownUnitRule::isUnknown).ifPresent(unit -> report(context, indicator, located, unit)));
    }

    /**
     * Whether jixiao cannot tell what the unit measures. A measure word before a known unit ({@code 3个工作日},
     * {@code 2个小时}) is ordinary Chinese, not a typo.
     */
    private static boolean isUnknown(Unit unit) {
        return unit.kind() == UnitKind.UNKNOWN
                && !(unit.text().startsWith("个") && Unit.of(unit.text().substring(1)).kind() != UnitKind.UNKNOWN);
    }

    private static void report(RuleContext context, Indicator indicator, IndicatorValues.Located located,
                               Unit unit) {
        String written = located.value().written();
        Optional<String> sibling = IndicatorValues.commonUnit(indicator);
        if (sibling.isPresent()) {
            context.report(located.pointer(), "sameIndicator", written, unit.text(),
                    rewrite(located.value(), sibling.get()), sibling.get());
            return;
        }
        Optional<String> likely = knownPrefix(unit.text())
                .or(() -> categoryUnit(context, indicator, located.value()));
        if (likely.isPresent()) {
            context.report(located.pointer(), "likely", written, unit.text(), rewrite(located.value(), likely.get()));
        } else {
            context.report(located.pointer(), "none", written, unit.text());
        }
    }

    /** The longest known unit the text starts with: {@code 个项目} was probably meant as {@code 个}. */
    private static Optional<String> knownPrefix(String text) {
        return Stream.of(Unit.QUANTITY_UNITS, Unit.MONEY_UNITS, Unit.PERCENT_UNITS, Unit.DURATION_UNITS)
                .flatMap(Set::stream).filter(u -> text.startsWith(u) && u.length() < text.length())
                .max(Comparator.comparingInt(String::length));
    }

    /** The unit the category usually takes; for money after a magnitude just 元 ({@code 5万圆} → {@code 5万元}). */
    private static Optional<String> categoryUnit(RuleContext context, Indicator indicator, Value value) {
        return switch (IndicatorNames.measured(indicator)) {
            case QUANTITY -> IndicatorNames.countUnitHint(indicator.name());
            case QUALITY, SATISFACTION -> Optional.of("%");
            case COST -> Optional.of(value instanceof Value.Quantity q && q.magnitude() != null
                    ? "元" : context.filing().moneyUnit().label());
            case TIMELINESS, BENEFIT, UNKNOWN -> Optional.empty();
        };
    }

    private static String rewrite(Value value, String unit) {
        if (value instanceof Value.Quantity q) {
            return IndicatorValues.rewrite(q, unit);
        }
        Value.Tolerance t = (Value.Tolerance) value;
        return "±" + Numbers.plain(t.plusMinus()) + unit;
    }
}
