package io.jixiao.model;

import io.jixiao.value.Money;

/**
 * 年度预算申请 (Hunan 附表1): the total, by income source and by expenditure nature. Blank cells are null; the
 * money rules check that both breakdowns add up to the total.
 */
public record BudgetRequest(String pointer, Money total, Money generalBudget, Money governmentFunds,
                            Money otherFunds, Money basicExpenditure, Money projectExpenditure) {
}
