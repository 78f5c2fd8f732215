package io.jixiao.render.layout.forms;

import io.jixiao.model.Disclosure;
import io.jixiao.model.Filing;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;

/**
 * 公开说明, what a budget-disclosure page says above its tables ("关于……绩效目标公开情况的说明"): the page title, the
 * note's title and its text, as the generic layout prints them before the tables.
 */
final class GenericDisclosureSheet {

    private GenericDisclosureSheet() {
    }

    static Grid grid(Filing filing) {
        Disclosure d = filing.disclosure();
        int width = 1;
        GridBuilder g = new GridBuilder("公开说明", ColumnWidths.provisional(width));
        if (!CellText.isBlank(d.pageTitle())) {
            g.row().cell(d.pageTitle(), CellStyle.SUBTITLE, Pointers.child(d.pointer(), Keys.Disclosure.PAGE_TITLE));
        }
        g.row();
        if (CellText.isBlank(d.title())) {
            g.cell(filing.year() + "年" + filing.department() + "绩效目标公开说明", CellStyle.TITLE, null);
        } else {
            g.cell(d.title(), CellStyle.TITLE, Pointers.child(d.pointer(), Keys.Disclosure.TITLE));
        }
        g.row().cell(CellText.of(d.text()), CellStyle.TEXT, Pointers.child(d.pointer(), Keys.Disclosure.TEXT));
        return ColumnWidths.fit(g.build(), 90);
    }
}
