package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;

/**
 * CALC-PROSE: a calculation told in words in 测算说明 comes out right: "全区政协委员177人，每人每年的经费是3000元，
 * 预算金额为53.1万元" is 177 × 3000 = 531000元 = 53.1万元. Working written as prose is still the basis of the amount
 * (湖南 附表3 支出明细及测算说明); when count × unit price is not the stated total, the reviewer cannot tell which
 * figure is wrong. Only sentences with exactly one count, one unit price and one total are read.
 */
@Checks(Diagnostic.CALC_PROSE)
final class ProseArithmeticRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (CalculationText.Source source : CalculationText.sources(context.filing())) {
            for (ProseCalculation calculation : ProseCalculation.find(source.text())) {
                if (!calculation.holds()) {
                    context.report(source.pointer(), "mismatch", calculation.sentence(),
                            calculation.count().written(), calculation.price().written(),
                            WrittenPrecision.plain(calculation.computedInTotalUnit()) + calculation.total().unit(),
                            calculation.total().written());
                }
            }
        }
    }
}
