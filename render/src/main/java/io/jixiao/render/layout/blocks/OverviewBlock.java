package io.jixiao.render.layout.blocks;

import io.jixiao.model.Keys;
import io.jixiao.model.ProjectOverview;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * 项目概况, the paragraphs that describe a project, in the two ways the forms print them: as numbered lines above the
 * table ((1)项目概述。… (2)立项依据。…, the Anhui budget-disclosure pages), or as labelled rows of the table (项目概况,
 * 立项依据, 项目设立的必要性 …, the Shanghai form and the generic table). Only the filed paragraphs print.
 */
public final class OverviewBlock {

    private OverviewBlock() {
    }

    /** The filed paragraphs under the labels the Anhui pages and the Shanghai form print. */
    static List<LabelledText> parts(ProjectOverview overview) {
        List<LabelledText> parts = new ArrayList<>();
        LabelledText.addIfFiled(parts, "项目概述", Keys.Overview.SUMMARY, overview.summary());
        LabelledText.addIfFiled(parts, "立项依据", Keys.Overview.BASIS, overview.basis());
        LabelledText.addIfFiled(parts, "项目申报的可行性", Keys.Overview.FEASIBILITY, overview.feasibility());
        LabelledText.addIfFiled(parts, "项目设立的必要性", Keys.Overview.NECESSITY, overview.necessity());
        LabelledText.addIfFiled(parts, "实施主体", Keys.Overview.IMPLEMENTER, overview.implementer());
        LabelledText.addIfFiled(parts, "项目内容", Keys.Overview.CONTENT, overview.content());
        LabelledText.addIfFiled(parts, "年度预算安排", Keys.Overview.BUDGET, overview.budget());
        LabelledText.addIfFiled(parts, "绩效目标", Keys.Overview.GOALS, CellText.of(overview.goals()));
        LabelledText.addIfFiled(parts, "保证项目实施的制度、措施", Keys.Overview.SAFEGUARDS, overview.safeguards());
        LabelledText.addIfFiled(parts, "单位职能概述", Keys.Overview.UNIT_FUNCTIONS, overview.unitFunctions());
        return parts;
    }

    /** Whether anything of the overview was filed. */
    public static boolean isFiled(ProjectOverview overview) {
        return overview != null && (!CellText.isBlank(overview.heading()) || !parts(overview).isEmpty());
    }

    /** The numbered lines above a form: the heading, then (1)项目概述。… for each filed paragraph. */
    public static void lines(GridBuilder g, ProjectOverview overview, int width) {
        if (!isFiled(overview)) {
            return;
        }
        String p = overview.pointer();
        if (!CellText.isBlank(overview.heading())) {
            g.row().cell(overview.heading(), CellStyle.SUBTITLE, 1, width,
                    Pointers.child(p, Keys.Overview.HEADING));
        }
        List<LabelledText> parts = parts(overview);
        for (int i = 0; i < parts.size(); i++) {
            LabelledText part = parts.get(i);
            g.row().cell("（" + (i + 1) + "）" + part.label() + "。" + part.text(), CellStyle.SUBTITLE, 1, width,
                    Pointers.child(p, part.key()));
        }
    }

    /** Labelled rows of a table: 项目概况 with its heading, then one row per filed paragraph. */
    public static void rows(GridBuilder g, ProjectOverview overview, int width) {
        if (!isFiled(overview)) {
            return;
        }
        String p = overview.pointer();
        List<LabelledText> parts = parts(overview);
        boolean heading = !CellText.isBlank(overview.heading());
        g.row();
        g.cell("项目概况", CellStyle.HEADER, parts.size() + (heading ? 1 : 0), 1, null);
        boolean first = true;
        if (heading) {
            g.cell(overview.heading(), CellStyle.TEXT, 1, width - 1, Pointers.child(p, Keys.Overview.HEADING));
            first = false;
        }
        for (LabelledText part : parts) {
            if (!first) {
                g.row();
            }
            first = false;
            g.cell(part.label(), CellStyle.HEADER);
            g.cell(part.text(), CellStyle.TEXT, 1, width - 2, Pointers.child(p, part.key()));
        }
    }
}
