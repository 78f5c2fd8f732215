package io.jixiao.render.layout.blocks;

import io.jixiao.model.BudgetRequest;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.value.MoneyUnit;

/**
 * 年度预算申请, the budget block of the Hunan department form (附表1), which the generic department table prints
 * too; it takes the width it may fill.
 */
public final class BudgetRequestBlock {

    private BudgetRequestBlock() {
    }

    /**
     * 年度预算申请（万元）: 资金总额, then 按收入性质分 beside 按支出性质分 with their amounts; a blank amount is an
     * empty cell. Needs at least five columns; further columns widen the amounts on the right. The cells point
     * where the amounts belong even when the filing has no 年度预算申请, so a finding about the missing block is
     * shown beside it.
     */
    public static void write(GridBuilder g, DepartmentTable table, MoneyUnit unit, int width) {
        BudgetRequest request = table.budgetRequest();
        String base = Pointers.child(table.pointer(), Keys.Department.BUDGET_REQUEST);
        String byIncome = Pointers.child(base, Keys.BudgetRequest.BY_INCOME);
        String byNature = Pointers.child(base, Keys.BudgetRequest.BY_NATURE);
        int right = width - 4;
        g.row();
        g.cell("年度预算申请（" + unit.label() + "）", CellStyle.HEADER, 5, 1, null);
        g.cell("资金总额：", CellStyle.HEADER);
        g.amount(request == null ? null : request.total(), 1, width - 2,
                Pointers.child(base, Keys.BudgetRequest.TOTAL));
        g.row();
        g.cell("按收入性质分", CellStyle.HEADER, 1, 2, null);
        g.cell("按支出性质分", CellStyle.HEADER, 1, width - 3, null);
        g.row();
        g.cell("其中：一般公共预算拨款", CellStyle.HEADER);
        g.amount(request == null ? null : request.generalBudget(),
                Pointers.child(byIncome, Keys.ByIncome.GENERAL_BUDGET));
        g.cell("其中：基本支出", CellStyle.HEADER);
        g.amount(request == null ? null : request.basicExpenditure(), 1, right,
                Pointers.child(byNature, Keys.ByNature.BASIC_EXPENDITURE));
        g.row();
        g.cell("政府性基金拨款", CellStyle.HEADER);
        g.amount(request == null ? null : request.governmentFunds(),
                Pointers.child(byIncome, Keys.ByIncome.GOVERNMENT_FUNDS));
        g.cell("项目支出", CellStyle.HEADER);
        g.amount(request == null ? null : request.projectExpenditure(), 1, right,
                Pointers.child(byNature, Keys.ByNature.PROJECT_EXPENDITURE));
        g.row();
        g.cell("其他资金", CellStyle.HEADER);
        g.amount(request == null ? null : request.otherFunds(), Pointers.child(byIncome, Keys.ByIncome.OTHER_FUNDS));
        g.cell("", CellStyle.VALUE);
        g.cell("", CellStyle.VALUE, 1, right, null);
    }
}
