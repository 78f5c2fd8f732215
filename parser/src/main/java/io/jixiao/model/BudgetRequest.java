package io.jixiao.model;

import io.jixiao.value.Money;

/**
 * 年度预算申请 (Hunan 附表1, Sichuan's 总体资金情况): the total, by income source and by expenditure nature. Blank
 * cells are null; the money rules check that both breakdowns add up to the total.
 *
 * @param basicExpenditure   基本支出: the amount, or its split's 合计
 * @param projectExpenditure 项目支出: the amount, or its split's 合计
 * @param basicSplit         基本支出 split by source (合计, 财政资金, 专户资金, 单位资金), or null when written as an amount
 * @param projectSplit       项目支出 split by source, or null when written as an amount
 */
public record BudgetRequest(String pointer, Money total, Money generalBudget, Money governmentFunds,
                            Money otherFunds, Money basicExpenditure, Money projectExpenditure,
                            SourceSplit basicSplit, SourceSplit projectSplit) {
}
