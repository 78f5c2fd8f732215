package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;

/**
 * CALC-EXPRESSION: the arithmetic written in a spending line's 测算说明 is right. 湖南 附表3 asks for 支出明细及测算说明,
 * the working that shows how each amount was arrived at (财预〔2020〕10号 asks that budgets be set from standards and
 * quantities); a product or a listed sum that does not come out as stated means either the working or the amount
 * is wrong, and the reviewer cannot tell which. Both kinds are checked: "a op b (op c …) = d" and a list of amounts
 * closed by 合计.
 */
@Checks(Diagnostic.CALC_EXPRESSION)
final class WrittenArithmeticRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (CalculationText.Source source : CalculationText.sources(context.filing())) {
            for (WrittenEquation equation : WrittenEquation.find(source.text())) {
                for (WrittenEquation.Operand wrong : equation.wrongResults()) {
                    context.report(source.pointer(), "equation", equation.text(), equation.computedIn(wrong),
                            wrong.written());
                }
            }
            for (ListedSum sum : ListedSum.find(source.text())) {
                if (!sum.holds()) {
                    context.report(source.pointer(), "listSum", sum.totalText(),
                            WrittenPrecision.plain(sum.sumInTotalUnit()) + sum.totalUnit(),
                            String.valueOf(sum.itemsYuan().size()));
                }
            }
        }
    }
}
