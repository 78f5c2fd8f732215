package io.jixiao.render.layout.blocks;

import io.jixiao.model.Narrative;
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

    /** The narrative parts of a duty: its key in the filing, which is also its heading. */
    private static final List<String> PARTS = List.of("主要职责", "职责目标", "绩效目标", "绩效指标", "绩效标准");

    private NarrativeBlock() {
    }

    /**
     * A narrative (总体绩效目标 or 分项绩效目标): its lead-in across the table, then per duty its name merged beside
     * one row per part that was filed (主要职责, 职责目标 …).
     *
     * @param key the narrative's key under 部门整体, which is also its label
     */
    public static void write(GridBuilder g, String key, Narrative narrative, int width) {
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
                parts.add(new Part(PARTS.get(i), texts[i]));
            }
        }
        return parts;
    }
}
