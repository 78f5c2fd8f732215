package io.jixiao.model;

import io.jixiao.value.Money;

/**
 * One kind of spending (基本支出 or 项目支出) split by where the money comes from: 合计 = 财政资金 + 专户资金 + 单位资金
 * (+ 其他资金), as Sichuan's department-wide form prints it.
 *
 * @param pointer JSON pointer of the split
 */
public record SourceSplit(String pointer, Money total, Money fiscalFunds, Money specialAccount, Money unitFunds,
                          Money otherFunds) {
}
