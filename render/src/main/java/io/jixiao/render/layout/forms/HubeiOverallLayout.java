package io.jixiao.render.layout.forms;

import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.GoalTable;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.Submission;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.Layout;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.FormFrame;
import io.jixiao.render.layout.blocks.FundingBlock;
import io.jixiao.render.layout.blocks.GoalBlocks;
import io.jixiao.render.layout.blocks.IndicatorBlock;
import io.jixiao.render.layout.blocks.TableBlock.Column;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Hubei department table (湖北，如武昌): one sheet 部门整体 as the original prints one table: 部门名称, 填报人
 * and 联系电话, 部门总体资金情况, 部门职能概述, 年度工作任务, 整体绩效目标, an indicator table per 长期目标 and per
 * 年度目标 (the latter with 近两年指标值 per year and 预期当年实现值), and 备注. The columns are those of the widest
 * block: with two history years, eight, as in the original.
 */
public final class HubeiOverallLayout implements Layout {

    static final String SHEET = "部门整体";
    private static final String SUBMISSION = Pointers.of(Keys.SUBMISSION);

    @Override
    public List<Grid> tables(Filing filing) {
        DepartmentTable table = filing.departmentTable();
        if (table == null) {
            return List.of();
        }
        SortedSet<Integer> years = historyYears(table.annualGoalTables());
        List<Column<Indicator>> longTermColumns = indicatorColumns(new TreeSet<>());
        List<Column<Indicator>> annualColumns = indicatorColumns(years);
        int content = Math.max(annualColumns.size(), longTermColumns.size());
        if (table.funding() != null) {
            content = Math.max(content, FundingBlock.columns(table.funding()));
        }
        int width = content + 1;
        GridBuilder g = new GridBuilder(SHEET, ColumnWidths.provisional(width));
        if (!CellText.isBlank(table.title())) {
            FormFrame.title(g, table.title(), Pointers.child(table.pointer(), Keys.Department.TITLE), null, width);
        }
        FormFrame.labelled(g, "部门名称", filing.department(), CellStyle.TEXT, Pointers.of(Keys.DEPARTMENT_NAME),
                width);
        contactRow(g, filing.submission(), width);
        if (table.funding() != null) {
            FundingBlock.write(g, table.funding(), filing.moneyUnit(), width);
        }
        FormFrame.labelled(g, "部门职能概述", table.duties(), CellStyle.TEXT,
                Pointers.child(table.pointer(), Keys.Department.DUTIES), width);
        FormFrame.labelled(g, "年度工作任务", table.annualTasks(), CellStyle.TEXT,
                Pointers.child(table.pointer(), Keys.Department.ANNUAL_TASKS), width);
        GoalBlocks.overallGoals(g, table, width);
        GoalBlocks.goalTables(g, table.longTermGoalTables(), "长期目标", "长期绩效目标", longTermColumns, width);
        GoalBlocks.goalTables(g, table.annualGoalTables(), "年度目标", "年度绩效目标", annualColumns, width);
        if (!CellText.isBlank(table.notes())) {
            FormFrame.labelled(g, "备注", table.notes(), CellStyle.TEXT,
                    Pointers.child(table.pointer(), Keys.Department.NOTES), width);
        }
        return List.of(ColumnWidths.fit(g.build(), caps(width)));
    }

    /** Label, 一级, 二级 and 指标名称 by their role; the year and value columns narrow; 绩效标准 last and wider. */
    private static int[] caps(int width) {
        int[] caps = new int[width];
        java.util.Arrays.fill(caps, 12);
        caps[0] = 14;
        caps[2] = 18;
        caps[3] = 30;
        caps[width - 1] = 20;
        return caps;
    }

    /** 填报人 | name | 联系电话 | phone. */
    private static void contactRow(GridBuilder g, Submission submission, int width) {
        int name = Math.max(1, (width - 1) / 2 - 1);
        g.row();
        g.cell("填报人", CellStyle.HEADER);
        g.cell(submission.preparer(), CellStyle.VALUE, 1, name, Pointers.child(SUBMISSION, Keys.Submission.PREPARER));
        g.cell("联系电话", CellStyle.HEADER);
        g.cell(submission.phone(), CellStyle.VALUE, 1, width - 2 - name,
                Pointers.child(SUBMISSION, Keys.Submission.PHONE));
    }

    /**
     * The Hubei indicator columns: 一级指标 (merged) | 二级指标 (on every row, as the form prints it) | 指标名称 |
     * 指标值 | 绩效标准, and with history years 指标值 over 近两年指标值 (one column per year) and 预期当年实现值.
     */
    private static List<Column<Indicator>> indicatorColumns(SortedSet<Integer> years) {
        List<Column<Indicator>> columns = new ArrayList<>();
        columns.add(IndicatorBlock.level1("一级指标"));
        columns.add(IndicatorBlock.level2("二级指标", false));
        columns.add(IndicatorBlock.name("指标名称"));
        for (int year : years) {
            columns.add(IndicatorBlock.historyYear(List.of("指标值", "近两年指标值", year + "年"), year));
        }
        columns.add(IndicatorBlock.value(years.isEmpty() ? List.of("指标值") : List.of("指标值", "预期当年实现值"))
                .stretched());
        columns.add(IndicatorBlock.basis("绩效标准"));
        return columns;
    }

    /** The years of 近两年指标值 over all the given goal tables, so they share their columns. */
    private static SortedSet<Integer> historyYears(Collection<GoalTable> tables) {
        SortedSet<Integer> years = new TreeSet<>();
        for (GoalTable table : tables) {
            for (Indicator indicator : table.indicators()) {
                if (indicator.history() != null) {
                    years.addAll(indicator.history().byYear().keySet());
                }
            }
        }
        return years;
    }
}
