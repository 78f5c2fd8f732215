package io.jixiao.model;

import io.jixiao.value.Money;
import io.jixiao.value.Value;

/**
 * A project's money beyond 预算数, 财政资金 and 其他资金: the finer 资金来源, last year's budget and spending for
 * the same project, and the 预算执行 line of forms that score it.
 *
 * @param sources         资金来源, or null
 * @param executionRate   预算执行 → 年度预算执行率, or null
 * @param executionScore  预算执行 → 分值, or null
 */
public record ProjectMoney(FundSources sources, Money lastYearBudget, Money lastYearSpent, Value executionRate,
                           Value executionScore) {
}
