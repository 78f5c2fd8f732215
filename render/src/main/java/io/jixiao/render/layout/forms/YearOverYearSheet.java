package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.FormFrame;
import io.jixiao.review.change.IndicatorChange;
import io.jixiao.review.change.TableChange;
import io.jixiao.review.report.ChangeWords;

import java.util.List;

/**
 * 与上年对比: every indicator of the filing beside last year's, for templates whose official form has no column for
 * it. The form stays as printed; this sheet follows it in the workbook and on the page: the table, the indicator,
 * last year's and this year's target, and how it moved (▲ raised or tightened, ▼ lowered, loosened or made vague,
 * 新增, 取消), with dropped indicators at the end of their table.
 */
public final class YearOverYearSheet {

    private static final int WIDTH = 6;

    private YearOverYearSheet() {
    }

    public static Grid grid(Filing filing, PreviousYear previous) {
        GridBuilder g = new GridBuilder("与上年对比", ColumnWidths.provisional(WIDTH));
        FormFrame.title(g, null, null, filing.year() + "年" + filing.department() + "绩效指标与"
                + previous.changes().previous().year() + "年对比", WIDTH);
        g.headerStartsHere(1).row();
        for (String heading : List.of("所在表", "二级指标", "三级指标", "上年指标值", "本年指标值", "变化")) {
            g.cell(heading, CellStyle.HEADER);
        }
        for (TableChange table : previous.changes().tables()) {
            String place = String.join(ChangeWords.SEPARATOR, table.path());
            for (IndicatorChange change : table.indicators()) {
                Indicator shown = change.shown();
                String at = change.current() == null ? null : change.current().pointer();
                g.row().cell(place, CellStyle.TEXT, at == null ? null : table.pointer())
                        .cell(shown.level2(), CellStyle.GROUP, pointer(at, Keys.Indicator.LEVEL2))
                        .cell(shown.name(), CellStyle.TEXT, pointer(at, Keys.Indicator.NAME))
                        .cell(change.previous() == null ? "" : change.previous().value().written(), CellStyle.VALUE,
                                pointer(at, Keys.Indicator.VALUE))
                        .cell(change.current() == null ? "" : change.current().value().written(), CellStyle.VALUE,
                                pointer(at, Keys.Indicator.VALUE))
                        .cell(movement(previous, change), CellStyle.VALUE, pointer(at, Keys.Indicator.VALUE));
            }
        }
        return ColumnWidths.fit(g.build(), 24, 14, 24, 14, 14, 14);
    }

    /** ▲ 提高, ▼ 降低, 新增, 取消, or the word for any other change; empty when nothing moved. */
    private static String movement(PreviousYear previous, IndicatorChange change) {
        if (change.status() != IndicatorChange.Status.KEPT) {
            return previous.words().status(change);
        }
        if (!change.target().shift().changed()) {
            return "";
        }
        String mark = PreviousYear.mark(change).strip();
        return (mark.isEmpty() ? "" : mark + " ") + previous.words().shift(change);
    }

    private static String pointer(String indicator, String key) {
        return indicator == null ? null : Pointers.child(indicator, key);
    }
}
