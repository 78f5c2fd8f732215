package io.jixiao.render.layout.forms;

import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.BudgetRequestBlock;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.FormFrame;
import io.jixiao.render.layout.blocks.IndicatorBlock;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.WorkPlanBlock;

import java.util.List;

/**
 * 附表1 部门整体支出绩效目标表: 部门名称, the 年度预算申请 block, 部门职责概述, 年度重点工作计划 and 年度绩效指标 in
 * five columns.
 */
final class HunanDepartmentSheet {

    static final String SHEET = "附表1";
    private static final int WIDTH = 5;

    private HunanDepartmentSheet() {
    }

    static Grid grid(Filing filing) {
        DepartmentTable table = filing.departmentTable();
        GridBuilder g = new GridBuilder(SHEET, ColumnWidths.provisional(WIDTH));
        FormFrame.mark(g, SHEET);
        FormFrame.title(g, table.title(), Pointers.child(table.pointer(), Keys.Department.TITLE),
                filing.year() + "年部门整体支出绩效目标表", WIDTH);
        FormFrame.unitLine(g, filing, "金额：", WIDTH);
        FormFrame.labelled(g, "部门名称", filing.department(), CellStyle.TEXT, Pointers.of(Keys.DEPARTMENT_NAME),
                WIDTH);
        BudgetRequestBlock.write(g, table, filing.moneyUnit(), WIDTH);
        FormFrame.labelled(g, "部门职责概述", table.duties(), CellStyle.TEXT,
                Pointers.child(table.pointer(), Keys.Department.DUTIES), WIDTH);
        WorkPlanBlock.write(g, table.workPlan(), WIDTH);
        IndicatorBlock.write(g, "年度绩效指标", table.annualIndicators(), indicatorColumns(), WIDTH);
        FormFrame.footer(g, filing, WIDTH);
        return ColumnWidths.fit(g.build(), 12, 24, 20, 30, 16);
    }

    /** 附表1's indicator columns: 一级指标 | 二级指标 | 三级指标 | 指标值及单位. */
    static List<Column<Indicator>> indicatorColumns() {
        return List.of(IndicatorBlock.level1("一级指标"), IndicatorBlock.level2("二级指标", true),
                IndicatorBlock.name("三级指标"), IndicatorBlock.value("指标值及单位"));
    }
}
