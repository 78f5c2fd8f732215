package io.jixiao.render.layout;

import io.jixiao.finding.Messages;
import io.jixiao.model.FiledValues;
import io.jixiao.model.Filing;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.ColumnWidths;

import java.util.ArrayList;
import java.util.List;

/**
 * The extra table 本表样没有位置的内容: every filed value the chosen template's form has no place for, as written and in
 * the order of the file, each beside the part of the filing it belongs to (项目第1项 › 绩效指标第2项 › 标准值 › 规划值).
 * It is the renderer's half of "nothing filed is dropped"; the rule TEMPLATE-UNPLACED is the checker's half, and
 * both read what the form has a place for from {@code format-spec/templates.yaml}.
 *
 * <p>The sheet's own sentences are jixiao's, from the bundle; Chinese whatever the page's language, like the
 * workbook's other words, because the workbook reproduces a Chinese form.
 */
final class UnplacedSheet {

    /** A list index is a small number; a four-digit one is a year key (历史值, 近两年). */
    private static final int FIRST_YEAR_KEY = 1000;

    private UnplacedSheet() {
    }

    static Grid grid(Filing filing, List<FiledValues.Entry> entries, String name) {
        Messages text = Messages.chinese();
        int width = 2;
        GridBuilder g = new GridBuilder(name, ColumnWidths.provisional(width));
        g.row().cell(text.format("render.extra.title", filing.year(), filing.department()), CellStyle.TITLE, 1,
                width, null);
        String form = text.format("render.template." + filing.template().id());
        g.row().cell(text.format("render.extra.intro", form), CellStyle.SUBTITLE, 1, width, null);
        g.row().headerStartsHere(1)
                .cell(text.format("render.extra.column.part"), CellStyle.HEADER)
                .cell(text.format("render.extra.column.value"), CellStyle.HEADER);
        for (FiledValues.Entry entry : entries) {
            g.row().cell(part(entry.pointer(), text), CellStyle.TEXT)
                    .cell(entry.text().isEmpty() ? text.format("render.extra.blank") : entry.text(), CellStyle.TEXT,
                            entry.pointer());
        }
        return ColumnWidths.fit(g.build(), 40, 60);
    }

    /** 项目第1项 › 绩效指标第2项 › 标准值 › 规划值: the keys of the pointer, list items counted from 1. */
    static String part(String pointer, Messages text) {
        List<String> parts = new ArrayList<>();
        for (String token : Pointers.tokens(pointer)) {
            if (token.matches("[0-9]+") && !parts.isEmpty() && Integer.parseInt(token) < FIRST_YEAR_KEY) {
                int last = parts.size() - 1;
                parts.set(last, text.format("render.extra.item", parts.get(last), Integer.parseInt(token) + 1));
            } else {
                parts.add(token);
            }
        }
        return String.join(" › ", parts);
    }
}
