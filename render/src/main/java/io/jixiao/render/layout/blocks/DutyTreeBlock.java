package io.jixiao.render.layout.blocks;

import io.jixiao.model.Duty;
import io.jixiao.model.Indicator;
import io.jixiao.model.Narrative;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.render.layout.blocks.TableBlock.Content;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a department table that only the generic layout prints in its own way: the duty tree
 * (职责 → 子职责 → 职责目标 → 指标) as flat rows with the upper levels merged, and the narrative goals
 * (总体绩效目标 / 分项绩效目标) as one labelled text per duty and part.
 */
public final class DutyTreeBlock {

    private static final String DUTIES = CellText.DEPARTMENT + "/部门职责";
    /** The narrative parts of a duty: its key in the filing, which is also its heading. */
    private static final List<String> NARRATIVE_PARTS = List.of("主要职责", "职责目标", "绩效目标", "绩效指标", "绩效标准");

    /** Columns a narrative needs beside its label: the duty, the part's heading and the text. */
    public static final int NARRATIVE_COLUMNS = 3;

    private DutyTreeBlock() {
    }

    /** One row of the flattened duty tree: an indicator, or a goal, sub-duty or duty that has none below it. */
    public record DutyRow(String dutyPointer, Duty duty, String subPointer, Duty.SubDuty sub, Duty.DutyGoal goal,
                          Indicator indicator) {
    }

    public static List<DutyRow> dutyRows(List<Duty> duties) {
        List<DutyRow> rows = new ArrayList<>();
        for (int d = 0; d < duties.size(); d++) {
            Duty duty = duties.get(d);
            String dutyPointer = DUTIES + "/" + d;
            if (duty.subDuties().isEmpty()) {
                rows.add(new DutyRow(dutyPointer, duty, null, null, null, null));
            }
            for (int s = 0; s < duty.subDuties().size(); s++) {
                Duty.SubDuty sub = duty.subDuties().get(s);
                String subPointer = dutyPointer + "/子职责/" + s;
                if (sub.goals().isEmpty()) {
                    rows.add(new DutyRow(dutyPointer, duty, subPointer, sub, null, null));
                }
                for (Duty.DutyGoal goal : sub.goals()) {
                    if (goal.indicators().isEmpty()) {
                        rows.add(new DutyRow(dutyPointer, duty, subPointer, sub, goal, null));
                    }
                    goal.indicators().forEach(i -> rows.add(new DutyRow(dutyPointer, duty, subPointer, sub, goal, i)));
                }
            }
        }
        return rows;
    }

    /** 职责序号 (when any duty has one) | 部门职责 | 子职责 | 职责目标, then the indicator columns. */
    public static List<Column<DutyRow>> dutyColumns(List<Duty> duties, List<DutyRow> rows) {
        List<Column<DutyRow>> columns = new ArrayList<>();
        if (duties.stream().anyMatch(d -> !CellText.isBlank(d.number()))) {
            columns.add(Column.<DutyRow>of("职责序号", CellStyle.GROUP, r -> Content.text(r.duty().number(),
                    CellText.pointer(r.dutyPointer(), "职责序号"))).mergedBy(r -> r.duty().number()));
        }
        columns.add(Column.<DutyRow>of("部门职责", CellStyle.GROUP, r -> Content.text(r.duty().name(),
                CellText.pointer(r.dutyPointer(), "职责"))).mergedBy(DutyRow::dutyPointer));
        columns.add(Column.<DutyRow>of("子职责", CellStyle.GROUP, r -> r.sub() == null ? Content.EMPTY
                : Content.text(r.sub().name(), CellText.pointer(r.subPointer(), "名称"))).mergedBy(DutyRow::subPointer));
        columns.add(Column.<DutyRow>of("职责目标", CellStyle.TEXT, r -> r.goal() == null ? Content.EMPTY
                : Content.text(r.goal().text(), CellText.pointer(r.goal().pointer(), "目标")))
                .mergedBy(r -> r.goal() == null ? null : r.goal().pointer()));
        List<Indicator> indicators = rows.stream().map(DutyRow::indicator).filter(java.util.Objects::nonNull).toList();
        columns.addAll(IndicatorBlock.over(IndicatorBlock.generic(indicators), DutyRow::indicator));
        return columns;
    }

    /** The duty tree under the label 部门职责. */
    public static void duties(GridBuilder g, List<DutyRow> rows, List<Column<DutyRow>> columns, int width) {
        new TableBlock<>(columns).write(g, "部门职责", rows, width, 0);
    }

    /**
     * A narrative (总体绩效目标 or 分项绩效目标): its lead-in across the table, then per duty its name merged beside
     * one row per part that was filed (主要职责, 职责目标 …).
     *
     * @param key the narrative's key under 部门整体, which is also its label
     */
    public static void narrative(GridBuilder g, String key, Narrative narrative, int width) {
        String base = CellText.DEPARTMENT + "/" + key;
        boolean lead = !CellText.isBlank(narrative.lead());
        int rows = lead ? 1 : 0;
        for (Narrative.Duty duty : narrative.duties()) {
            rows += Math.max(1, parts(duty).size());
        }
        g.row();
        g.cell(key, CellStyle.HEADER, Math.max(rows, 1), 1, null);
        if (lead) {
            g.cell(narrative.lead(), CellStyle.TEXT, 1, width - 1, CellText.pointer(base, "说明"));
        } else if (narrative.duties().isEmpty()) {
            g.cell("", CellStyle.TEXT, 1, width - 1, null);
        }
        for (int d = 0; d < narrative.duties().size(); d++) {
            Narrative.Duty duty = narrative.duties().get(d);
            String dutyPointer = base + "/职责/" + d;
            List<Part> parts = parts(duty);
            if (lead || d > 0) {
                g.row();
            }
            g.cell(duty.name(), CellStyle.GROUP, Math.max(1, parts.size()), 1, CellText.pointer(dutyPointer, "名称"));
            if (parts.isEmpty()) {
                g.cell("", CellStyle.TEXT, 1, width - 2, null);
            }
            for (int p = 0; p < parts.size(); p++) {
                if (p > 0) {
                    g.row();
                }
                Part part = parts.get(p);
                g.cell(part.heading(), CellStyle.HEADER);
                g.cell(part.text(), CellStyle.TEXT, 1, width - 3, CellText.pointer(dutyPointer, part.heading()));
            }
        }
    }

    /** One filed part of a narrative duty: its heading (also its key in the filing) and its text. */
    private record Part(String heading, String text) {
    }

    private static List<Part> parts(Narrative.Duty duty) {
        String[] texts = {duty.mainDuties(), duty.dutyGoal(), duty.performanceGoal(), duty.indicators(), duty.standard()};
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (!CellText.isBlank(texts[i])) {
                parts.add(new Part(NARRATIVE_PARTS.get(i), texts[i]));
            }
        }
        return parts;
    }
}
