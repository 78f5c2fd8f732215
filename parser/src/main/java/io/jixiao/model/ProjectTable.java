package io.jixiao.model;

import io.jixiao.value.Money;
import io.jixiao.value.Value;

import java.util.List;

/**
 * 项目绩效目标表: one project's budget (预算数 = 财政资金 + 其他资金), use, spending plan, goals and indicators.
 *
 * @param spendingPlan cumulative spending by month end, in the order written
 */
public record ProjectTable(String pointer, String title, String unitCode, String unitName, String code, String name,
                           Money budget, Money fiscalFunds, Money otherFunds, String use,
                           List<PlanPoint> spendingPlan, Goals goals, List<Indicator> indicators) {

    public ProjectTable {
        spendingPlan = List.copyOf(spendingPlan);
        indicators = List.copyOf(indicators);
    }

    /** Identifies the project across years: its code when it has one, else its name. */
    public String key() {
        return code != null ? code : name;
    }

    /** One point of the spending plan: cumulative share spent by the end of a month ({@code 3月底: 25%}). */
    public record PlanPoint(String pointer, int month, Value cumulative) {
    }
}
