package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.MultiYear;
import io.jixiao.model.ProjectDetails;
import io.jixiao.model.ProjectMoney;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.Scoring;
import io.jixiao.model.SignOff;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.Layout;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.IndicatorBlock;
import io.jixiao.render.layout.blocks.ScoringText;
import io.jixiao.render.layout.blocks.TableBlock;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.value.Money;
import io.jixiao.value.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * 重庆's 项目支出绩效目标审批表 (奉节县云雾土家族乡 2023), one sheet per project: a head of label/value pairs
 * (项目名称 and 项目分类, 建设周期 and 业务主管部门, 实施单位 with 项目负责人 and 联系电话), 项目审批, 项目总体概况 and
 * 年度主要目标和成果 as long rows, the 项目资金 / 预算执行 block (项目总预算 beside 财政资金预算分类, 当年年度预算,
 * 其中：财政资金 beside 财政资金科目代码, 其中：其它资金, 年度预算执行率 beside its 分值), then 年度绩效目标 with its
 * total score over the indicator table of the 财预〔2021〕101号 framework (一级 with its score range, 分值, 指标解释).
 *
 * <p>The head is not the 88号 project form's: its rows and pairings are the county form's, so it is a template of its
 * own rather than a local wording of {@code national-2021}. What it has no place for (the 中期 part beyond its total,
 * 资金来源, 审核意见 …) is listed apart, as on every form; the approval part of the published table was not stored
 * and is not reconstructed.
 */
public final class ChongqingApprovalLayout implements Layout {

    /** The content columns right of the label column: the head's pairs, and the indicator table's six. */
    private static final int CONTENT = 6;

    @Override
    public List<Grid> tables(Filing filing) {
        List<Grid> grids = new ArrayList<>();
        for (int i = 0; i < filing.projects().size(); i++) {
            grids.add(sheet(filing, filing.projects().get(i), "项目" + (i + 1)));
        }
        return grids;
    }

    private static Grid sheet(Filing filing, ProjectTable project, String name) {
        List<Column<Indicator>> columns = columns(project);
        int content = Math.max(CONTENT, columns.size());
        int width = 1 + content;
        String p = project.pointer();
        ProjectDetails d = project.details();
        GridBuilder g = new GridBuilder(name, ColumnWidths.provisional(width));
        head(g, filing, project, width);
        pair(g, content, "项目名称", project.name(), Pointers.child(p, Keys.Project.NAME),
                "项目分类", d == null ? null : d.projectClass(), Pointers.child(p, Keys.Project.CLASS));
        pair(g, content, "建设周期", d == null ? null : NationalProjectSheet.periodText(d.period()),
                d == null || d.period() == null ? null : d.period().pointer(),
                "业务主管部门", d == null ? null : d.businessSupervisor(),
                Pointers.child(p, Keys.Project.BUSINESS_SUPERVISOR));
        SignOff signOff = project.signOff();
        g.row();
        g.cell("实施单位", CellStyle.HEADER);
        text(g, d == null ? null : d.implementer(), content - 4, Pointers.child(p, Keys.Project.IMPLEMENTER));
        g.cell("项目负责人", CellStyle.HEADER);
        text(g, signOff == null ? null : signOff.leader(), 1, Pointers.child(p, Keys.Project.LEADER));
        g.cell("联系电话", CellStyle.HEADER);
        text(g, signOff == null ? null : signOff.leaderPhone(), 1, Pointers.child(p, Keys.Project.LEADER_PHONE));
        wide(g, width, "项目审批", d == null ? null : d.approval(), Pointers.child(p, Keys.Project.APPROVAL));
        wide(g, width, "项目总体概况", project.overview() == null ? null : project.overview().summary(),
                Pointers.child(p, Keys.Project.OVERVIEW, Keys.Overview.SUMMARY));
        wide(g, width, "年度主要目标和成果", CellText.isBlank(project.goals()) ? null : CellText.of(project.goals()),
                Pointers.child(p, Keys.Project.GOALS));
        money(g, project, content);
        Scoring scoring = project.scoring();
        new TableBlock<>(columns).write(g, ScoringText.label("年度绩效目标", scoring), ScoringText.totalPointer(scoring),
                project.indicators(), width, 0);
        ScoringText.unmatched(g, scoring, project.indicators(), width);
        return ColumnWidths.fit(g.build(), 16, 16, 20, 24, 14, 20, 24);
    }

    /** Title, the year line, 预算单位：… and 金额单位：… as the county form prints them above the grid. */
    private static void head(GridBuilder g, Filing filing, ProjectTable project, int width) {
        NationalProjectSheet.titleLines(g, filing, project, "项目支出绩效目标审批表", width);
        g.row().cell("金额单位：" + filing.moneyUnit().label(), CellStyle.SUBTITLE, 1, width, null);
    }

    /**
     * 项目资金 / 预算执行 (with its 分值) over five rows: 项目总预算 (the 中期 total) | 财政资金预算分类, 当年年度预算,
     * 其中：财政资金 | 财政资金科目代码, 其中：其它资金, 年度预算执行率 | 分值 — every row printed, blank where not filed.
     */
    private static void money(GridBuilder g, ProjectTable project, int content) {
        String p = project.pointer();
        ProjectDetails d = project.details();
        ProjectMoney money = project.money();
        MultiYear mid = project.multiYear();
        String execution = Pointers.child(p, Keys.Project.EXECUTION);
        Value score = money == null ? null : money.executionScore();
        int left = (content - 2) / 2;
        int right = content - 2 - left;
        g.row();
        String label = "项目资金\n预算执行" + (score == null || CellText.isBlank(score.written()) ? ""
                : "\n" + score.written());
        g.cell(label, CellStyle.HEADER, 5, 1, null);
        g.cell("项目总预算", CellStyle.HEADER);
        g.amount(mid == null ? null : mid.total(), 1, left,
                mid == null ? null : Pointers.child(mid.pointer(), Keys.MultiYear.TOTAL));
        g.cell("财政资金预算分类", CellStyle.HEADER);
        text(g, d == null ? null : d.budgetClass(), right, Pointers.child(p, Keys.Project.BUDGET_CLASS));
        g.row();
        g.cell("当年年度预算", CellStyle.HEADER);
        amount(g, project.budget(), left, Pointers.child(p, Keys.Project.BUDGET));
        g.cell("", CellStyle.TEXT, 1, 1 + right, null);
        g.row();
        g.cell("其中：财政资金", CellStyle.HEADER);
        amount(g, project.fiscalFunds(), left, Pointers.child(p, Keys.Project.FISCAL_FUNDS));
        g.cell("财政资金科目代码", CellStyle.HEADER);
        text(g, d == null ? null : d.functionCode(), right, Pointers.child(p, Keys.Project.FUNCTION_CODE));
        g.row();
        g.cell("其中：其它资金", CellStyle.HEADER);
        amount(g, project.otherFunds(), left, Pointers.child(p, Keys.Project.OTHER_FUNDS));
        g.cell("", CellStyle.TEXT, 1, 1 + right, null);
        g.row();
        g.cell("年度预算执行率", CellStyle.HEADER);
        Value rate = money == null ? null : money.executionRate();
        text(g, rate == null ? null : rate.written(), left, Pointers.child(execution, Keys.Execution.RATE));
        g.cell("分值", CellStyle.HEADER);
        text(g, score == null ? null : score.written(), right, Pointers.child(execution, Keys.Execution.SCORE));
    }

    /** 一级 (with its score range), 二级, 三级, 指标值, then 分值 and 指标解释 — the county form prints all six. */
    private static List<Column<Indicator>> columns(ProjectTable project) {
        List<Column<Indicator>> columns = new ArrayList<>();
        columns.add(IndicatorBlock.level1("一级指标", project.scoring()));
        columns.add(IndicatorBlock.level2("二级指标", true));
        columns.add(IndicatorBlock.name("三级指标"));
        columns.add(IndicatorBlock.value("指标值"));
        columns.add(IndicatorBlock.score("分值"));
        columns.add(IndicatorBlock.explanation("指标解释"));
        return columns;
    }

    /** label | value over the left half, label | value over the right half. */
    private static void pair(GridBuilder g, int content, String leftLabel, String leftText, String leftPointer,
                             String rightLabel, String rightText, String rightPointer) {
        int left = content / 2;
        g.row();
        g.cell(leftLabel, CellStyle.HEADER);
        text(g, leftText, left, leftPointer);
        g.cell(rightLabel, CellStyle.HEADER);
        text(g, rightText, content - left - 1, rightPointer);
    }

    /** label | value spanning the rest of the row, printed blank when not filed. */
    private static void wide(GridBuilder g, int width, String label, String text, String pointer) {
        g.row();
        g.cell(label, CellStyle.HEADER);
        text(g, text, width - 1, pointer);
    }

    private static void text(GridBuilder g, String text, int span, String pointer) {
        g.cell(CellText.of(text), CellStyle.TEXT, 1, span, text == null ? null : pointer);
    }

    private static void amount(GridBuilder g, Money money, int span, String pointer) {
        g.amount(money, 1, span, money == null ? null : pointer);
    }
}
