package io.jixiao.render.layout.blocks;

import io.jixiao.model.FundingOverview;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;
import io.jixiao.value.MoneyUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 部门总体资金情况 with its year columns, as the Hubei department table prints it (湖北，如武昌) and the generic
 * department table prints it too. It takes the width it may fill and reports the columns it needs.
 */
public final class FundingBlock {

    private FundingBlock() {
    }

    /** One line of the funding block: a 收入构成 or 支出构成 line, or its 合计. */
    private record FundLine(String block, FundingOverview.Row row, boolean total) {
    }

    /** The years of the 近两年收支情况 columns, from every line of the funding overview. */
    static SortedSet<Integer> fundingYears(FundingOverview funding) {
        SortedSet<Integer> years = new TreeSet<>();
        if (funding != null) {
            fundLines(funding).forEach(line -> years.addAll(line.row().previousYears().keySet()));
        }
        return years;
    }

    /** Columns the funding block needs beside its label: 构成, 项目, 当年预算收支, 占比 and one per year. */
    public static int columns(FundingOverview funding) {
        return 4 + fundingYears(funding).size();
    }

    /**
     * 部门总体资金情况（万元）: the two-row heading 总体资金情况 | 当年预算收支 | 占比 | 近两年收支情况 over the years, then
     * 收入构成 and 支出构成 each merged over its lines and its 合计.
     */
    public static void write(GridBuilder g, FundingOverview funding, MoneyUnit unit, int width) {
        List<Column<FundLine>> columns = new ArrayList<>();
        columns.add(Column.<FundLine>of("总体资金情况", CellStyle.GROUP, l -> Content.text(l.block(), null))
                .mergedBy(FundLine::block));
        columns.add(Column.of("总体资金情况", CellStyle.TEXT, FundingBlock::itemContent));
        columns.add(Column.<FundLine>of("当年预算收支", CellStyle.AMOUNT,
                l -> Content.amount(l.row().thisYear(), Pointers.child(l.row().pointer(), Keys.FundRow.THIS_YEAR)))
                .stretched());
        columns.add(Column.of("占比", CellStyle.VALUE,
                l -> Content.text(CellText.of(l.row().share()),
                        Pointers.child(l.row().pointer(), Keys.FundRow.SHARE))));
        for (int year : fundingYears(funding)) {
            columns.add(Column.of(List.of("近两年收支情况", year + "年"), CellStyle.AMOUNT,
                    l -> Content.amount(l.row().previousYears().get(year),
                            Pointers.child(l.row().pointer(), Keys.FundRow.PREVIOUS_YEARS, Keys.yearKey(year)))));
        }
        new TableBlock<>(columns).write(g, "部门总体资金情况（" + unit.label() + "）", fundLines(funding), width, 0);
    }

    private static Content itemContent(FundLine line) {
        String item = line.row().item();
        if (CellText.isBlank(item)) {
            return Content.text(line.total() ? "合计" : "", null);
        }
        return Content.text(item, Pointers.child(line.row().pointer(), Keys.FundRow.ITEM));
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
}
