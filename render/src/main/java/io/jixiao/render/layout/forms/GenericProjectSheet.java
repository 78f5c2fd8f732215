package io.jixiao.render.layout.forms;

import io.jixiao.model.Choice;
import io.jixiao.model.Filing;
import io.jixiao.model.FormLabels;
import io.jixiao.model.FundSources;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.MultiYear;
import io.jixiao.model.ProjectDetails;
import io.jixiao.model.ProjectPeriod;
import io.jixiao.model.ProjectMoney;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SignOff;
import io.jixiao.model.Template;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.PreviousYear;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.FormFrame;
import io.jixiao.render.layout.blocks.IndicatorBlock;
import io.jixiao.render.layout.blocks.LineParts;
import io.jixiao.render.layout.blocks.OverviewBlock;
import io.jixiao.render.layout.blocks.ReviewBlock;
import io.jixiao.render.layout.blocks.ScheduleBlock;
import io.jixiao.render.layout.blocks.ScoringText;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.value.Money;
import io.jixiao.value.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * The generic project table (项目绩效目标表): every part of a project that was filed, each the way the form that has
 * it prints it — the head cells (names and codes, 主管部门, 实施单位, 项目属性 and the other tick boxes as printed, 项目期,
 * 项目实施期, 项目负责人), 预算数 with 财政资金 and 其他资金 and the finer 资金来源, last year's figures and 预算执行,
 * 资金用途, the cumulative 资金支出计划, 项目概况 and 项目实施进度计划, the 中期 part (its money, goal, indicators and
 * scores), 绩效目标 and the indicators with every field that was filed, 备注, 审核意见 and the sign-off lines.
 */
final class GenericProjectSheet {

    private GenericProjectSheet() {
    }

    /**
     * @param mark     a line above the title (why another template prints this table generically), or null
     * @param previous last year's targets, shown beside this year's in the annual and the multi-year indicators
     */
    static Grid grid(Filing filing, ProjectTable project, String name, String mark, PreviousYear previous) {
        FormLabels labels = Template.GENERIC.form().labels(filing);
        List<Column<Indicator>> columns = IndicatorBlock.generic(project.indicators(), project.scoring(), previous,
                labels::of);
        MultiYear mid = project.multiYear();
        List<Column<Indicator>> midColumns = mid == null ? List.of()
                : IndicatorBlock.generic(mid.indicators(), mid.scoring(), previous, labels::of);
        int content = Math.max(3, Math.max(columns.size(), midColumns.size()));
        content = Math.max(content, ScheduleBlock.columns(project.schedule()));
        int width = content + 1;
        String p = project.pointer();
        GridBuilder g = new GridBuilder(name, ColumnWidths.provisional(width));
        FormFrame.mark(g, mark);
        if (!CellText.isBlank(filing.projectListTitle()) && project == filing.projects().get(0)) {
            g.row().cell(filing.projectListTitle(), CellStyle.TITLE, 1, width, Pointers.of(Keys.PROJECT_LIST_TITLE));
        }
        FormFrame.title(g, project.title(), Pointers.child(p, Keys.Project.TITLE), project.name() + "绩效目标表", width);
        ProjectDetails d = project.details();
        if (d != null && !CellText.isBlank(d.subtitle())) {
            g.row().cell(d.subtitle(), CellStyle.SUBTITLE, 1, width, Pointers.child(p, Keys.Project.SUBTITLE));
        }
        FormFrame.unitLine(g, filing, "金额单位：", width);
        field(g, labels.of("项目名称"), project.name(), Pointers.child(p, Keys.Project.NAME), width, true);
        field(g, "项目编码", project.code(), Pointers.child(p, Keys.Project.CODE), width, false);
        field(g, "预算单位名称", project.unitName(), Pointers.child(p, Keys.Project.UNIT_NAME), width, false);
        field(g, "预算单位编码", project.unitCode(), Pointers.child(p, Keys.Project.UNIT_CODE), width, false);
        details(g, project, labels, width);
        if (project.budget() != null || project.fiscalFunds() != null || project.otherFunds() != null) {
            money(g, project, labels, filing.moneyUnit().label(), width);
        }
        ProjectMoney money = project.money();
        if (money != null) {
            sources(g, "资金来源（" + filing.moneyUnit().label() + "）", money.sources(), width);
            amount(g, "上年预算数", money.lastYearBudget(), Pointers.child(p, Keys.Project.LAST_YEAR_BUDGET), width);
            amount(g, "上年执行数", money.lastYearSpent(), Pointers.child(p, Keys.Project.LAST_YEAR_SPENT), width);
            String execution = Pointers.child(p, Keys.Project.EXECUTION);
            field(g, "年度预算执行率", text(money.executionRate()), Pointers.child(execution, Keys.Execution.RATE),
                    width, false);
            field(g, "预算执行分值", text(money.executionScore()), Pointers.child(execution, Keys.Execution.SCORE),
                    width, false);
        }
        field(g, "资金用途", project.use(), Pointers.child(p, Keys.Project.USE), width, false);
        if (!project.spendingPlan().isEmpty()) {
            spendingPlan(g, project.spendingPlan(), content);
        }
        OverviewBlock.rows(g, project.overview(), width);
        if (!project.schedule().isEmpty()) {
            ScheduleBlock.write(g, project.schedule(), width);
        }
        if (mid != null) {
            multiYear(g, mid, midColumns, filing.moneyUnit().label(), width);
        }
        if (!CellText.isBlank(project.goals())) {
            FormFrame.labelled(g, labels.of("绩效目标"), CellText.of(project.goals()), CellStyle.TEXT,
                    Pointers.child(p, Keys.Project.GOALS), width);
        }
        field(g, "绩效指标标题", project.indicatorsTitle(), Pointers.child(p, Keys.Project.INDICATORS_TITLE), width,
                false);
        if (!project.indicators().isEmpty()) {
            new io.jixiao.render.layout.blocks.TableBlock<>(columns).write(g,
                    ScoringText.label("绩效指标", project.scoring()), ScoringText.totalPointer(project.scoring()),
                    project.indicators(), width, 0);
        }
        ScoringText.unmatched(g, project.scoring(), project.indicators(), width);
        if (project.indicators().isEmpty() && project.scoring() != null && project.scoring().total() != null) {
            field(g, "指标分值合计", text(project.scoring().total()),
                    ScoringText.totalPointer(project.scoring()), width, false);
        }
        field(g, "备注", project.notes(), Pointers.child(p, Keys.Project.NOTES), width, false);
        SignOff signOff = project.signOff();
        if (signOff != null) {
            ReviewBlock.write(g, signOff.reviews(), width);
            String own = Pointers.child(p, Keys.Project.SUBMISSION);
            LineParts lines = new LineParts()
                    .add("项目负责人：", signOff.leader(), Pointers.child(p, Keys.Project.LEADER))
                    .add("联系电话：", signOff.leaderPhone(), Pointers.child(p, Keys.Project.LEADER_PHONE));
            if (signOff.submission() != null) {
                var s = signOff.submission();
                lines.add("填报单位：", s.filingUnit(), Pointers.child(own, Keys.Submission.FILING_UNIT))
                        .add("单位负责人：", s.unitHead(), Pointers.child(own, Keys.Submission.UNIT_HEAD))
                        .add("填表人：", s.preparer(), Pointers.child(own, Keys.Submission.PREPARER))
                        .add("联系电话：", s.phone(), Pointers.child(own, Keys.Submission.PHONE))
                        .add("填报日期：", s.date(), Pointers.child(own, Keys.Submission.DATE));
            }
            lines.write(g, CellStyle.FOOTER, width, 3);
        }
        footer(g, filing, width);
        return ColumnWidths.fit(g.build(), 14, 20, 20, 30, 20);
    }

    /** The filing's signature lines and its 填报日期. */
    static void footer(GridBuilder g, Filing filing, int width) {
        FormFrame.footer(g, filing, width);
        new LineParts().add("填报日期：", filing.submission().date(),
                Pointers.of(Keys.SUBMISSION, Keys.Submission.DATE)).write(g, CellStyle.FOOTER, width, 1);
    }

    /** The head cells beyond names and codes, each on its own row when filed. */
    private static void details(GridBuilder g, ProjectTable project, FormLabels labels, int width) {
        ProjectDetails d = project.details();
        String p = project.pointer();
        if (d != null) {
            field(g, "主管部门", d.supervisor(), Pointers.child(p, Keys.Project.SUPERVISOR), width, false);
            field(g, "主管部门编码", d.supervisorCode(), Pointers.child(p, Keys.Project.SUPERVISOR_CODE), width, false);
            field(g, "业务主管部门", d.businessSupervisor(), Pointers.child(p, Keys.Project.BUSINESS_SUPERVISOR), width,
                    false);
            field(g, "实施单位", d.implementer(), Pointers.child(p, Keys.Project.IMPLEMENTER), width, false);
            field(g, "实施单位编码", d.implementerCode(), Pointers.child(p, Keys.Project.IMPLEMENTER_CODE), width,
                    false);
            field(g, "项目属性", Choice.text(d.nature()), Pointers.child(p, Keys.Project.NATURE), width, false);
            field(g, "项目类型", Choice.text(d.type()), Pointers.child(p, Keys.Project.TYPE), width, false);
            field(g, "项目分类", d.projectClass(), Pointers.child(p, Keys.Project.CLASS), width, false);
            field(g, "项目来源", d.origin(), Pointers.child(p, Keys.Project.ORIGIN), width, false);
            field(g, "项目期", d.duration() == null ? null : d.duration().written(),
                    Pointers.child(p, Keys.Project.DURATION), width, false);
            if (d.period() != null) {
                period(g, d.period(), labels, width);
            }
            field(g, "项目审批", d.approval(), Pointers.child(p, Keys.Project.APPROVAL), width, false);
            field(g, "财政资金预算分类", d.budgetClass(), Pointers.child(p, Keys.Project.BUDGET_CLASS), width, false);
            field(g, "功能科目编码", d.functionCode(), Pointers.child(p, Keys.Project.FUNCTION_CODE), width, false);
            field(g, "功能科目名称", d.functionName(), Pointers.child(p, Keys.Project.FUNCTION_NAME), width, false);
        }
    }

    /** The 中期 part: its period, money, goal and indicator table, under the heading 中期. */
    private static void multiYear(GridBuilder g, MultiYear mid, List<Column<Indicator>> columns, String unit,
                                  int width) {
        String m = mid.pointer();
        String period = text(mid.period());
        g.row().cell(period.isBlank() ? "中期" : "中期（" + period + "）", CellStyle.HEADER, 1, width,
                period.isBlank() ? null : Pointers.child(m, Keys.MultiYear.PERIOD));
        amount(g, "中期资金总额（" + unit + "）", mid.total(), Pointers.child(m, Keys.MultiYear.TOTAL), width);
        amount(g, "中期财政资金", mid.fiscalFunds(), Pointers.child(m, Keys.MultiYear.FISCAL_FUNDS), width);
        amount(g, "中期其他资金", mid.otherFunds(), Pointers.child(m, Keys.MultiYear.OTHER_FUNDS), width);
        sources(g, "中期资金来源（" + unit + "）", mid.sources(), width);
        if (mid.goals() != null) {
            FormFrame.labelled(g, "中期目标", CellText.of(mid.goals()), CellStyle.TEXT,
                    Pointers.child(m, Keys.MultiYear.GOALS), width);
        }
        if (!mid.indicators().isEmpty()) {
            new io.jixiao.render.layout.blocks.TableBlock<>(columns).write(g,
                    ScoringText.label("中期绩效指标", mid.scoring()), ScoringText.totalPointer(mid.scoring()),
                    mid.indicators(), width, 0);
        } else if (mid.scoring() != null && mid.scoring().total() != null) {
            field(g, "中期指标分值合计", text(mid.scoring().total()), ScoringText.totalPointer(mid.scoring()), width,
                    false);
        }
        ScoringText.unmatched(g, mid.scoring(), mid.indicators(), width);
    }

    /** 资金来源 as a label merged over one row per filed part: 一般公共预算 | 1.00 … */
    private static void sources(GridBuilder g, String label, FundSources s, int width) {
        if (s == null) {
            return;
        }
        String p = s.pointer();
        List<Object[]> rows = new ArrayList<>();
        addSource(rows, "一般公共预算", s.generalBudget(), Pointers.child(p, Keys.FundSources.GENERAL_BUDGET));
        addSource(rows, "政府性基金", s.governmentFunds(), Pointers.child(p, Keys.FundSources.GOVERNMENT_FUNDS));
        addSource(rows, "国有资本经营预算", s.stateCapital(), Pointers.child(p, Keys.FundSources.STATE_CAPITAL));
        addSource(rows, "上级财政资金", s.higherLevel(), Pointers.child(p, Keys.FundSources.HIGHER_LEVEL));
        addSource(rows, "本级财政资金", s.sameLevel(), Pointers.child(p, Keys.FundSources.SAME_LEVEL));
        addSource(rows, "自有资金", s.ownFunds(), Pointers.child(p, Keys.FundSources.OWN_FUNDS));
        addSource(rows, "事业收入", s.serviceIncome(), Pointers.child(p, Keys.FundSources.SERVICE_INCOME));
        addSource(rows, "经营收入", s.operatingIncome(), Pointers.child(p, Keys.FundSources.OPERATING_INCOME));
        addSource(rows, "上年结转", s.carriedOver(), Pointers.child(p, Keys.FundSources.CARRIED_OVER));
        if (rows.isEmpty()) {
            return;
        }
        g.row();
        g.cell(label, CellStyle.HEADER, rows.size(), 1, null);
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                g.row();
            }
            g.cell((String) rows.get(i)[0], CellStyle.HEADER);
            g.amount((Money) rows.get(i)[1], 1, width - 2, (String) rows.get(i)[2]);
        }
    }

    private static void addSource(List<Object[]> rows, String label, Money money, String pointer) {
        if (money != null) {
            rows.add(new Object[]{label, money, pointer});
        }
    }

    private static void amount(GridBuilder g, String label, Money money, String pointer, int width) {
        if (money != null) {
            g.row();
            g.cell(label, CellStyle.HEADER);
            g.amount(money, 1, width - 1, pointer);
        }
    }

    private static String text(Value value) {
        return value == null ? null : value.written();
    }

    /**
     * A labelled field pointing at its value; an optional one is left out when not filed, and printed empty when
     * its key was written without a value (a line the form prints blank).
     */
    private static void field(GridBuilder g, String label, String text, String pointer, int width, boolean always) {
        if (always || text != null) {
            FormFrame.labelled(g, label, CellText.of(text), CellStyle.TEXT, pointer, width);
        }
    }

    /**
     * 项目实施期 in one cell (2019/1/1 至 2019/12/31), or, where the filing's 地方表样 prints them (上海), a row of
     * 开始时间 | start | 结束时间 | end as that form prints it.
     */
    private static void period(GridBuilder g, ProjectPeriod period, FormLabels labels, int width) {
        String start = labels.of("开始时间");
        String end = labels.of("结束时间");
        if (period.isSpan() || start.isEmpty() || end.isEmpty()) {
            field(g, "项目实施期", NationalProjectSheet.periodText(period), period.pointer(), width, false);
            return;
        }
        int first = (width - 2) / 2;
        g.row();
        g.cell(start, CellStyle.HEADER);
        g.cell(CellText.of(period.start()), CellStyle.TEXT, 1, first, period.start() == null ? null
                : Pointers.child(period.pointer(), Keys.Period.START));
        g.cell(end, CellStyle.HEADER);
        g.cell(CellText.of(period.end()), CellStyle.TEXT, 1, width - 2 - first, period.end() == null ? null
                : Pointers.child(period.pointer(), Keys.Period.END));
    }

    /** 项目资金（万元）: 预算数, 其中：财政资金, 其他资金, each with its amount. */
    private static void money(GridBuilder g, ProjectTable project, FormLabels labels, String unit, int width) {
        String p = project.pointer();
        g.row();
        g.cell("项目资金（" + unit + "）", CellStyle.HEADER, 3, 1, null);
        g.cell(labels.of("预算数"), CellStyle.HEADER);
        g.amount(project.budget(), 1, width - 2, Pointers.child(p, Keys.Project.BUDGET));
        g.row();
        g.cell("其中：财政资金", CellStyle.HEADER);
        g.amount(project.fiscalFunds(), 1, width - 2, Pointers.child(p, Keys.Project.FISCAL_FUNDS));
        g.row();
        g.cell("其他资金", CellStyle.HEADER);
        g.amount(project.otherFunds(), 1, width - 2, Pointers.child(p, Keys.Project.OTHER_FUNDS));
    }

    /**
     * 资金支出计划（%）: the month ends as headings over their cumulative shares, as many per line as the table has
     * columns.
     */
    private static void spendingPlan(GridBuilder g, List<ProjectTable.PlanPoint> plan, int content) {
        int lines = (plan.size() + content - 1) / content;
        g.row();
        g.cell("资金支出计划（%）", CellStyle.HEADER, 2 * lines, 1, null);
        for (int line = 0; line < lines; line++) {
            List<ProjectTable.PlanPoint> points = plan.subList(line * content, Math.min(plan.size(), (line + 1) * content));
            if (line > 0) {
                g.row();
            }
            for (int i = 0; i < points.size(); i++) {
                g.cell(points.get(i).month() + "月底", CellStyle.HEADER, 1, span(i, points.size(), content), null);
            }
            g.row();
            for (int i = 0; i < points.size(); i++) {
                ProjectTable.PlanPoint point = points.get(i);
                g.cell(CellText.of(point.cumulative()), CellStyle.VALUE, 1, span(i, points.size(), content),
                        point.pointer());
            }
        }
    }

    /** Shares {@code content} columns among {@code count} cells, the last taking what does not divide evenly. */
    private static int span(int index, int count, int content) {
        int each = content / count;
        return index == count - 1 ? content - each * (count - 1) : each;
    }
}
