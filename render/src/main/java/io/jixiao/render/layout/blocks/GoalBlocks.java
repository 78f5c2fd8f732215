package io.jixiao.render.layout.blocks;

import io.jixiao.model.DepartmentTable;
import io.jixiao.model.GoalTable;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.TableBlock.Column;

import java.util.List;

/**
 * The goal blocks of a department table, as the Hubei department table prints them (湖北，如武昌) and the generic
 * department table prints them too: 整体绩效目标 (长期目标 beside 年度目标), and the indicator table of each goal
 * with its 长期目标N： / 年度目标N： row. Each takes the width it may fill.
 */
public final class GoalBlocks {

    private GoalBlocks() {
    }

    /** 整体绩效目标: 长期目标 beside 年度目标, each text under its heading. */
    public static void overallGoals(GridBuilder g, DepartmentTable table, int width) {
        int left = (width - 1) / 2;
        int right = width - 1 - left;
        String base = Pointers.child(table.pointer(), Keys.Department.OVERALL_GOALS);
        g.row();
        g.cell("整体绩效目标", CellStyle.HEADER, 2, 1, null);
        g.cell("长期目标", CellStyle.HEADER, 1, left, null);
        g.cell("年度目标", CellStyle.HEADER, 1, right, null);
        g.row();
        g.cell(CellText.of(table.longTermGoal()), CellStyle.TEXT, 1, left,
                Pointers.child(base, Keys.OverallGoals.LONG_TERM));
        g.cell(CellText.of(table.annualGoal()), CellStyle.TEXT, 1, right,
                Pointers.child(base, Keys.OverallGoals.ANNUAL));
    }

    /**
     * The tables of several goals in filing order, numbered from 1.
     *
     * @param ordinal the row heading before the number, such as 长期目标
     * @param label   the section label merged down the left, such as 长期绩效目标
     */
    public static void goalTables(GridBuilder g, List<GoalTable> tables, String ordinal, String label,
                                  List<Column<Indicator>> columns, int width) {
        for (int i = 0; i < tables.size(); i++) {
            goalTable(g, tables.get(i), ordinal + (i + 1) + "：", label, columns, width);
        }
    }

    /**
     * One goal's table: its title row when it has one, {@code 长期目标1：} with the goal's name, then the indicators
     * under the section label.
     */
    private static void goalTable(GridBuilder g, GoalTable table, String ordinal, String label,
                                  List<Column<Indicator>> columns, int width) {
        if (!CellText.isBlank(table.title())) {
            g.row();
            g.cell(table.title(), CellStyle.TITLE, 1, width, Pointers.child(table.pointer(), Keys.GoalTable.TITLE));
        }
        FormFrame.labelled(g, ordinal, table.name(), CellStyle.TEXT,
                Pointers.child(table.pointer(), Keys.GoalTable.NAME), width);
        IndicatorBlock.write(g, label, table.indicators(), columns, width);
    }
}
