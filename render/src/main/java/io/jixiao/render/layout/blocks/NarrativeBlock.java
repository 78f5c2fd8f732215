package io.jixiao.render.layout.blocks;

import io.jixiao.model.Keys;
import io.jixiao.model.Narrative;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The narrative goals of a department table (总体绩效目标 / 分项绩效目标) as table rows: one labelled text per duty
 * and part. The Hebei form prints the same narrative as a document of its own (第一部分 部门整体绩效目标).
 */
public final class NarrativeBlock {

    /** Columns a narrative needs beside its label: the duty, the part's heading and the text. */
    public static final int COLUMNS = 3;

    private NarrativeBlock() {
    }

    /**
     * A narrative (总体绩效目标 or 分项绩效目标): its lead-in across the table, then per duty its name merged beside
     * one row per part that was filed (主要职责, 职责目标 …).
     *
     * @param label the section label merged down the left
     */
    public static void write(GridBuilder g, String label, Narrative narrative, int width) {
        boolean lead = !CellText.isBlank(narrative.lead());
        int rows = lead ? 1 : 0;
        for (Narrative.Duty duty : narrative.duties()) {
            rows += Math.max(1, parts(duty).size());
        }
        g.row();
        g.cell(label, CellStyle.HEADER, Math.max(rows, 1), 1, null);
        if (lead) {
            g.cell(narrative.lead(), CellStyle.TEXT, 1, width - 1,
                    Pointers.child(narrative.pointer(), Keys.Narrative.LEAD));
        } else if (narrative.duties().isEmpty()) {
            g.cell("", CellStyle.TEXT, 1, width - 1, null);
        }
        for (int d = 0; d < narrative.duties().size(); d++) {
            Narrative.Duty duty = narrative.duties().get(d);
            List<LabelledText> parts = parts(duty);
            if (lead || d > 0) {
                g.row();
            }
            g.cell(duty.name(), CellStyle.GROUP, Math.max(1, parts.size()), 1,
                    Pointers.child(duty.pointer(), Keys.NarrativeDuty.NAME));
            if (parts.isEmpty()) {
                g.cell("", CellStyle.TEXT, 1, width - 2, null);
            }
            for (int p = 0; p < parts.size(); p++) {
                if (p > 0) {
                    g.row();
                }
                LabelledText part = parts.get(p);
                g.cell(part.label(), CellStyle.HEADER);
                g.cell(part.text(), CellStyle.TEXT, 1, width - 3, Pointers.child(duty.pointer(), part.key()));
            }
        }
    }

    /** The filed parts of a narrative duty, each under the heading the table prints beside it. */
    private static List<LabelledText> parts(Narrative.Duty duty) {
        List<LabelledText> parts = new ArrayList<>();
        LabelledText.addIfFiled(parts, "主要职责", Keys.NarrativeDuty.MAIN_DUTIES, duty.mainDuties());
        LabelledText.addIfFiled(parts, "职责目标", Keys.NarrativeDuty.DUTY_GOAL, duty.dutyGoal());
        LabelledText.addIfFiled(parts, "绩效目标", Keys.NarrativeDuty.PERFORMANCE_GOAL, duty.performanceGoal());
        LabelledText.addIfFiled(parts, "绩效指标", Keys.NarrativeDuty.INDICATORS, duty.indicators());
        LabelledText.addIfFiled(parts, "绩效标准", Keys.NarrativeDuty.STANDARD, duty.standard());
        return parts;
    }
}
