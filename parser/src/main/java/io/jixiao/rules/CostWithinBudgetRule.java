package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.value.Comparator;
import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * MONEY-COST-BUDGET: a cost indicator's amount is not above the budget of its table. A 成本指标 caps what the work
 * may cost (财预〔2021〕101号 asks for cost targets set from the budget and the standards); a cap above the money the
 * table actually has promises nothing, and usually means 元 and 万元 were mixed up. Only caps (≤, = or no comparator)
 * in a plain money unit are compared: a per-unit cost such as ≤3000元/人 is not a total.
 */
@Checks(Diagnostic.MONEY_COST_BUDGET)
final class CostWithinBudgetRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (IndicatorTable table : context.tables()) {
            if (table.budget() == null) {
                continue;
            }
            BigDecimal budgetYuan = table.budget().in(MoneyUnit.YUAN);
            for (Indicator indicator : table.indicators()) {
                if (Category.of(indicator.level2()) != Category.COST) {
                    continue;
                }
                costCap(indicator.value()).filter(cost -> cost.compareTo(budgetYuan) > 0).ifPresent(cost ->
                        context.report(Pointers.child(indicator.pointer(), Keys.Indicator.VALUE), "aboveBudget",
                                indicator.value().written(), table.label(), budget(table.budget())));
            }
        }
    }

    /**
     * The amount in 元 a value caps the cost at: {@code ≤185.91万元}, {@code =4000元}, {@code 528.244101万} (万 alone
     * means 万元). Empty for lower bounds, per-unit costs, bare numbers and anything that is not an amount.
     */
    private static Optional<BigDecimal> costCap(Value value) {
        if (!(value instanceof Value.Quantity q) || !isCap(q.comparator())) {
            return Optional.empty();
        }
        if (q.unit() == null) {
            return q.magnitude() == null ? Optional.empty() : Optional.of(q.scaled());
        }
        return MoneyUnit.yuanPer(q.unit().text()).map(q.scaled()::multiply);
    }

    private static boolean isCap(Comparator comparator) {
        return comparator == null || comparator == Comparator.LE || comparator == Comparator.EQ;
    }

    private static String budget(Money budget) {
        return budget.hasWrittenUnit() ? budget.written() : budget.written() + budget.unit().label();
    }
}
