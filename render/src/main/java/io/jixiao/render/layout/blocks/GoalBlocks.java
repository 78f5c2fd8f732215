package io.jixiao.render.layout.blocks;

import io.jixiao.model.FundingOverview;
import io.jixiao.model.GoalTable;
import io.jixiao.model.Goals;
import io.jixiao.model.Indicator;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;
import io.jixiao.value.MoneyUnit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The blocks of the Hubei department table (湖北，如武昌) that the generic layout prints too: 部门总体资金情况 with
 * its year columns, 整体绩效目标 (长期目标 beside 年度目标), and the indicator table of one goal with its
 * 长期目标N： / 年度目标N： row. Each takes the width it may fill and reports the columns it needs.
 */
public final class GoalBlocks {

    private static final String DEPARTMENT = CellText.DEPARTMENT;

    private GoalBlocks() {
    }

    /** One line of the funding block: a 收入构成 or 支出构成 line, or its 合计. */
    private record FundLine(String block, FundingOverview.Row row, boolean total) {
    }

    /** The years of the 近两年收支情况 columns, from every line of the funding overview. */
    public static SortedSet<Integer> fundingYears(FundingOverview funding) {
        SortedSet<Integer> years = new TreeSet<>();
        if (funding != null) {
            fundLines(funding).forEach(line -> years.addAll(line.row().previousYears().keySet()));
        }
        return years;
    }

    /** Columns the funding block needs beside its label: 构成, 项目, 当年预算收支, 占比 and one per year. */
    public static int fundingColumns(FundingOverview funding) {
        return 4 + fundingYears(funding).size();
    }

    /**
     * 部门总体资金情况（万元）: the two-row heading 总体资金情况 | 当年预算收支 | 占比 | 近两年收支情况 over the years, then
     * 收入构成 and 支出构成 each merged over its lines and its 合计.
     */
    public static void funding(GridBuilder g, FundingOverview funding, MoneyUnit unit, int width) {
        List<Column<FundLine>> columns = new ArrayList<>();
        columns.add(Column.<FundLine>of("总体资金情况", CellStyle.GROUP, l -> Content.text(l.block(), null))
                .mergedBy(FundLine::block));
        columns.add(Column.of("总体资金情况", CellStyle.TEXT, GoalBlocks::itemContent));
        columns.add(Column.<FundLine>of("当年预算收支", CellStyle.AMOUNT,
                l -> Content.amount(l.row().thisYear(), CellText.pointer(l.row().pointer(), "当年预算"))).stretched());
        columns.add(Column.of("占比", CellStyle.VALUE,
                l -> Content.text(CellText.of(l.row().share()), CellText.pointer(l.row().pointer(), "占比"))));
        for (int year : fundingYears(funding)) {
            columns.add(Column.of(List.of("近两年收支情况", year + "年"), CellStyle.AMOUNT,
                    l -> Content.amount(l.row().previousYears().get(year),
                            CellText.pointer(l.row().pointer(), "近两年", String.valueOf(year)))));
        }
        new TableBlock<>(columns).write(g, "部门总体资金情况（" + unit.label() + "）", fundLines(funding), width, 0);
    }

    private static Content itemContent(FundLine line) {
        String item = line.row().item();
        if (CellText.isBlank(item)) {
            return Content.text(line.total() ? "合计" : "", null);
        }
        return Content.text(item, CellText.pointer(line.row().pointer(), "项目"));
    }

    private static List<FundLine> fundLines(FundingOverview funding) {
        List<FundLine> lines = new ArrayList<>();
        addBlock(lines, "收入构成", funding.income());
        addBlock(lines, "支出构成", funding.expenditure());
        return lines;
    }

    private static void addBlock(List<FundLine> lines, String name, FundingOverview.Block block) {
        if (block == null) {
            return;
        }
        block.lines().forEach(row -> lines.add(new FundLine(name, row, false)));
        if (block.total() != null) {
            lines.add(new FundLine(name, block.total(), true));
        }
    }

    /** 整体绩效目标: 长期目标 beside 年度目标, each text under its heading. */
    public static void overallGoals(GridBuilder g, Goals longTerm, Goals annual, int width) {
        int left = (width - 1) / 2;
        int right = width - 1 - left;
        String base = DEPARTMENT + "/整体绩效目标";
        g.row();
        g.cell("整体绩效目标", CellStyle.HEADER, 2, 1, null);
        g.cell("长期目标", CellStyle.HEADER, 1, left, null);
        g.cell("年度目标", CellStyle.HEADER, 1, right, null);
        g.row();
        g.cell(CellText.of(longTerm), CellStyle.TEXT, 1, left, CellText.pointer(base, "长期目标"));
        g.cell(CellText.of(annual), CellStyle.TEXT, 1, right, CellText.pointer(base, "年度目标"));
    }

    /**
     * One goal's table: its title row when it has one, {@code 长期目标1：} with the goal's name, then the indicators
     * under the section label.
     *
     * @param ordinal the row heading, such as 长期目标1：
     * @param label   the section label merged down the left, such as 长期绩效目标
     */
    public static void goalTable(GridBuilder g, GoalTable table, String ordinal, String label,
                          List<Column<Indicator>> columns, int width) {
        if (!CellText.isBlank(table.title())) {
            g.row();
            g.cell(table.title(), CellStyle.TITLE, 1, width, CellText.pointer(table.pointer(), "标题"));
        }
        FormFrame.labelled(g, ordinal, table.name(), CellStyle.TEXT, CellText.pointer(table.pointer(), "目标名称"),
                width);
        new TableBlock<>(columns).write(g, label, table.indicators(), width, 0);
    }

    /**
     * The Hubei indicator columns: 一级指标 (merged) | 二级指标 (on every row, as the form prints it) | 指标名称 |
     * 指标值 | 绩效标准, and with history years 指标值 over 近两年指标值 (one column per year) and 预期当年实现值.
     */
    public static List<Column<Indicator>> indicatorColumns(SortedSet<Integer> years) {
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
    public static SortedSet<Integer> historyYears(Collection<GoalTable> tables) {
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
