package io.jixiao.render.layout.forms;

import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Duty;
import io.jixiao.model.Filing;
import io.jixiao.model.History;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.Standard;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.Layout;
import io.jixiao.render.layout.blocks.SignatureRow;
import io.jixiao.value.Value;

import java.util.List;
import java.util.Objects;

/**
 * 山东（临沂）按职责编制的部门预算整体绩效目标表: one sheet, one row per indicator, with the duty tree merged down
 * the left (职责序号 → 部门职责 → 子职责 → 职责目标) and the reference values (标准值, 历史值) in a two-level header
 * group, as the published table prints them. A duty, sub-duty or goal without indicators still gets one row, so
 * its text is never lost.
 */
public final class ShandongDutyLayout implements Layout {

    static final String SHEET = "部门整体";

    /**
     * 职责序号, 部门职责 (duty, sub-duty), 职责目标, 绩效指标, 指标解释, 年度指标值, 规划值, 当年标准值, its 来源,
     * 前三年均值, 上年值, 历史值来源, 工作活动 — in characters, sized so the longest usual entries wrap to a few lines.
     */
    private static final List<Integer> WIDTHS = List.of(8, 12, 14, 26, 16, 22, 10, 9, 9, 18, 10, 9, 10, 26);
    private static final int HEADER_ROWS = 4;

    @Override
    public List<Grid> tables(Filing filing) {
        DepartmentTable table = filing.departmentTable();
        List<Duty> duties = table == null ? List.of() : table.dutyTree();
        GridBuilder b = new GridBuilder(SHEET, WIDTHS);
        b.row().wide(title(filing), CellStyle.TITLE);
        b.row().headerStartsHere(HEADER_ROWS);
        header(b);
        for (int i = 0; i < duties.size(); i++) {
            duty(b, duties, i);
        }
        SignatureRow.append(b, filing.submission(), WIDTHS.size());
        return List.of(b.build());
    }

    /** The filed title, or the one the form prints: 2023年中共临沂市委统一战线工作部部门预算整体绩效目标表. */
    static String title(Filing filing) {
        DepartmentTable table = filing.departmentTable();
        if (table != null && table.title() != null && !table.title().isBlank()) {
            return table.title();
        }
        return filing.year() + "年" + filing.department() + "部门预算整体绩效目标表";
    }

    /** The four header rows of the published form, with its merges. */
    private static void header(GridBuilder b) {
        b.cell("职责序号", CellStyle.HEADER, 4, 1, null)
                .cell("部门职责", CellStyle.HEADER, 4, 2, null)
                .cell("职责目标", CellStyle.HEADER, 4, 1, null)
                .cell("绩效指标", CellStyle.HEADER, 4, 1, null)
                .cell("指标解释", CellStyle.HEADER, 4, 1, null)
                .cell("年度指标值", CellStyle.HEADER, 4, 1, null)
                .cell("指标参考值", CellStyle.HEADER, 1, 6, null)
                .cell("工作活动", CellStyle.HEADER, 4, 1, null);
        b.row().cell("标准值 (规划目标、行业标准或其他明确标准)", CellStyle.HEADER, 1, 3, null)
                .cell("历史值 (统计年鉴/统计公报/内部统计/其他需明确的来源)", CellStyle.HEADER, 1, 3, null);
        b.row().cell("规划值", CellStyle.HEADER, 2, 1, null)
                .cell("当年标准值", CellStyle.HEADER, 1, 2, null)
                .cell("前三年均值", CellStyle.HEADER, 2, 1, null)
                .cell("上年值", CellStyle.HEADER, 2, 1, null)
                .cell("来源", CellStyle.HEADER, 2, 1, null);
        b.row().cell("标准值", CellStyle.HEADER).cell("来源", CellStyle.HEADER);
    }

    /** The rows of one duty; its number cell spans every following duty with the same number. */
    private static void duty(GridBuilder b, List<Duty> duties, int index) {
        Duty duty = duties.get(index);
        boolean opensNumber = index == 0 || !sameNumber(duties.get(index - 1), duty);
        List<Duty.SubDuty> subs = duty.subDuties();
        for (int s = 0; s < Math.max(1, subs.size()); s++) {
            Duty.SubDuty sub = s < subs.size() ? subs.get(s) : null;
            List<Duty.DutyGoal> goals = sub == null ? List.of() : sub.goals();
            for (int g = 0; g < Math.max(1, goals.size()); g++) {
                Duty.DutyGoal goal = g < goals.size() ? goals.get(g) : null;
                List<Indicator> indicators = goal == null ? List.of() : goal.indicators();
                for (int k = 0; k < Math.max(1, indicators.size()); k++) {
                    b.row();
                    if (s == 0 && g == 0 && k == 0) {
                        if (opensNumber) {
                            b.cell(duty.number(), CellStyle.GROUP, numberRows(duties, index), 1,
                                    Pointers.child(duty.pointer(), Keys.Duty.NUMBER));
                        }
                        b.cell(duty.name(), CellStyle.GROUP, rows(duty), 1,
                                Pointers.child(duty.pointer(), Keys.Duty.NAME));
                    }
                    if (g == 0 && k == 0) {
                        b.cell(sub == null ? null : sub.name(), CellStyle.GROUP, rows(sub), 1,
                                sub == null ? null : Pointers.child(sub.pointer(), Keys.SubDuty.NAME));
                    }
                    if (k == 0) {
                        b.cell(goal == null ? null : goal.text(), CellStyle.TEXT, rows(goal), 1,
                                goal == null ? null : Pointers.child(goal.pointer(), Keys.DutyGoal.TEXT));
                    }
                    indicator(b, k < indicators.size() ? indicators.get(k) : null);
                }
            }
        }
    }

    /** 绩效指标 through 工作活动 for one indicator; empty cells when a goal has none. */
    private static void indicator(GridBuilder b, Indicator indicator) {
        if (indicator == null) {
            for (int column = 4; column < WIDTHS.size(); column++) {
                b.cell(null, CellStyle.VALUE);
            }
            return;
        }
        String p = indicator.pointer();
        Standard standard = indicator.standard();
        History history = indicator.history();
        String standardAt = Pointers.child(p, Keys.Indicator.STANDARD);
        String historyAt = Pointers.child(p, Keys.Indicator.HISTORY);
        b.cell(indicator.name(), CellStyle.TEXT, Pointers.child(p, Keys.Indicator.NAME))
                .cell(indicator.explanation(), CellStyle.TEXT, Pointers.child(p, Keys.Indicator.EXPLANATION))
                .cell(written(indicator.value()), CellStyle.VALUE, Pointers.child(p, Keys.Indicator.VALUE))
                .cell(standard == null ? null : written(standard.planned()), CellStyle.VALUE,
                        Pointers.child(standardAt, Keys.Standard.PLANNED))
                .cell(standard == null ? null : written(standard.current()), CellStyle.VALUE,
                        Pointers.child(standardAt, Keys.Standard.CURRENT))
                .cell(standard == null ? null : standard.source(), CellStyle.TEXT,
                        Pointers.child(standardAt, Keys.Standard.SOURCE))
                .cell(history == null ? null : written(history.threeYearAverage()), CellStyle.VALUE,
                        Pointers.child(historyAt, Keys.History.THREE_YEAR_AVERAGE))
                .cell(history == null ? null : written(history.lastYear()), CellStyle.VALUE,
                        Pointers.child(historyAt, Keys.History.LAST_YEAR))
                .cell(history == null ? null : history.source(), CellStyle.TEXT,
                        Pointers.child(historyAt, Keys.History.SOURCE))
                .cell(indicator.activities(), CellStyle.TEXT, Pointers.child(p, Keys.Indicator.ACTIVITIES));
    }

    private static String written(Value value) {
        return value == null ? null : value.written();
    }

    /** Adjacent duties share one number cell when both state the same number (an unnumbered duty stands alone). */
    private static boolean sameNumber(Duty previous, Duty next) {
        return previous.number() != null && Objects.equals(previous.number(), next.number());
    }

    private static int numberRows(List<Duty> duties, int first) {
        int rows = rows(duties.get(first));
        for (int i = first + 1; i < duties.size() && sameNumber(duties.get(i - 1), duties.get(i)); i++) {
            rows += rows(duties.get(i));
        }
        return rows;
    }

    private static int rows(Duty duty) {
        return Math.max(1, duty.subDuties().stream().mapToInt(ShandongDutyLayout::rows).sum());
    }

    private static int rows(Duty.SubDuty sub) {
        return sub == null ? 1 : Math.max(1, sub.goals().stream().mapToInt(ShandongDutyLayout::rows).sum());
    }

    private static int rows(Duty.DutyGoal goal) {
        return goal == null ? 1 : Math.max(1, goal.indicators().size());
    }
}
