package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.FormLabels;
import io.jixiao.model.FormVariant;
import io.jixiao.model.FundSources;
import io.jixiao.model.Keys;
import io.jixiao.model.MultiYear;
import io.jixiao.model.ProjectDetails;
import io.jixiao.model.ProjectPeriod;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.Scoring;
import io.jixiao.model.SignOff;
import io.jixiao.model.Submission;
import io.jixiao.model.Template;
import io.jixiao.model.TemplateForm;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.LineParts;
import io.jixiao.render.layout.blocks.OverviewBlock;
import io.jixiao.render.layout.blocks.ReviewBlock;
import io.jixiao.render.layout.blocks.ScoringText;
import io.jixiao.render.layout.blocks.TableBlock;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.value.Money;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 项目支出绩效目标申报表 of 财预〔2015〕88号, one per project, as the published tables that use it print it:
 *
 * <pre>
 *                          项目支出绩效目标申报表
 *                              （2024年度）
 * 项目责任人（签字）：            单位（盖章）：
 * 项目名称       | 保障运转类-…                                   →
 * 主管部门及代码 | [066]六安市农业农村局 | 实施单位 | 六安市农业农村局
 * 项目属性       | 常年项目               | 项目期   | 3年
 * 项目资金       | 中期资金总额：  | 39.96 | 年度资金总额：  | 21.22
 * （万元）     ↓ | 其中：财政拨款  | 39.96 | 其中：财政拨款  | 21.22
 *              ↓ | 其他资金        |  0.00 | 其他资金        |  0.00
 * 总体目标     ↓ | 中期目标（2024年—2026年）| 年度目标
 *              ↓ | …                        | …
 * 绩效指标     ↓ | 一级指标 | 二级指标（长期）| 三级指标（长期）| 指标值（长期）| 二级指标（年度）| 三级指标（年度）| 指标值（年度）
 * </pre>
 *
 * <p>The head rows follow 金寨县司法局 and 六安市农业农村局 2024 (安徽): 中期资金总额 beside 年度资金总额, each with
 * 其中：财政拨款 and 其他资金 (and 上年结转 where filed, 淮北 2025), 中期目标 with its years beside 年度目标, and the
 * blank 项目责任人（签字）/单位（盖章）line, printed only where the filing records it (an Anhui addition). Where the project
 * has a 中期 indicator set, the two sets stand side by side and pair by row, as 青山区教育局 2020 (湖北) prints them
 * (二级指标（长期）… 指标值（年度）); a project whose indicators carry a 中期指标值 gets 中期指标值 beside 年度指标值;
 * a project without a 中期 part is the annual-only variant (安徽 淮北、金安 2025: 年度资金总额, 年度目标, one indicator
 * set). The project's 项目概况 prints above the form as the Anhui pages print it ((1)项目概述。…), its 审核意见 and
 * sign-off lines under it.
 *
 * <p>The labels a local version of the form may word differently (栏目 in {@code format-spec/templates.yaml}) are
 * printed in the filing's 地方表样 wording where it has one: 东莞's 本年度申请市财政预算资金（万元）, 青山's
 * 当年资金总额：, 金安's 项目责任人：.
 *
 * <p><b>Reconstructed.</b> The MoF annex itself could not be consulted (research/national-forms.md §1.2, §1.4): the
 * label wording and column order are those of the published tables named above, which differ among themselves
 * (青山 prints 资金总额 / 当年资金总额 and 项目起止时间); where they differ the Anhui wording is used for the head and
 * 青山's for the two indicator sets.
 *
 * <p>The 财预〔2021〕101号 variant ({@code costFirst}) lists the 成本指标 rows first and prints 分值 and 指标解释
 * columns and the 指标分值 ranges where they were filed (奉节 2023).
 */
final class NationalProjectSheet {

    /** The head labels sit in one column; the rest of the form divides the content columns into two halves. */
    private static final int LABEL = 1;

    private final Filing filing;
    private final ProjectTable project;
    private final boolean costFirst;
    private final boolean printsFilingSubmission;
    private final TemplateForm form;
    private final FormLabels labels;
    private final String p;

    private NationalProjectSheet(Filing filing, ProjectTable project, boolean costFirst,
                                 boolean printsFilingSubmission) {
        this.filing = filing;
        this.project = project;
        this.costFirst = costFirst;
        this.printsFilingSubmission = printsFilingSubmission;
        this.form = (costFirst ? Template.NATIONAL_2021 : Template.NATIONAL_2015).form();
        this.labels = form.labels(filing);
        this.p = project.pointer();
    }

    /**
     * @param printsFilingSubmission whether this sheet prints the filing's own 填报信息 (when no department form
     *                               does) under a project that has none of its own
     */
    static Grid grid(Filing filing, ProjectTable project, String name, boolean costFirst,
                     boolean printsFilingSubmission) {
        return new NationalProjectSheet(filing, project, costFirst, printsFilingSubmission).build(name);
    }

    private Grid build(String name) {
        PairedIndicators paired = new PairedIndicators(project, costFirst, labels);
        List<Column<PairedIndicators.Pair>> indicatorColumns = paired.columns();
        int content = Math.max(4, indicatorColumns.size());
        int width = LABEL + content;
        GridBuilder g = new GridBuilder(name, ColumnWidths.provisional(width));
        OverviewBlock.lines(g, project.overview(), width);
        title(g, width);
        headLine(g, width);
        labelled(g, "项目名称", project.name(), Pointers.child(p, Keys.Project.NAME), width);
        parties(g, content);
        natureAndPeriod(g, content);
        money(g, content);
        goals(g, content);
        indicators(g, paired, indicatorColumns, width);
        ReviewBlock.write(g, project.signOff() == null ? List.of() : project.signOff().reviews(), width);
        footer(g, width);
        return ColumnWidths.fit(g.build(), 16, 16, 20, 24, 14, 20, 24, 14);
    }

    // ----- title and head lines -------------------------------------------------------------------------------

    private void title(GridBuilder g, int width) {
        titleLines(g, filing, project, "项目支出绩效目标申报表", width);
    }

    /**
     * The title (the form's own when none is filed), the year line and 预算单位：… under it, where filed (东莞 2019,
     * 奉节 2023, 昭化 2021 print it there): shared with the forms derived from this one.
     */
    static void titleLines(GridBuilder g, Filing filing, ProjectTable project, String formTitle, int width) {
        String p = project.pointer();
        g.row();
        if (CellText.isBlank(project.title())) {
            g.cell(formTitle, CellStyle.TITLE, 1, width, null);
        } else {
            g.cell(project.title(), CellStyle.TITLE, 1, width, Pointers.child(p, Keys.Project.TITLE));
        }
        ProjectDetails d = project.details();
        g.row();
        if (d == null || CellText.isBlank(d.subtitle())) {
            g.cell("（" + filing.year() + "年度）", CellStyle.SUBTITLE, 1, width, null);
        } else {
            g.cell(d.subtitle(), CellStyle.SUBTITLE, 1, width, Pointers.child(p, Keys.Project.SUBTITLE));
        }
        new LineParts().add("预算单位：", project.unitName(), Pointers.child(p, Keys.Project.UNIT_NAME))
                .write(g, CellStyle.SUBTITLE, width, 1);
    }

    /**
     * 项目责任人（签字）：… 单位（盖章）：… above the grid, when the filing records either line (blank lines too: the
     * form printed them and they were left empty).
     */
    private void headLine(GridBuilder g, int width) {
        SignOff signOff = project.signOff();
        LineParts parts = new LineParts();
        if (signOff != null) {
            parts.add(labels.of("项目责任人"), signOff.leader(), Pointers.child(p, Keys.Project.LEADER));
            parts.add("联系电话：", signOff.leaderPhone(), Pointers.child(p, Keys.Project.LEADER_PHONE));
        }
        Submission own = ownSubmission();
        if (own != null && own.filingUnit() != null) {
            parts.add(labels.of("单位盖章"), own.filingUnit(),
                    Pointers.child(p, Keys.Project.SUBMISSION, Keys.Submission.FILING_UNIT));
        } else if (printsFilingSubmission && filing.submission().filingUnit() != null) {
            parts.add(labels.of("单位盖章"), filing.submission().filingUnit(),
                    Pointers.of(Keys.SUBMISSION, Keys.Submission.FILING_UNIT));
        }
        parts.write(g, CellStyle.SUBTITLE, width, 3);
    }

    private Submission ownSubmission() {
        return project.signOff() == null ? null : project.signOff().submission();
    }

    // ----- the head of the grid -------------------------------------------------------------------------------

    /** 主管部门及代码 | [017]金寨县司法局 | 实施单位 | 金寨县司法局: the code in brackets before the name, as printed. */
    private void parties(GridBuilder g, int content) {
        ProjectDetails d = project.details();
        String supervisor = d == null ? null : coded(d.supervisorCode(), d.supervisor());
        String supervisorPointer = d == null ? null : d.supervisor() != null
                ? Pointers.child(p, Keys.Project.SUPERVISOR)
                : d.supervisorCode() != null ? Pointers.child(p, Keys.Project.SUPERVISOR_CODE) : null;
        String implementer = d == null ? null : coded(d.implementerCode(), d.implementer());
        String implementerPointer = d == null ? null : d.implementer() != null
                ? Pointers.child(p, Keys.Project.IMPLEMENTER)
                : d.implementerCode() != null ? Pointers.child(p, Keys.Project.IMPLEMENTER_CODE) : null;
        halves(g, content, labels.of("主管部门及代码"), supervisor, supervisorPointer, CellStyle.TEXT,
                labels.of("实施单位"), implementer, implementerPointer);
    }

    /** [017]金寨县司法局; the name alone without a code, the code alone without a name. */
    private static String coded(String code, String name) {
        if (CellText.isBlank(code)) {
            return name;
        }
        return "[" + code + "]" + CellText.of(name);
    }

    /**
     * 项目属性 (or 项目来源, the annual variant's label) beside 项目期 (or 项目起止时间 where the filing has a period
     * but no 项目期, as 青山 prints it); a filing with both of a pair gets the second on a row of its own.
     */
    private void natureAndPeriod(GridBuilder g, int content) {
        ProjectDetails d = project.details();
        String nature = d == null ? null : io.jixiao.model.Choice.text(d.nature());
        String origin = d == null ? null : d.origin();
        String duration = d == null || d.duration() == null ? null : d.duration().written();
        ProjectPeriod period = d == null ? null : d.period();
        boolean natureLabel = nature != null || origin == null;
        boolean durationLabel = duration != null || period == null;
        halves(g, content,
                natureLabel ? "项目属性" : "项目来源", natureLabel ? nature : origin,
                Pointers.child(p, natureLabel ? Keys.Project.NATURE : Keys.Project.ORIGIN), CellStyle.VALUE,
                durationLabel ? "项目期" : "项目起止时间", durationLabel ? duration : periodText(period),
                durationLabel ? Pointers.child(p, Keys.Project.DURATION) : period.pointer());
        if (natureLabel && origin != null) {
            labelled(g, "项目来源", origin, Pointers.child(p, Keys.Project.ORIGIN), LABEL + content);
        }
        if (durationLabel && period != null) {
            labelled(g, "项目起止时间", periodText(period), period.pointer(), LABEL + content);
        }
    }

    /** A period as one cell: the span as written, or 开始时间 至 结束时间. */
    static String periodText(ProjectPeriod period) {
        if (period == null) {
            return null;
        }
        if (period.isSpan()) {
            return CellText.of(period.span());
        }
        return CellText.of(period.start()) + " 至 " + CellText.of(period.end());
    }

    /**
     * 项目资金（万元）: 中期资金总额 beside 年度资金总额, each with 其中：财政拨款, 上年结转 (where filed) and 其他资金;
     * the annual variant has the 年度 column alone.
     */
    private void money(GridBuilder g, int content) {
        List<FormVariant.FundingRow> rows = form.fundingRows(filing);
        if (rows.isEmpty()) {
            nationalMoney(g, content);
            return;
        }
        if (project.multiYear() != null) {
            midMoney(g, content, project.multiYear());
        }
        fundingRows(g, content, rows);
    }

    /**
     * The 中期 part of 项目资金 alone (中期资金总额, 其中：财政拨款, 上年结转 where filed, 其他资金), above a local
     * form's annual breakdown: the form's own block beside it would print the annual totals a second time.
     */
    private void midMoney(GridBuilder g, int content, MultiYear mid) {
        boolean carried = carriedOver(mid.sources()) != null;
        int amount = content - 1;
        String m = mid.pointer();
        g.row();
        g.cell(labels.of("项目资金"), CellStyle.HEADER, carried ? 4 : 3, 1, null);
        g.cell(labels.of("中期资金总额"), CellStyle.HEADER);
        g.amount(mid.total(), 1, amount, Pointers.child(m, Keys.MultiYear.TOTAL));
        g.row();
        g.cell(labels.of("中期财政拨款"), CellStyle.HEADER);
        g.amount(mid.fiscalFunds(), 1, amount, Pointers.child(m, Keys.MultiYear.FISCAL_FUNDS));
        if (carried) {
            g.row();
            g.cell(labels.of("中期上年结转"), CellStyle.HEADER);
            g.amount(carriedOver(mid.sources()), 1, amount,
                    Pointers.child(m, Keys.MultiYear.SOURCES, Keys.FundSources.CARRIED_OVER));
        }
        g.row();
        g.cell(labels.of("中期其他资金"), CellStyle.HEADER);
        g.amount(mid.otherFunds(), 1, amount, Pointers.child(m, Keys.MultiYear.OTHER_FUNDS));
    }

    /**
     * A local form's funding breakdown (四川: 项目资金（万元） | 年度资金总额 | 金额（万元）, then （一）财政拨款小计 6.30,
     * 1、一般公共预算 6.30 …): its rows as templates.yaml lists them, each label beside its amount; 年度资金总额's own
     * amount in the head row where filed (else the column head 金额), and any of 财政资金, 上年结转, 其他资金 the rows
     * do not name after them with the form's labels, so the breakdown never hides a filed amount the form places. A 中期 part prints
     * its own column above it ({@link #midMoney}).
     */
    private void fundingRows(GridBuilder g, int content, List<FormVariant.FundingRow> rows) {
        Set<List<String>> named = new HashSet<>();
        rows.forEach(r -> named.add(r.path()));
        // slot of the form's label → the key below the project, for the totals the rows leave out
        Map<String, List<String>> totals = new LinkedHashMap<>();
        totals.put("年度财政拨款", List.of(Keys.Project.FISCAL_FUNDS));
        totals.put("年度上年结转", List.of(Keys.Project.SOURCES, Keys.FundSources.CARRIED_OVER));
        totals.put("年度其他资金", List.of(Keys.Project.OTHER_FUNDS));
        totals.values().removeIf(path -> named.contains(path) || project.amountAt(path) == null);
        int amount = content - 1;
        g.row();
        g.cell(labels.of("项目资金"), CellStyle.HEADER, 1 + rows.size() + totals.size(), 1, null);
        g.cell(labels.of("年度资金总额"), CellStyle.HEADER);
        if (project.budget() != null) {
            g.amount(project.budget(), 1, amount, Pointers.child(p, Keys.Project.BUDGET));
        } else {
            g.cell(labels.of("资金分项金额"), CellStyle.HEADER, 1, amount, null);
        }
        for (FormVariant.FundingRow row : rows) {
            g.row();
            g.cell(row.label().replace(FormLabels.MONEY_UNIT, filing.moneyUnit().label()), CellStyle.HEADER);
            g.amount(project.amountAt(row.path()), 1, amount, Pointers.child(p, row.path().toArray(String[]::new)));
        }
        totals.forEach((slot, path) -> {
            g.row();
            g.cell(labels.of(slot), CellStyle.HEADER);
            g.amount(project.amountAt(path), 1, amount, Pointers.child(p, path.toArray(String[]::new)));
        });
    }

    private void nationalMoney(GridBuilder g, int content) {
        MultiYear mid = project.multiYear();
        FundSources annualSources = project.money() == null ? null : project.money().sources();
        FundSources midSources = mid == null ? null : mid.sources();
        boolean carried = carriedOver(annualSources) != null || carriedOver(midSources) != null;
        String unitLabel = labels.of("项目资金");
        int rows = carried ? 4 : 3;
        String annualSourcesPointer = Pointers.child(p, Keys.Project.SOURCES, Keys.FundSources.CARRIED_OVER);
        g.row();
        g.cell(unitLabel, CellStyle.HEADER, rows, 1, null);
        if (mid == null) {
            int amount = content - 1;
            g.cell(labels.of("年度资金总额"), CellStyle.HEADER);
            g.amount(project.budget(), 1, amount, Pointers.child(p, Keys.Project.BUDGET));
            g.row();
            g.cell(labels.of("年度财政拨款"), CellStyle.HEADER);
            g.amount(project.fiscalFunds(), 1, amount, Pointers.child(p, Keys.Project.FISCAL_FUNDS));
            if (carried) {
                g.row();
                g.cell(labels.of("年度上年结转"), CellStyle.HEADER);
                g.amount(carriedOver(annualSources), 1, amount, annualSourcesPointer);
            }
            g.row();
            g.cell(labels.of("年度其他资金"), CellStyle.HEADER);
            g.amount(project.otherFunds(), 1, amount, Pointers.child(p, Keys.Project.OTHER_FUNDS));
            return;
        }
        int left = left(content);
        int right = content - left;
        String m = mid.pointer();
        g.cell(labels.of("中期资金总额"), CellStyle.HEADER);
        g.amount(mid.total(), 1, left - 1, Pointers.child(m, Keys.MultiYear.TOTAL));
        g.cell(labels.of("年度资金总额"), CellStyle.HEADER);
        g.amount(project.budget(), 1, right - 1, Pointers.child(p, Keys.Project.BUDGET));
        g.row();
        g.cell(labels.of("中期财政拨款"), CellStyle.HEADER);
        g.amount(mid.fiscalFunds(), 1, left - 1, Pointers.child(m, Keys.MultiYear.FISCAL_FUNDS));
        g.cell(labels.of("年度财政拨款"), CellStyle.HEADER);
        g.amount(project.fiscalFunds(), 1, right - 1, Pointers.child(p, Keys.Project.FISCAL_FUNDS));
        if (carried) {
            g.row();
            g.cell(labels.of("中期上年结转"), CellStyle.HEADER);
            g.amount(carriedOver(midSources), 1, left - 1,
                    Pointers.child(m, Keys.MultiYear.SOURCES, Keys.FundSources.CARRIED_OVER));
            g.cell(labels.of("年度上年结转"), CellStyle.HEADER);
            g.amount(carriedOver(annualSources), 1, right - 1, annualSourcesPointer);
        }
        g.row();
        g.cell(labels.of("中期其他资金"), CellStyle.HEADER);
        g.amount(mid.otherFunds(), 1, left - 1, Pointers.child(m, Keys.MultiYear.OTHER_FUNDS));
        g.cell(labels.of("年度其他资金"), CellStyle.HEADER);
        g.amount(project.otherFunds(), 1, right - 1, Pointers.child(p, Keys.Project.OTHER_FUNDS));
    }

    private static Money carriedOver(FundSources sources) {
        return sources == null ? null : sources.carriedOver();
    }

    /**
     * 总体目标: 中期目标（2024年—2026年）beside 年度目标, the years from the 中期 period; the annual variant prints
     * 年度目标 alone.
     */
    private void goals(GridBuilder g, int content) {
        MultiYear mid = project.multiYear();
        String annual = CellText.of(project.goals());
        if (mid == null) {
            String over = labels.of("年度总体目标");
            if (over.isEmpty()) {
                labelled(g, labels.of("年度目标"), annual, Pointers.child(p, Keys.Project.GOALS), LABEL + content);
            } else {
                // 四川: 总体目标 over two rows, 年度目标 as the head of the goal text below it.
                g.row();
                g.cell(over, CellStyle.HEADER, 2, 1, null);
                g.cell(labels.of("年度目标"), CellStyle.HEADER, 1, content, null);
                g.row();
                g.cell(annual, CellStyle.TEXT, 1, content, project.goals() == null ? null
                        : Pointers.child(p, Keys.Project.GOALS));
            }
            return;
        }
        int left = left(content);
        int right = content - left;
        String period = CellText.of(mid.period());
        g.row();
        g.cell(labels.of("总体目标"), CellStyle.HEADER, 2, 1, null);
        if (period.isBlank()) {
            g.cell(labels.of("中期目标"), CellStyle.HEADER, 1, left, null);
        } else {
            g.cell(labels.of("中期目标") + "（" + period + "）", CellStyle.HEADER, 1, left,
                    Pointers.child(mid.pointer(), Keys.MultiYear.PERIOD));
        }
        g.cell(labels.of("年度目标"), CellStyle.HEADER, 1, right, null);
        g.row();
        g.cell(CellText.of(mid.goals()), CellStyle.TEXT, 1, left, Pointers.child(mid.pointer(), Keys.MultiYear.GOALS));
        g.cell(annual, CellStyle.TEXT, 1, right, Pointers.child(p, Keys.Project.GOALS));
    }

    // ----- indicators ------------------------------------------------------------------------------------------

    /**
     * 绩效指标 (with the 2021 variant's total score), after the 绩效指标标题 line where one was filed (青山:
     * 绩效项目指标表); then, in the 2021 variant, the scores whose 一级 no row carries.
     */
    private void indicators(GridBuilder g, PairedIndicators paired, List<Column<PairedIndicators.Pair>> columns,
                            int width) {
        if (!CellText.isBlank(project.indicatorsTitle())) {
            g.row().cell(project.indicatorsTitle(), CellStyle.HEADER, 1, width,
                    Pointers.child(p, Keys.Project.INDICATORS_TITLE));
        }
        Scoring scoring = costFirst ? project.scoring() : null;
        String label = ScoringText.label(labels.of("绩效指标"), scoring);
        List<PairedIndicators.Pair> pairs = paired.pairs();
        String labelPointer = ScoringText.totalPointer(scoring);
        new TableBlock<>(columns).write(g, label, labelPointer, pairs, width, 0);
        if (costFirst) {
            ScoringText.unmatched(g, scoring, project.indicators(), width);
            if (project.multiYear() != null) {
                ScoringText.rest(g, "中期指标分值", project.multiYear().scoring(), project.multiYear().indicators(),
                        true, width);
            }
        }
    }

    // ----- under the grid --------------------------------------------------------------------------------------

    /**
     * 填表人、联系电话、填报日期、单位负责人 under the form: the project's own 填报信息, or the filing's when this sheet
     * prints it.
     */
    private void footer(GridBuilder g, int width) {
        Submission own = ownSubmission();
        Submission shown = own != null ? own : printsFilingSubmission ? filing.submission() : null;
        if (shown == null) {
            return;
        }
        String base = own != null ? Pointers.child(p, Keys.Project.SUBMISSION) : Pointers.of(Keys.SUBMISSION);
        LineParts.signOff(shown, base).write(g, CellStyle.FOOTER, width, 4);
    }

    // ----- shared rows -----------------------------------------------------------------------------------------

    /** The columns of the left half (the 中期 side): half the content, rounding up. */
    private static int left(int content) {
        return (content + 1) / 2;
    }

    /** label | value spanning the rest of the row. */
    private static void labelled(GridBuilder g, String label, String text, String pointer, int width) {
        g.row();
        g.cell(label, CellStyle.HEADER);
        g.cell(CellText.of(text), CellStyle.TEXT, 1, width - 1, text == null ? null : pointer);
    }

    /** label | value in the left half, label | value in the right half. */
    private static void halves(GridBuilder g, int content, String leftLabel, String leftText, String leftPointer,
                               CellStyle style, String rightLabel, String rightText, String rightPointer) {
        int left = left(content);
        int right = content - left;
        g.row();
        g.cell(leftLabel, CellStyle.HEADER);
        g.cell(CellText.of(leftText), style, 1, left, leftText == null ? null : leftPointer);
        g.cell(rightLabel, CellStyle.HEADER);
        g.cell(CellText.of(rightText), style, 1, right - 1, rightText == null ? null : rightPointer);
    }
}
