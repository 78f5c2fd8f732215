package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.ProjectTable;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.FormFrame;
import io.jixiao.render.layout.blocks.IndicatorBlock;
import io.jixiao.render.layout.blocks.TableBlock.Column;

import java.util.List;

/**
 * The generic project table (项目绩效目标表): the project's names and codes, 预算数 with 财政资金 and 其他资金, 资金用途,
 * the cumulative 资金支出计划 by month end, 绩效目标 and the indicators with every field that was filed.
 */
final class GenericProjectSheet {

    private GenericProjectSheet() {
    }

    static Grid grid(Filing filing, ProjectTable project, String name, PreviousYear previous) {
        List<Column<Indicator>> columns = IndicatorBlock.generic(project.indicators(), previous);
        int content = Math.max(3, columns.size());
        int width = content + 1;
        String p = project.pointer();
        GridBuilder g = new GridBuilder(name, ColumnWidths.provisional(width));
        FormFrame.title(g, project.title(), Pointers.child(p, Keys.Project.TITLE), project.name() + "绩效目标表", width);
        FormFrame.unitLine(g, filing, "金额单位：", width);
        field(g, "项目名称", project.name(), Pointers.child(p, Keys.Project.NAME), width, true);
        field(g, "项目编码", project.code(), Pointers.child(p, Keys.Project.CODE), width, false);
        field(g, "预算单位名称", project.unitName(), Pointers.child(p, Keys.Project.UNIT_NAME), width, false);
        field(g, "预算单位编码", project.unitCode(), Pointers.child(p, Keys.Project.UNIT_CODE), width, false);
        if (project.budget() != null || project.fiscalFunds() != null || project.otherFunds() != null) {
            money(g, project, filing.moneyUnit().label(), width);
        }
        field(g, "资金用途", project.use(), Pointers.child(p, Keys.Project.USE), width, false);
        if (!project.spendingPlan().isEmpty()) {
            spendingPlan(g, project.spendingPlan(), content);
        }
        if (!CellText.isBlank(project.goals())) {
            FormFrame.labelled(g, "绩效目标", CellText.of(project.goals()), CellStyle.TEXT,
                    Pointers.child(p, Keys.Project.GOALS), width);
        }
        if (!project.indicators().isEmpty()) {
            IndicatorBlock.write(g, "绩效指标", project.indicators(), columns, width);
        }
        FormFrame.footer(g, filing, width);
        return ColumnWidths.fit(g.build(), 14, 20, 20, 30, 20);
    }

    /** A labelled field pointing at its value; an optional one is left out when not filed. */
    private static void field(GridBuilder g, String label, String text, String pointer, int width, boolean always) {
        if (always || !CellText.isBlank(text)) {
            FormFrame.labelled(g, label, text, CellStyle.TEXT, pointer, width);
        }
    }

    /** 项目资金（万元）: 预算数, 其中：财政资金, 其他资金, each with its amount. */
    private static void money(GridBuilder g, ProjectTable project, String unit, int width) {
        String p = project.pointer();
        g.row();
        g.cell("项目资金（" + unit + "）", CellStyle.HEADER, 3, 1, null);
        g.cell("预算数", CellStyle.HEADER);
        g.amount(project.budget(), 1, width - 2, Pointers.child(p, Keys.Project.BUDGET));
        g.row();
        g.cell("其中：财政资金", CellStyle.HEADER);
        g.amount(project.fiscalFunds(), 1, width - 2, Pointers.child(p, Keys.Project.FISCAL_FUNDS));
        g.row();
        g.cell("其他资金", CellStyle.HEADER);
        g.amount(project.otherFunds(), 1, width - 2, Pointers.child(p, Keys.Project.OTHER_FUNDS));
    }

    /**
     * 资金支出计划（%）: the month ends as headings over their cumulative shares, as many per line as the table has
     * columns.
     */
    private static void spendingPlan(GridBuilder g, List<ProjectTable.PlanPoint> plan, int content) {
        int lines = (plan.size() + content - 1) / content;
        g.row();
        g.cell("资金支出计划（%）", CellStyle.HEADER, 2 * lines, 1, null);
        for (int line = 0; line < lines; line++) {
            List<ProjectTable.PlanPoint> points = plan.subList(line * content, Math.min(plan.size(), (line + 1) * content));
            if (line > 0) {
                g.row();
            }
            for (int i = 0; i < points.size(); i++) {
                g.cell(points.get(i).month() + "月底", CellStyle.HEADER, 1, span(i, points.size(), content), null);
            }
            g.row();
            for (int i = 0; i < points.size(); i++) {
                ProjectTable.PlanPoint point = points.get(i);
                g.cell(CellText.of(point.cumulative()), CellStyle.VALUE, 1, span(i, points.size(), content),
                        point.pointer());
            }
        }
    }

    /** Shares {@code content} columns among {@code count} cells, the last taking what does not divide evenly. */
    private static int span(int index, int count, int content) {
        int each = content / count;
        return index == count - 1 ? content - each * (count - 1) : each;
    }
}
