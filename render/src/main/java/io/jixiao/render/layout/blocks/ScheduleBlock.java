package io.jixiao.render.layout.blocks;

import io.jixiao.model.Keys;
import io.jixiao.model.ScheduleItem;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;

import java.util.ArrayList;
import java.util.List;

/**
 * 项目实施进度计划: 项目实施内容 | 开始时间 | 完成时间 (| 备注 when any row has one), as the 2011-family forms print it
 * (佳县 2016, the city form of research/national-forms.md §4.3).
 */
public final class ScheduleBlock {

    private ScheduleBlock() {
    }

    /** The number of columns the block needs beside its label. */
    public static int columns(List<ScheduleItem> items) {
        return columnsOf(items).size();
    }

    /** Writes the block from a new row over {@code width} columns, the content taking what is left. */
    public static void write(GridBuilder g, List<ScheduleItem> items, int width) {
        new TableBlock<>(columnsOf(items)).write(g, "项目实施进度计划", items, width, 0);
    }

    private static List<Column<ScheduleItem>> columnsOf(List<ScheduleItem> items) {
        List<Column<ScheduleItem>> columns = new ArrayList<>();
        columns.add(Column.<ScheduleItem>of("项目实施内容", CellStyle.TEXT, i -> Content.text(i.content(),
                Pointers.child(i.pointer(), Keys.ScheduleItem.CONTENT))).stretched());
        columns.add(Column.of("开始时间", CellStyle.VALUE, i -> Content.text(CellText.of(i.start()),
                Pointers.child(i.pointer(), Keys.ScheduleItem.START))));
        columns.add(Column.of("完成时间", CellStyle.VALUE, i -> Content.text(CellText.of(i.end()),
                Pointers.child(i.pointer(), Keys.ScheduleItem.END))));
        if (items.stream().anyMatch(i -> !CellText.isBlank(i.notes()))) {
            columns.add(Column.of("备注", CellStyle.TEXT, i -> Content.text(i.notes(),
                    Pointers.child(i.pointer(), Keys.ScheduleItem.NOTES))));
        }
        return columns;
    }
}
