package io.jixiao.render.layout.blocks;

import io.jixiao.model.Duty;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;

import java.util.ArrayList;
import java.util.List;

/**
 * The duty tree of a department table (职责 → 子职责 → 职责目标 → 指标) as flat rows with the upper levels merged
 * and the indicator columns beside them: how the generic department table prints the tree the Shandong form
 * prints in its own way.
 */
public final class DutyTreeBlock {

    private DutyTreeBlock() {
    }

    /**
     * One row of the flattened duty tree: an indicator, or a goal, sub-duty or duty that has none below it. Rows of
     * one duty (one sub-duty) are merged by its pointer, so two duties that read alike stay apart.
     */
    public record DutyRow(Duty duty, Duty.SubDuty sub, Duty.DutyGoal goal, Indicator indicator) {

        String dutyPointer() {
            return duty.pointer();
        }

        String subPointer() {
            return sub == null ? null : sub.pointer();
        }
    }

    /** The rows of the tree, depth first. */
    public static List<DutyRow> rows(List<Duty> duties) {
        List<DutyRow> rows = new ArrayList<>();
        for (Duty duty : duties) {
            if (duty.subDuties().isEmpty()) {
                rows.add(new DutyRow(duty, null, null, null));
            }
            for (Duty.SubDuty sub : duty.subDuties()) {
                if (sub.goals().isEmpty()) {
                    rows.add(new DutyRow(duty, sub, null, null));
                }
                for (Duty.DutyGoal goal : sub.goals()) {
                    if (goal.indicators().isEmpty()) {
                        rows.add(new DutyRow(duty, sub, goal, null));
                    }
                    goal.indicators().forEach(i -> rows.add(new DutyRow(duty, sub, goal, i)));
                }
            }
        }
        return rows;
    }

    /** 职责序号 (when any duty has one) | 部门职责 | 子职责 | 职责目标, then the indicator columns. */
    public static List<Column<DutyRow>> columns(List<Duty> duties, List<DutyRow> rows) {
        List<Column<DutyRow>> columns = new ArrayList<>();
        if (duties.stream().anyMatch(d -> !CellText.isBlank(d.number()))) {
            columns.add(Column.<DutyRow>of("职责序号", CellStyle.GROUP, r -> Content.text(r.duty().number(),
                    Pointers.child(r.dutyPointer(), Keys.Duty.NUMBER))).mergedBy(r -> r.duty().number()));
        }
        columns.add(Column.<DutyRow>of("部门职责", CellStyle.GROUP, r -> Content.text(r.duty().name(),
                Pointers.child(r.dutyPointer(), Keys.Duty.NAME))).mergedBy(DutyRow::dutyPointer));
        columns.add(Column.<DutyRow>of("子职责", CellStyle.GROUP, r -> r.sub() == null ? Content.EMPTY
                : Content.text(r.sub().name(), Pointers.child(r.subPointer(), Keys.SubDuty.NAME)))
                .mergedBy(DutyRow::subPointer));
        columns.add(Column.<DutyRow>of("职责目标", CellStyle.TEXT, r -> r.goal() == null ? Content.EMPTY
                : Content.text(r.goal().text(), Pointers.child(r.goal().pointer(), Keys.DutyGoal.TEXT)))
                .mergedBy(r -> r.goal() == null ? null : r.goal().pointer()));
        List<Indicator> indicators = rows.stream().map(DutyRow::indicator).filter(java.util.Objects::nonNull).toList();
        columns.addAll(IndicatorBlock.over(IndicatorBlock.generic(indicators), DutyRow::indicator));
        return columns;
    }

    /** The duty tree under the label 部门职责. */
    public static void write(GridBuilder g, List<DutyRow> rows, List<Column<DutyRow>> columns, int width) {
        new TableBlock<>(columns).write(g, "部门职责", rows, width, 0);
    }
}
