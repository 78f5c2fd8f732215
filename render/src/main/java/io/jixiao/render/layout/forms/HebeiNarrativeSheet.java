package io.jixiao.render.layout.forms;

import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.Keys;
import io.jixiao.model.Narrative;
import io.jixiao.read.Pointers;
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
                narrative(b, SECTION_NUMBERS[section++] + "、总体绩效目标", table.overall());
            }
            if (table.perDuty() != null) {
                narrative(b, SECTION_NUMBERS[section++] + "、分项绩效目标", table.perDuty());
            }
            if (table.safeguards() != null && !table.safeguards().isBlank()) {
                b.row().wide(SECTION_NUMBERS[section] + "、工作保障措施", CellStyle.HEADER);
                for (String paragraph : paragraphs(table.safeguards())) {
                    b.row().cell(paragraph, CellStyle.TEXT, 1, WIDTHS.size(),
                            Pointers.child(table.pointer(), Keys.Department.SAFEGUARDS));
                }
            }
        }
        SignatureRow.append(b, filing.submission(), WIDTHS.size());
        return b.build();
    }

    private static void narrative(GridBuilder b, String heading, Narrative narrative) {
        b.row().wide(heading, CellStyle.HEADER);
        if (narrative.lead() != null && !narrative.lead().isBlank()) {
            b.row().cell(narrative.lead(), CellStyle.TEXT, 1, WIDTHS.size(),
                    Pointers.child(narrative.pointer(), Keys.Narrative.LEAD));
        }
        List<Narrative.Duty> duties = narrative.duties();
        for (int i = 0; i < duties.size(); i++) {
            duty(b, i + 1, duties.get(i));
        }
    }

    /** The duty's title merged down the left beside its paragraphs; an empty cell when it has none. */
    private static void duty(GridBuilder b, int number, Narrative.Duty duty) {
        String pointer = duty.pointer();
        List<Paragraph> paragraphs = new ArrayList<>();
        add(paragraphs, "主要职责是", duty.mainDuties(), Pointers.child(pointer, Keys.NarrativeDuty.MAIN_DUTIES));
        add(paragraphs, "职责目标是", duty.dutyGoal(), Pointers.child(pointer, Keys.NarrativeDuty.DUTY_GOAL));
        add(paragraphs, "绩效目标是", duty.performanceGoal(),
                Pointers.child(pointer, Keys.NarrativeDuty.PERFORMANCE_GOAL));
        add(paragraphs, "绩效指标是", duty.indicators(), Pointers.child(pointer, Keys.NarrativeDuty.INDICATORS));
        add(paragraphs, "绩效标准：", duty.standard(), Pointers.child(pointer, Keys.NarrativeDuty.STANDARD));
        b.row().cell(number + "、" + duty.name(), CellStyle.GROUP, Math.max(1, paragraphs.size()), 1,
                Pointers.child(pointer, Keys.NarrativeDuty.NAME));
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
