package io.jixiao.model;

import io.jixiao.value.Money;

/**
 * 资金来源: the finer 其中 parts of a project's money, as far as the form prints them. 财政资金 splits by budget
 * (一般公共预算, 政府性基金, 国有资本经营预算) and by government level (上级, 本级); 自有资金 into 事业收入 and 经营收入;
 * 上年结转 stands beside 财政资金 and 其他资金. The totals themselves (预算数, 财政资金, 其他资金) are on the table.
 * A part the form does not print is null.
 *
 * @param pointer JSON pointer of the breakdown
 */
public record FundSources(String pointer, Money generalBudget, Money governmentFunds, Money stateCapital,
                          Money higherLevel, Money sameLevel, Money ownFunds, Money serviceIncome,
                          Money operatingIncome, Money carriedOver) {

    /**
     * The part filed under a key of the breakdown ({@link Keys.FundSources}), or null when not filed.
     *
     * @throws IllegalArgumentException for a key that is not a part of the breakdown
     */
    public Money part(String key) {
        return switch (key) {
            case Keys.FundSources.GENERAL_BUDGET -> generalBudget;
            case Keys.FundSources.GOVERNMENT_FUNDS -> governmentFunds;
            case Keys.FundSources.STATE_CAPITAL -> stateCapital;
            case Keys.FundSources.HIGHER_LEVEL -> higherLevel;
            case Keys.FundSources.SAME_LEVEL -> sameLevel;
            case Keys.FundSources.OWN_FUNDS -> ownFunds;
            case Keys.FundSources.SERVICE_INCOME -> serviceIncome;
            case Keys.FundSources.OPERATING_INCOME -> operatingIncome;
            case Keys.FundSources.CARRIED_OVER -> carriedOver;
            default -> throw new IllegalArgumentException("not a part of the funding breakdown: " + key);
        };
    }
}
