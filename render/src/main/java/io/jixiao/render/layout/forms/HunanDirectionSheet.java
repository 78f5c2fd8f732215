package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;
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

import java.util.ArrayList;
import java.util.List;

/**
 * 附表3 支出方向绩效目标表, one per spending direction: the direction and its parent fund with their amounts,
 * 项目实施期, the two goals, 年度绩效指标 with 绩效标准, and 支出明细及测算说明 with its 合计 row. The generic layout
 * prints the same table with its own indicator columns; the form needs six columns, more widen the right side.
 */
final class HunanDirectionSheet {

    private static final int MIN_WIDTH = 6;

    private HunanDirectionSheet() {
    }

    /**
     * @param name    the sheet name
     * @param mark    the 附表 mark above the title, or null for none
     * @param columns the indicator columns
     */
    static Grid grid(Filing filing, SpendingDirection direction, String name, String mark,
                     List<Column<Indicator>> columns) {
        int width = Math.max(MIN_WIDTH, columns.size() + 1);
        String p = direction.pointer();
        GridBuilder g = new GridBuilder(name, ColumnWidths.provisional(width));
        FormFrame.mark(g, mark);
        FormFrame.title(g, direction.title(), Pointers.child(p, Keys.SpendingDirection.TITLE),
                filing.year() + "年专项资金支出方向绩效目标表", width);
        FormFrame.unitLine(g, filing, "金额单位：", width);
        int own = width - 4;
        g.row();
        g.cell("支出方向（子项）", CellStyle.HEADER);
        g.cell(direction.name(), CellStyle.TEXT, 1, own, Pointers.child(p, Keys.SpendingDirection.NAME));
        g.cell("所属专项", CellStyle.HEADER, 2, 1, null);
        g.cell("名称", CellStyle.HEADER);
        g.cell(direction.parentName(), CellStyle.TEXT,
                Pointers.child(p, Keys.SpendingDirection.PARENT, Keys.ParentFund.NAME));
        g.row();
        g.cell("项目金额", CellStyle.HEADER);
        g.amount(direction.amount(), 1, own, Pointers.child(p, Keys.SpendingDirection.AMOUNT));
        g.cell("金额", CellStyle.HEADER);
        g.amount(direction.parentAmount(), Pointers.child(p, Keys.SpendingDirection.PARENT, Keys.ParentFund.AMOUNT));
        FormFrame.labelled(g, "项目实施期", CellText.of(direction.period()), CellStyle.VALUE,
                Pointers.child(p, Keys.SpendingDirection.PERIOD), width);
        FormFrame.labelled(g, "实施期绩效目标", CellText.of(direction.periodGoal()), CellStyle.TEXT,
                Pointers.child(p, Keys.SpendingDirection.PERIOD_GOAL), width);
        FormFrame.labelled(g, "年度绩效目标", CellText.of(direction.annualGoal()), CellStyle.TEXT,
                Pointers.child(p, Keys.SpendingDirection.ANNUAL_GOAL), width);
        IndicatorBlock.write(g, "年度绩效指标", direction.indicators(), columns, width);
        spendingLines(g, direction, width);
        FormFrame.footer(g, filing, width);
        return ColumnWidths.fit(g.build(), 12, 20, 20, 30, 16, 16);
    }

    /** 附表3's indicator columns: those of 附表1 and 绩效标准. */
    static List<Column<Indicator>> indicatorColumns() {
        List<Column<Indicator>> columns = new ArrayList<>(HunanDepartmentSheet.indicatorColumns());
        columns.add(IndicatorBlock.basis("绩效标准"));
        return columns;
    }

    /** 支出明细及测算说明: one row per line and the 合  计 row, the calculation taking the remaining width. */
    private static void spendingLines(GridBuilder g, SpendingDirection direction, int width) {
        TableBlock<SpendingDirection.Line> table = new TableBlock<>(List.of(
                Column.of("支出内容简介", CellStyle.TEXT, (SpendingDirection.Line l) -> Content.text(l.content(),
                        Pointers.child(l.pointer(), Keys.SpendingLine.CONTENT))),
                Column.of("支出明细", CellStyle.TEXT, (SpendingDirection.Line l) -> Content.text(l.detail(),
                        Pointers.child(l.pointer(), Keys.SpendingLine.DETAIL))),
                Column.of("金额", CellStyle.AMOUNT, (SpendingDirection.Line l) -> Content.amount(l.amount(),
                        Pointers.child(l.pointer(), Keys.SpendingLine.AMOUNT))),
                Column.of("支出测算依据及过程说明", CellStyle.TEXT, (SpendingDirection.Line l) -> Content.text(
                        l.calculation(), Pointers.child(l.pointer(), Keys.SpendingLine.CALCULATION)))));
        table.write(g, "支出明细及测算说明", direction.lines(), width, 1);
        g.row();
        g.cell("合  计", CellStyle.HEADER, 1, 2, null);
        g.amount(direction.linesTotal(),
                Pointers.child(direction.pointer(), Keys.SpendingDirection.DETAILS, Keys.SpendingDetails.TOTAL));
        g.cell("", CellStyle.TEXT, 1, width - 4, null);
    }
}
