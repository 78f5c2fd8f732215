package io.jixiao.render.layout.blocks;

import io.jixiao.model.Keys;
import io.jixiao.model.WorkPlanItem;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;

import java.util.List;

/**
 * 年度重点工作计划, the work plan of the Hunan department form (附表1), which the generic department table prints
 * too; it takes the width it may fill.
 */
public final class WorkPlanBlock {

    private WorkPlanBlock() {
    }

    /** 年度重点工作计划: 事项 | 责任单位/科室 | 工作目标, the goal taking the remaining width. */
    public static void write(GridBuilder g, List<WorkPlanItem> items, int width) {
        TableBlock<WorkPlanItem> table = new TableBlock<>(List.of(
                Column.of("事项", CellStyle.TEXT, (WorkPlanItem item) -> Content.text(item.matter(),
                        Pointers.child(item.pointer(), Keys.WorkPlanItem.MATTER))),
                Column.of("责任单位/科室", CellStyle.VALUE, (WorkPlanItem item) -> Content.text(item.responsibleUnit(),
                        Pointers.child(item.pointer(), Keys.WorkPlanItem.RESPONSIBLE_UNIT))),
                Column.of("工作目标", CellStyle.TEXT, (WorkPlanItem item) -> Content.text(item.goal(),
                        Pointers.child(item.pointer(), Keys.WorkPlanItem.GOAL)))));
        table.write(g, "年度重点工作计划", items, width, 0);
    }
}
