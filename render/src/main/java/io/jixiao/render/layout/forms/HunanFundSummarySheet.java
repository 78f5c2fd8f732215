package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.FundSummary;
import io.jixiao.model.Goals;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.FormFrame;
import io.jixiao.value.Money;

/**
 * 附表2 专项资金绩效目标汇总表: 序号 | 名称 | 金额 | 实施期绩效目标 | 年度绩效目标, the 合计 row, then each special
 * fund (一、二 …) followed by its spending directions (1、2 …). The generic layout prints the same table without the
 * 附表 mark.
 */
final class HunanFundSummarySheet {

    private static final int WIDTH = 5;

    private HunanFundSummarySheet() {
    }

    /**
     * @param name the sheet name
     * @param mark the 附表 mark above the title, or null for none
     */
    static Grid grid(Filing filing, String name, String mark) {
        FundSummary summary = filing.fundSummary();
        GridBuilder g = new GridBuilder(name, ColumnWidths.provisional(WIDTH));
        FormFrame.mark(g, mark);
        FormFrame.title(g, summary.title(), Pointers.child(summary.pointer(), Keys.FundSummary.TITLE),
                filing.year() + "年专项资金绩效目标汇总表", WIDTH);
        FormFrame.unitLine(g, filing, "金额单位：", WIDTH);
        g.row().headerStartsHere(1);
        for (String heading : new String[] {"序号", "名  称", "金  额", "实施期绩效目标", "年度绩效目标"}) {
            g.cell(heading, CellStyle.HEADER);
        }
        g.row();
        g.cell("", CellStyle.VALUE);
        g.cell("合  计", CellStyle.HEADER);
        g.amount(summary.total(), Pointers.child(summary.pointer(), Keys.FundSummary.TOTAL));
        g.cell("", CellStyle.TEXT);
        g.cell("", CellStyle.TEXT);
        for (FundSummary.Fund fund : summary.funds()) {
            row(g, RowKeys.FUND, fund.pointer(), fund.number(), fund.name(), fund.amount(), fund.periodGoal(),
                    fund.annualGoal(), CellStyle.GROUP);
            for (FundSummary.Direction direction : fund.directions()) {
                row(g, RowKeys.DIRECTION, direction.pointer(), direction.number(), direction.name(), direction.amount(),
                        direction.periodGoal(), direction.annualGoal(), CellStyle.TEXT);
            }
        }
        FormFrame.footer(g, filing, WIDTH);
        return ColumnWidths.fit(g.build(), 8, 24, 12, 40, 40);
    }

    /**
     * The keys of the five columns in a 专项 and in one of its 支出方向: the two are separate objects of the schema
     * that happen to share their key names today.
     */
    private record RowKeys(String number, String name, String amount, String periodGoal, String annualGoal) {
        static final RowKeys FUND = new RowKeys(Keys.Fund.NUMBER, Keys.Fund.NAME, Keys.Fund.AMOUNT,
                Keys.Fund.PERIOD_GOAL, Keys.Fund.ANNUAL_GOAL);
        static final RowKeys DIRECTION = new RowKeys(Keys.FundDirection.NUMBER, Keys.FundDirection.NAME,
                Keys.FundDirection.AMOUNT, Keys.FundDirection.PERIOD_GOAL, Keys.FundDirection.ANNUAL_GOAL);
    }

    private static void row(GridBuilder g, RowKeys keys, String pointer, String number, String name, Money amount,
                            Goals periodGoal, Goals annualGoal, CellStyle nameStyle) {
        g.row();
        g.cell(number, CellStyle.VALUE, Pointers.child(pointer, keys.number()));
        g.cell(name, nameStyle, Pointers.child(pointer, keys.name()));
        g.amount(amount, Pointers.child(pointer, keys.amount()));
        g.cell(CellText.of(periodGoal), CellStyle.TEXT, Pointers.child(pointer, keys.periodGoal()));
        g.cell(CellText.of(annualGoal), CellStyle.TEXT, Pointers.child(pointer, keys.annualGoal()));
    }
}
