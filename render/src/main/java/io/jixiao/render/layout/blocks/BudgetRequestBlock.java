package io.jixiao.render.layout.blocks;

import io.jixiao.model.BudgetRequest;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.value.MoneyUnit;

/**
 * 年度预算申请, the budget block of the Hunan department form (附表1), which the generic department table prints
 * too; it takes the width it may fill.
 */
public final class BudgetRequestBlock {

    private static final String BUDGET = CellText.DEPARTMENT + "/年度预算申请";

    private BudgetRequestBlock() {
    }

    /**
     * 年度预算申请（万元）: 资金总额, then 按收入性质分 beside 按支出性质分 with their amounts; a blank amount is an
     * empty cell. Needs at least five columns; further columns widen the amounts on the right.
     */
    public static void write(GridBuilder g, BudgetRequest request, MoneyUnit unit, int width) {
        int right = width - 4;
        g.row();
        g.cell("年度预算申请（" + unit.label() + "）", CellStyle.HEADER, 5, 1, null);
        g.cell("资金总额：", CellStyle.HEADER);
        g.amount(request == null ? null : request.total(), 1, width - 2, at("资金总额"));
        g.row();
        g.cell("按收入性质分", CellStyle.HEADER, 1, 2, null);
        g.cell("按支出性质分", CellStyle.HEADER, 1, width - 3, null);
        g.row();
        g.cell("其中：一般公共预算拨款", CellStyle.HEADER);
        g.amount(request == null ? null : request.generalBudget(), at("按收入性质分", "一般公共预算拨款"));
        g.cell("其中：基本支出", CellStyle.HEADER);
        g.amount(request == null ? null : request.basicExpenditure(), 1, right, at("按支出性质分", "基本支出"));
        g.row();
        g.cell("政府性基金拨款", CellStyle.HEADER);
        g.amount(request == null ? null : request.governmentFunds(), at("按收入性质分", "政府性基金拨款"));
        g.cell("项目支出", CellStyle.HEADER);
        g.amount(request == null ? null : request.projectExpenditure(), 1, right, at("按支出性质分", "项目支出"));
        g.row();
        g.cell("其他资金", CellStyle.HEADER);
        g.amount(request == null ? null : request.otherFunds(), at("按收入性质分", "其他资金"));
        g.cell("", CellStyle.VALUE);
        g.cell("", CellStyle.VALUE, 1, right, null);
    }

    private static String at(String... keys) {
        return CellText.pointer(BUDGET, keys);
    }
}
