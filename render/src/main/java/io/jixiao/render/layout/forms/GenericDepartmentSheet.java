package io.jixiao.render.layout.forms;

import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.GoalTable;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.render.layout.blocks.BudgetRequestBlock;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.DutyTreeBlock;
import io.jixiao.render.layout.blocks.DutyTreeBlock.DutyRow;
import io.jixiao.render.layout.blocks.FormFrame;
import io.jixiao.render.layout.blocks.FundingBlock;
import io.jixiao.render.layout.blocks.GoalBlocks;
import io.jixiao.render.layout.blocks.IndicatorBlock;
import io.jixiao.render.layout.blocks.NarrativeBlock;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.WorkPlanBlock;

import java.util.List;

/**
 * The generic department table: whichever parts the filing has, in the order of the key list, each printed the way
 * the template that uses it prints it (the Hunan budget and work plan, the Hubei funding and goals) and the
 * indicators with every field that was filed. The table is as wide as its widest part.
 */
final class GenericDepartmentSheet {

    static final String SHEET = "部门整体";

    private GenericDepartmentSheet() {
    }

    static Grid grid(Filing filing, PreviousYear previous) {
        DepartmentTable table = filing.departmentTable();
        List<Column<Indicator>> annual = IndicatorBlock.generic(table.annualIndicators(), previous);
        List<Column<Indicator>> longTerm = IndicatorBlock.generic(indicatorsOf(table.longTermGoalTables()),
                previous);
        List<Column<Indicator>> annualGoals = IndicatorBlock.generic(indicatorsOf(table.annualGoalTables()),
                previous);
        List<DutyRow> dutyRows = DutyTreeBlock.rows(table.dutyTree());
        List<Column<DutyRow>> dutyColumns = DutyTreeBlock.columns(table.dutyTree(), dutyRows);
        int width = 1 + contentColumns(table, annual, longTerm, annualGoals, dutyColumns);

        GridBuilder g = new GridBuilder(SHEET, ColumnWidths.provisional(width));
        FormFrame.title(g, table.title(), Pointers.child(table.pointer(), Keys.Department.TITLE),
                filing.year() + "年部门整体支出绩效目标表", width);
        FormFrame.unitLine(g, filing, "金额单位：", width);
        FormFrame.labelled(g, "部门名称", filing.department(), CellStyle.TEXT, Pointers.of(Keys.DEPARTMENT_NAME),
                width);
        if (table.budgetRequest() != null) {
            BudgetRequestBlock.write(g, table, filing.moneyUnit(), width);
        }
        if (table.funding() != null) {
            FundingBlock.write(g, table.funding(), filing.moneyUnit(), width);
        }
        text(g, table, "部门职责概述", Keys.Department.DUTIES, table.duties(), width);
        text(g, table, "年度工作任务", Keys.Department.ANNUAL_TASKS, table.annualTasks(), width);
        if (!table.workPlan().isEmpty()) {
            WorkPlanBlock.write(g, table.workPlan(), width);
        }
        if (!CellText.isBlank(table.longTermGoal()) || !CellText.isBlank(table.annualGoal())) {
            GoalBlocks.overallGoals(g, table, width);
        }
        if (!table.annualIndicators().isEmpty()) {
            IndicatorBlock.write(g, "年度绩效指标", table.annualIndicators(), annual, width);
        }
        GoalBlocks.goalTables(g, table.longTermGoalTables(), "长期目标", "长期绩效目标", longTerm, width);
        GoalBlocks.goalTables(g, table.annualGoalTables(), "年度目标", "年度绩效目标", annualGoals, width);
        if (!dutyRows.isEmpty()) {
            DutyTreeBlock.write(g, dutyRows, dutyColumns, width);
        }
        if (table.overall() != null) {
            NarrativeBlock.write(g, "总体绩效目标", table.overall(), width);
        }
        if (table.perDuty() != null) {
            NarrativeBlock.write(g, "分项绩效目标", table.perDuty(), width);
        }
        text(g, table, "工作保障措施", Keys.Department.SAFEGUARDS, table.safeguards(), width);
        text(g, table, "备注", Keys.Department.NOTES, table.notes(), width);
        FormFrame.footer(g, filing, width);
        return ColumnWidths.fit(g.build(), 14, 20, 20, 30, 20);
    }

    /** The widest part decides: each part's columns beside the section label. */
    private static int contentColumns(DepartmentTable table, List<Column<Indicator>> annual,
                                      List<Column<Indicator>> longTerm, List<Column<Indicator>> annualGoals,
                                      List<Column<DutyRow>> dutyColumns) {
        int content = 2;
        if (table.budgetRequest() != null) {
            content = Math.max(content, 4);
        }
        if (table.funding() != null) {
            content = Math.max(content, FundingBlock.columns(table.funding()));
        }
        if (!table.workPlan().isEmpty()) {
            content = Math.max(content, 3);
        }
        if (!table.annualIndicators().isEmpty()) {
            content = Math.max(content, annual.size());
        }
        if (!table.longTermGoalTables().isEmpty()) {
            content = Math.max(content, longTerm.size());
        }
        if (!table.annualGoalTables().isEmpty()) {
            content = Math.max(content, annualGoals.size());
        }
        if (!table.dutyTree().isEmpty()) {
            content = Math.max(content, dutyColumns.size());
        }
        if (table.overall() != null || table.perDuty() != null) {
            content = Math.max(content, NarrativeBlock.COLUMNS);
        }
        return content;
    }

    /** A labelled text of the department table ({@code key} under 部门整体), left out when not filed. */
    private static void text(GridBuilder g, DepartmentTable table, String label, String key, String text, int width) {
        if (!CellText.isBlank(text)) {
            FormFrame.labelled(g, label, text, CellStyle.TEXT, Pointers.child(table.pointer(), key), width);
        }
    }

    private static List<Indicator> indicatorsOf(List<GoalTable> tables) {
        return tables.stream().flatMap(t -> t.indicators().stream()).toList();
    }
}
