package io.jixiao.render.layout.forms;

import io.jixiao.model.BudgetRequest;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.model.WorkPlanItem;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.FormFrame;
import io.jixiao.render.layout.blocks.IndicatorBlock;
import io.jixiao.render.layout.blocks.TableBlock;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;
import io.jixiao.value.MoneyUnit;

import java.util.List;
import java.util.stream.IntStream;

/**
 * 附表1 部门整体支出绩效目标表: 部门名称, the 年度预算申请 block, 部门职责概述, 年度重点工作计划 and 年度绩效指标 in
 * five columns. The budget and work-plan blocks are also used by the generic department table, so they take the
 * width they may fill.
 */
final class HunanDepartmentSheet {

    static final String SHEET = "附表1";
    private static final int WIDTH = 5;
    private static final String BUDGET = CellText.DEPARTMENT + "/年度预算申请";

    private HunanDepartmentSheet() {
    }

    static Grid grid(Filing filing) {
        DepartmentTable table = filing.departmentTable();
        GridBuilder g = new GridBuilder(SHEET, ColumnWidths.provisional(WIDTH));
        FormFrame.mark(g, SHEET);
        FormFrame.title(g, table.title(), CellText.DEPARTMENT + "/标题", filing.year() + "年部门整体支出绩效目标表", WIDTH);
        FormFrame.unitLine(g, filing, "金额：", WIDTH);
        FormFrame.labelled(g, "部门名称", filing.department(), CellStyle.TEXT, "/部门名称", WIDTH);
        budgetRequest(g, table.budgetRequest(), filing.moneyUnit(), WIDTH);
        FormFrame.labelled(g, "部门职责概述", table.duties(), CellStyle.TEXT, CellText.DEPARTMENT + "/部门职责概述", WIDTH);
        workPlan(g, table.workPlan(), WIDTH);
        indicators(g, "年度绩效指标", table.annualIndicators(), IndicatorBlock.hunanDepartment(), WIDTH);
        FormFrame.footer(g, filing, WIDTH);
        return ColumnWidths.fit(g.build(), 12, 24, 20, 30, 16);
    }

    /**
     * 年度预算申请（万元）: 资金总额, then 按收入性质分 beside 按支出性质分 with their amounts; a blank amount is an
     * empty cell. Needs at least five columns; further columns widen the amounts on the right.
     */
    static void budgetRequest(GridBuilder g, BudgetRequest request, MoneyUnit unit, int width) {
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

    /** 年度重点工作计划: 事项 | 责任单位/科室 | 工作目标, the goal taking the remaining width. */
    static void workPlan(GridBuilder g, List<WorkPlanItem> items, int width) {
        String base = CellText.DEPARTMENT + "/年度重点工作计划";
        TableBlock<Integer> table = new TableBlock<>(List.of(
                Column.of("事项", CellStyle.TEXT, (Integer i) -> Content.text(items.get(i).matter(),
                        CellText.pointer(base, String.valueOf(i), "事项"))),
                Column.of("责任单位/科室", CellStyle.VALUE, (Integer i) -> Content.text(items.get(i).responsibleUnit(),
                        CellText.pointer(base, String.valueOf(i), "责任单位"))),
                Column.of("工作目标", CellStyle.TEXT, (Integer i) -> Content.text(items.get(i).goal(),
                        CellText.pointer(base, String.valueOf(i), "工作目标")))));
        table.write(g, "年度重点工作计划", IntStream.range(0, items.size()).boxed().toList(), width, 0);
    }

    /** An indicator block: the section label merged down the left of the heading and one row per indicator. */
    static void indicators(GridBuilder g, String label, List<Indicator> indicators, List<Column<Indicator>> columns,
                           int width) {
        new TableBlock<>(columns).write(g, label, indicators, width, 0);
    }
}
