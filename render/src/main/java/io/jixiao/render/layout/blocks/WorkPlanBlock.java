package io.jixiao.render.layout.blocks;

import io.jixiao.model.WorkPlanItem;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;

import java.util.List;
import java.util.stream.IntStream;

/**
 * 年度重点工作计划, the work plan of the Hunan department form (附表1), which the generic department table prints
 * too; it takes the width it may fill.
 */
public final class WorkPlanBlock {

    private WorkPlanBlock() {
    }

    /** 年度重点工作计划: 事项 | 责任单位/科室 | 工作目标, the goal taking the remaining width. */
    public static void write(GridBuilder g, List<WorkPlanItem> items, int width) {
        String base = CellText.DEPARTMENT + "/年度重点工作计划";
        TableBlock<Integer> table = new TableBlock<>(List.of(
                Column.of("事项", CellStyle.TEXT, (Integer i) -> Content.text(items.get(i).matter(),
                        CellText.pointer(base, String.valueOf(i), "事项"))),
                Column.of("责任单位/科室", CellStyle.VALUE, (Integer i) -> Content.text(items.get(i).responsibleUnit(),
                        CellText.pointer(base, String.valueOf(i), "责任单位"))),
                Column.of("工作目标", CellStyle.TEXT, (Integer i) -> Content.text(items.get(i).goal(),
                        CellText.pointer(base, String.valueOf(i), "工作目标")))));
        table.write(g, "年度重点工作计划", IntStream.range(0, items.size()).boxed().toList(), width, 0);
    }
}
