package io.jixiao.render.layout.forms;

import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.Narrative;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.SignatureRow;

import java.util.ArrayList;
import java.util.List;

/**
 * 河北 第一部分 部门整体绩效目标: a prose document in the original, rendered as a two-column table so it prints and
 * wraps like the project tables after it. Each duty's numbered title ("1、党外干部队伍建设") sits in the left column
 * beside its paragraphs (主要职责是…, 职责目标是…, 绩效目标是…, 绩效指标是…, 绩效标准：…); section headings,
 * lead-ins and the 工作保障措施 paragraphs span both columns, one row per paragraph so no row outgrows a page.
 */
final class HebeiNarrativeSheet {

    static final String SHEET = "部门整体绩效目标";
    static final String DEFAULT_TITLE = "第一部分 部门整体绩效目标";
    private static final String BASE = "/部门整体";
    private static final List<Integer> WIDTHS = List.of(22, 96);
    private static final String[] SECTION_NUMBERS = {"一", "二", "三"};

    private HebeiNarrativeSheet() {
    }

    static Grid build(Filing filing) {
        DepartmentTable table = filing.departmentTable();
        GridBuilder b = new GridBuilder(SHEET, WIDTHS);
        b.row().wide(table != null && table.title() != null && !table.title().isBlank() ? table.title()
                : DEFAULT_TITLE, CellStyle.TITLE);
        if (table != null) {
            int section = 0;
            if (table.overall() != null) {
                narrative(b, SECTION_NUMBERS[section++] + "、总体绩效目标", table.overall(), BASE + "/总体绩效目标");
            }
            if (table.perDuty() != null) {
                narrative(b, SECTION_NUMBERS[section++] + "、分项绩效目标", table.perDuty(), BASE + "/分项绩效目标");
            }
            if (table.safeguards() != null && !table.safeguards().isBlank()) {
                b.row().wide(SECTION_NUMBERS[section] + "、工作保障措施", CellStyle.HEADER);
                for (String paragraph : paragraphs(table.safeguards())) {
                    b.row().cell(paragraph, CellStyle.TEXT, 1, WIDTHS.size(), BASE + "/工作保障措施");
                }
            }
        }
        SignatureRow.append(b, filing.submission(), WIDTHS.size());
        return b.build();
    }

    private static void narrative(GridBuilder b, String heading, Narrative narrative, String pointer) {
        b.row().wide(heading, CellStyle.HEADER);
        if (narrative.lead() != null && !narrative.lead().isBlank()) {
            b.row().cell(narrative.lead(), CellStyle.TEXT, 1, WIDTHS.size(), pointer + "/说明");
        }
        List<Narrative.Duty> duties = narrative.duties();
        for (int i = 0; i < duties.size(); i++) {
            duty(b, i + 1, duties.get(i), pointer + "/职责/" + i);
        }
    }

    /** The duty's title merged down the left beside its paragraphs; an empty cell when it has none. */
    private static void duty(GridBuilder b, int number, Narrative.Duty duty, String pointer) {
        List<Paragraph> paragraphs = new ArrayList<>();
        add(paragraphs, "主要职责是", duty.mainDuties(), pointer + "/主要职责");
        add(paragraphs, "职责目标是", duty.dutyGoal(), pointer + "/职责目标");
        add(paragraphs, "绩效目标是", duty.performanceGoal(), pointer + "/绩效目标");
        add(paragraphs, "绩效指标是", duty.indicators(), pointer + "/绩效指标");
        add(paragraphs, "绩效标准：", duty.standard(), pointer + "/绩效标准");
        b.row().cell(number + "、" + duty.name(), CellStyle.GROUP, Math.max(1, paragraphs.size()), 1,
                pointer + "/名称");
        if (paragraphs.isEmpty()) {
            b.cell(null, CellStyle.TEXT);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                b.row();
            }
            Paragraph p = paragraphs.get(i);
            b.cell(p.lead() + p.text(), CellStyle.TEXT, p.pointer());
        }
    }

    private static void add(List<Paragraph> paragraphs, String lead, String text, String pointer) {
        if (text != null && !text.isBlank()) {
            paragraphs.add(new Paragraph(lead, text, pointer));
        }
    }

    /** The non-blank lines of a text, each a paragraph of the printed document. */
    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** One sentence of a duty's narrative: the form's lead words and the filed text that follows them. */
    private record Paragraph(String lead, String text, String pointer) {
    }
}
