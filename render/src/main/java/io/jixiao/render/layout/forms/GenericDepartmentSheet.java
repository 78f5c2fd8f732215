package io.jixiao.render.layout.forms;

import io.jixiao.model.AnnualTask;
import io.jixiao.model.BudgetRequest;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.SourceSplit;
import io.jixiao.value.Money;
import io.jixiao.render.layout.blocks.ReviewBlock;
import io.jixiao.render.layout.blocks.TaskBlock;
import io.jixiao.render.layout.blocks.TableBlock;
import io.jixiao.render.layout.blocks.TableBlock.Content;
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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The generic department table: whichever parts the filing has, in the order of the key list, each printed the way
 * the template that uses it prints it (the Hunan budget and work plan, the Hubei funding and goals) and the
 * indicators with every field that was filed. The table is as wide as its widest part.
 */
final class GenericDepartmentSheet {

    static final String SHEET = "部门整体";

    private GenericDepartmentSheet() {
    }

    /**
     * @param mark     a line above the title (why another template prints this table generically), or null
     * @param previous last year's targets, shown beside this year's in every indicator table of the sheet
     */
    static Grid grid(Filing filing, String mark, PreviousYear previous) {
        DepartmentTable table = filing.departmentTable();
        List<Column<AnnualTask>> taskColumns = TaskBlock.columns(table.mainTasks(), "资金总额", "财政资金");
        List<Column<SplitRow>> splitColumns = splitColumns(splitRows(table));
        List<Column<Indicator>> annual = IndicatorBlock.generic(table.annualIndicators(), previous);
        List<Column<Indicator>> longTerm = IndicatorBlock.generic(indicatorsOf(table.longTermGoalTables()),
                previous);
        List<Column<Indicator>> annualGoals = IndicatorBlock.generic(indicatorsOf(table.annualGoalTables()),
                previous);
        List<DutyRow> dutyRows = DutyTreeBlock.rows(table.dutyTree());
        List<Column<DutyRow>> dutyColumns = DutyTreeBlock.columns(table.dutyTree(), dutyRows);
        int width = 1 + Math.max(Math.max(taskColumns.size(), splitColumns.size()),
                contentColumns(table, annual, longTerm, annualGoals, dutyColumns));

        GridBuilder g = new GridBuilder(SHEET, ColumnWidths.provisional(width));
        FormFrame.mark(g, mark);
        FormFrame.title(g, table.title(), Pointers.child(table.pointer(), Keys.Department.TITLE),
                filing.year() + "年部门整体支出绩效目标表", width);
        if (table.subtitle() != null) {
            g.row().cell(table.subtitle(), CellStyle.SUBTITLE, 1, width,
                    Pointers.child(table.pointer(), Keys.Department.SUBTITLE));
        }
        FormFrame.unitLine(g, filing, "金额单位：", width);
        FormFrame.labelled(g, "部门名称", filing.department(), CellStyle.TEXT, Pointers.of(Keys.DEPARTMENT_NAME),
                width);
        if (filing.departmentCode() != null) {
            FormFrame.labelled(g, "部门编码", filing.departmentCode(), CellStyle.TEXT,
                    Pointers.of(Keys.DEPARTMENT_CODE), width);
        }
        text(g, table, "预算部门", Keys.Department.PRINTED_DEPARTMENT, table.printedDepartment(), width);
        if (table.budgetRequest() != null) {
            BudgetRequestBlock.write(g, table, filing.moneyUnit(), width);
            List<SplitRow> splits = splitRows(table);
            if (!splits.isEmpty()) {
                new TableBlock<>(splitColumns).write(g, "按支出性质分（按资金来源）", splits, width, 0);
            }
        }
        if (table.funding() != null) {
            FundingBlock.write(g, table.funding(), filing.moneyUnit(), width);
        }
        text(g, table, "部门职责概述", Keys.Department.DUTIES, table.duties(), width);
        text(g, table, "年度工作任务", Keys.Department.ANNUAL_TASKS, table.annualTasks(), width);
        if (!table.mainTasks().isEmpty()) {
            new TableBlock<>(taskColumns).write(g, "年度主要任务", table.mainTasks(), width, 0);
        }
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
        ReviewBlock.write(g, table.reviews(), width);
        GenericProjectSheet.footer(g, filing, width);
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
        if (text != null) {
            FormFrame.labelled(g, label, text, CellStyle.TEXT, Pointers.child(table.pointer(), key), width);
        }
    }

    /** 基本支出 or 项目支出 written split by source. */
    private record SplitRow(String label, SourceSplit split) {
    }

    private static List<SplitRow> splitRows(DepartmentTable table) {
        List<SplitRow> rows = new ArrayList<>();
        BudgetRequest r = table.budgetRequest();
        if (r != null && r.basicSplit() != null) {
            rows.add(new SplitRow("基本支出", r.basicSplit()));
        }
        if (r != null && r.projectSplit() != null) {
            rows.add(new SplitRow("项目支出", r.projectSplit()));
        }
        return rows;
    }

    /** 支出 | 合计 | 财政资金 | 专户资金 | 单位资金 | 其他资金, the parts only when some row has them. */
    private static List<Column<SplitRow>> splitColumns(List<SplitRow> rows) {
        List<Column<SplitRow>> columns = new ArrayList<>();
        columns.add(Column.of("支出", CellStyle.GROUP, r -> Content.text(r.label(), null)));
        addSplit(columns, rows, "合计", SourceSplit::total, Keys.SourceSplit.TOTAL);
        addSplit(columns, rows, "财政资金", SourceSplit::fiscalFunds, Keys.SourceSplit.FISCAL_FUNDS);
        addSplit(columns, rows, "专户资金", SourceSplit::specialAccount, Keys.SourceSplit.SPECIAL_ACCOUNT);
        addSplit(columns, rows, "单位资金", SourceSplit::unitFunds, Keys.SourceSplit.UNIT_FUNDS);
        addSplit(columns, rows, "其他资金", SourceSplit::otherFunds, Keys.SourceSplit.OTHER_FUNDS);
        return columns;
    }

    private static void addSplit(List<Column<SplitRow>> columns, List<SplitRow> rows, String header,
                                 Function<SourceSplit, Money> part, String key) {
        if (rows.stream().anyMatch(r -> part.apply(r.split()) != null)) {
            columns.add(Column.of(header, CellStyle.AMOUNT, r -> Content.amount(part.apply(r.split()),
                    Pointers.child(r.split().pointer(), key))));
        }
    }

    private static List<Indicator> indicatorsOf(List<GoalTable> tables) {
        return tables.stream().flatMap(t -> t.indicators().stream()).toList();
    }
}
