package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.Comparator;
import io.jixiao.value.Money;
import io.jixiao.value.Numbers;
import io.jixiao.value.UnitKind;
import io.jixiao.value.Value;

/**
 * VALUE-COST: a 成本指标 (cost indicator) caps what the output may cost, so its value is an amount of money that is
 * not to be exceeded: {@code ≤4000元}, {@code ≤37万元}, or an exact {@code 6万元}. 财预〔2021〕101号 asks cost
 * indicators to be set from the cost estimate, in money. Three mistakes are common in published tables:
 * <ul>
 *   <li>a percentage ({@code 资金成本 ≥90%}) copied from the rate rows: it is not an amount;</li>
 *   <li>a counting or time unit ({@code 会议培训标准 ≤3次}): a number of meetings is a quantity, not a cost;</li>
 *   <li>{@code ≥} or {@code >} on money: a cost is a ceiling, "at least 4000 元" invites overspending.</li>
 * </ul>
 * A magnitude without 元 ({@code 31.5万}) is left to VALUE-MAGNITUDE and a bare number to VALUE-MISSING-UNIT, so each
 * defect is reported once; qualitative text ({@code 控制在预算内}) is not judged here. When the table has a budget,
 * the message offers it as the natural ceiling.
 */
@Checks(Diagnostic.VALUE_COST)
final class CostValueRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (IndicatorTable table : context.tables()) {
            for (Indicator indicator : table.indicators()) {
                if (IndicatorNames.measured(indicator) == Category.COST
                        && indicator.value() instanceof Value.Quantity q && q.unit() != null) {
                    check(context, indicator, q, table.budget());
                }
            }
        }
    }

    private static void check(RuleContext context, Indicator indicator, Value.Quantity value, Money budget) {
        String at = IndicatorValues.targetPointer(indicator);
        UnitKind kind = value.unit().kind();
        if (kind == UnitKind.MONEY) {
            if (value.comparator() == Comparator.GE || value.comparator() == Comparator.GT) {
                context.report(at, "floor", value.written(), indicator.name(),
                        "≤" + Numbers.plain(value.number()) + nullToEmpty(value.magnitude())
                                + value.unit().text());
            }
            return;
        }
        if (kind == UnitKind.UNKNOWN) {
            return;
        }
        String variant = kind == UnitKind.PERCENT ? "percent" : "unit";
        if (budget == null) {
            context.report(at, variant, value.written(), indicator.name(), value.unit().text());
        } else {
            context.report(at, variant + "Budget", value.written(), indicator.name(), value.unit().text(),
                    "≤" + Numbers.plain(budget.amount()) + budget.unit().label());
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
