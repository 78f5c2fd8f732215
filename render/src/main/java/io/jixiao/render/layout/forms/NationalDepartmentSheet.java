package io.jixiao.render.layout.forms;

import io.jixiao.model.AnnualTask;
import io.jixiao.model.BudgetRequest;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.SourceSplit;
import io.jixiao.model.Submission;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.CellText;
import io.jixiao.render.layout.blocks.ColumnWidths;
import io.jixiao.render.layout.blocks.IndicatorBlock;
import io.jixiao.render.layout.blocks.LineParts;
import io.jixiao.render.layout.blocks.ReviewBlock;
import io.jixiao.render.layout.blocks.TaskBlock;
import io.jixiao.render.layout.blocks.TableBlock;
import io.jixiao.render.layout.blocks.TableBlock.Column;
import io.jixiao.value.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * 部门整体支出绩效目标申报表 of 财预〔2015〕88号:
 *
 * <pre>
 *                     部门整体支出绩效目标申报表
 *                           （2024年度）
 * 填报单位（盖章）：…        预算部门：[066]…                 金额单位：万元
 * 总体资金情况 | 预算支出 | 总额   | 基本支出                          | 项目支出
 * （万元）   ↓ |        ↓ |      ↓ | 合计 | 财政拨款 | 专户资金 | 单位资金 | 合计 | 财政拨款 | 专户资金 | 单位资金
 *            ↓ |        ↓ | 1695.55 | 1478.75 | 1478.75 |  |  | 216.80 | 216.80 |  |
 * 年度主要任务 | （履职目标）| 任务名称 | 主要内容 | （对应项目）| 预算申请数：总额 | 财政拨款 | 其他资金
 * 年度总体目标 | …
 * 年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值
 * </pre>
 *
 * <p>The money block and the tasks follow 泸县文化广电旅游局 2024 (四川, "县级部门整体支出绩效目标申报表"): 预算部门 on
 * the head line, 总体资金情况 split into 基本支出 and 项目支出, each by 合计, 财政拨款, 专户资金, 单位资金 (其他资金
 * where filed; a plain amount when the filing gives no split), and 年度主要任务 with 任务名称 and 主要内容. The
 * per-task 预算申请数 (总额, 财政拨款, 其他资金), 年度总体目标 and 年度绩效指标 are the parts the 88号 annex is known
 * to have (issue 9); they print where filed, and so do the task tree's 履职目标 and 对应项目 (the format's
 * duty → task → project tree, which the money rules add up).
 *
 * <p><b>Reconstructed.</b> The MoF annex could not be consulted and 泸县 is an excerpt that stops inside the task
 * list (research/national-forms.md §1.3): the column order of the per-task amounts, the wording 年度总体目标 and the
 * indicator columns are not verified against the annex. The 2021 variant lists the 成本指标 rows first.
 */
final class NationalDepartmentSheet {

    static final String SHEET = "部门整体";

    private final Filing filing;
    private final DepartmentTable table;
    private final boolean costFirst;

    private NationalDepartmentSheet(Filing filing, boolean costFirst) {
        this.filing = filing;
        this.table = filing.departmentTable();
        this.costFirst = costFirst;
    }

    static Grid grid(Filing filing, boolean costFirst) {
        return new NationalDepartmentSheet(filing, costFirst).build();
    }

    private Grid build() {
        List<Column<AnnualTask>> taskColumns = TaskBlock.columns(table.mainTasks(), "总额", "财政拨款");
        List<Column<Indicator>> indicatorColumns = List.of(IndicatorBlock.level1("一级指标"),
                IndicatorBlock.level2("二级指标", true), IndicatorBlock.name("三级指标").stretched(),
                IndicatorBlock.value("指标值"));
        int content = Math.max(Math.max(budgetColumns(), taskColumns.size()), indicatorColumns.size());
        int width = 1 + content;
        GridBuilder g = new GridBuilder(SHEET, ColumnWidths.provisional(width));
        title(g, width);
        headLine(g, width);
        if (table.budgetRequest() != null) {
            budget(g, content);
        }
        if (!table.mainTasks().isEmpty()) {
            new TableBlock<>(taskColumns).write(g, "年度主要任务", table.mainTasks(), width, 0);
        }
        String goalPointer = Pointers.child(table.pointer(), Keys.Department.OVERALL_GOALS,
                Keys.OverallGoals.ANNUAL);
        g.row().cell("年度总体目标", CellStyle.HEADER)
                .cell(CellText.of(table.annualGoal()), CellStyle.TEXT, 1, content,
                        table.annualGoal() == null ? null : goalPointer);
        if (!table.annualIndicators().isEmpty()) {
            IndicatorBlock.write(g, "年度绩效指标", ordered(table.annualIndicators()), indicatorColumns, width);
        }
        ReviewBlock.write(g, table.reviews(), width);
        footer(g, width);
        return ColumnWidths.fit(g.build(), 16, 14, 24, 24, 14, 12, 12, 12, 12, 12, 12);
    }

    private void title(GridBuilder g, int width) {
        g.row();
        if (CellText.isBlank(table.title())) {
            g.cell("部门整体支出绩效目标申报表", CellStyle.TITLE, 1, width, null);
        } else {
            g.cell(table.title(), CellStyle.TITLE, 1, width,
                    Pointers.child(table.pointer(), Keys.Department.TITLE));
        }
        g.row();
        if (CellText.isBlank(table.subtitle())) {
            g.cell("（" + filing.year() + "年度）", CellStyle.SUBTITLE, 1, width, null);
        } else {
            g.cell(table.subtitle(), CellStyle.SUBTITLE, 1, width,
                    Pointers.child(table.pointer(), Keys.Department.SUBTITLE));
        }
    }

    /** 填报单位（盖章）：… | 预算部门：[code]name | 金额单位：万元. */
    private void headLine(GridBuilder g, int width) {
        Submission s = filing.submission();
        String printed = table.printedDepartment();
        String name = printed != null ? printed : filing.department();
        String code = filing.departmentCode();
        String department = CellText.isBlank(code) ? name : "[" + code + "]" + CellText.of(name);
        String departmentPointer = printed != null
                ? Pointers.child(table.pointer(), Keys.Department.PRINTED_DEPARTMENT)
                : Pointers.of(Keys.DEPARTMENT_NAME);
        new LineParts()
                .add("填报单位（盖章）：", s.filingUnit(), Pointers.of(Keys.SUBMISSION, Keys.Submission.FILING_UNIT))
                .add("预算部门：", department, departmentPointer)
                .add("金额单位：", filing.moneyUnit().label(), Pointers.of(Keys.MONEY_UNIT))
                .write(g, CellStyle.SUBTITLE, width, 3);
    }

    // ----- 总体资金情况 -----------------------------------------------------------------------------------------

    /** The parts of one kind of spending the block prints: 合计, 财政拨款, 专户资金, 单位资金 (and 其他资金 where filed). */
    private record Part(String label, Function<SourceSplit, Money> amount, String key) {
    }

    private static final List<Part> SPLIT = List.of(
            new Part("合计", SourceSplit::total, Keys.SourceSplit.TOTAL),
            new Part("财政拨款", SourceSplit::fiscalFunds, Keys.SourceSplit.FISCAL_FUNDS),
            new Part("专户资金", SourceSplit::specialAccount, Keys.SourceSplit.SPECIAL_ACCOUNT),
            new Part("单位资金", SourceSplit::unitFunds, Keys.SourceSplit.UNIT_FUNDS));
    private static final Part OTHER = new Part("其他资金", SourceSplit::otherFunds, Keys.SourceSplit.OTHER_FUNDS);

    private List<Part> parts(SourceSplit split, SourceSplit other) {
        if (split == null && other == null) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>(SPLIT);
        boolean otherFiled = split != null && split.otherFunds() != null || other != null && other.otherFunds() != null;
        if (otherFiled) {
            parts.add(OTHER);
        }
        return parts;
    }

    /** 预算支出, 总额, then 基本支出 and 项目支出 with one column per part (one when written as a plain amount). */
    private int budgetColumns() {
        BudgetRequest r = table.budgetRequest();
        if (r == null) {
            return 0;
        }
        List<Part> parts = parts(r.basicSplit(), r.projectSplit());
        int each = Math.max(1, parts.size());
        return 2 + 2 * each;
    }

    private void budget(GridBuilder g, int content) {
        BudgetRequest r = table.budgetRequest();
        String base = Pointers.child(table.pointer(), Keys.Department.BUDGET_REQUEST);
        String byNature = Pointers.child(base, Keys.BudgetRequest.BY_NATURE);
        List<Part> parts = parts(r.basicSplit(), r.projectSplit());
        int each = Math.max(1, parts.size());
        int used = 2 + 2 * each;
        // The last column takes what the wider blocks below leave.
        int extra = content - used;
        g.row();
        g.cell("总体资金情况（" + filing.moneyUnit().label() + "）", CellStyle.HEADER, 3, 1, null);
        g.cell("预算支出", CellStyle.HEADER, 3, 1, null);
        g.cell("总额", CellStyle.HEADER, 2, 1, null);
        g.cell("基本支出", CellStyle.HEADER, parts.isEmpty() ? 2 : 1, each, null);
        g.cell("项目支出", CellStyle.HEADER, parts.isEmpty() ? 2 : 1, each + extra, null);
        g.row();
        if (!parts.isEmpty()) {
            for (int side = 0; side < 2; side++) {
                for (int i = 0; i < parts.size(); i++) {
                    int span = side == 1 && i == parts.size() - 1 ? 1 + extra : 1;
                    g.cell(parts.get(i).label(), CellStyle.HEADER, 1, span, null);
                }
            }
        }
        g.row();
        g.amount(r.total(), Pointers.child(base, Keys.BudgetRequest.TOTAL));
        side(g, parts, r.basicSplit(), r.basicExpenditure(),
                Pointers.child(byNature, Keys.ByNature.BASIC_EXPENDITURE), 0);
        side(g, parts, r.projectSplit(), r.projectExpenditure(),
                Pointers.child(byNature, Keys.ByNature.PROJECT_EXPENDITURE), extra);
    }

    /** The amounts of one kind of spending: each part of its split, or the plain amount over the part columns. */
    private static void side(GridBuilder g, List<Part> parts, SourceSplit split, Money plain, String pointer,
                             int extra) {
        if (parts.isEmpty()) {
            g.amount(plain, 1, 1 + extra, pointer);
            return;
        }
        if (split == null) {
            g.amount(plain, 1, parts.size() + extra, pointer);
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            int span = i == parts.size() - 1 ? 1 + extra : 1;
            g.amount(part.amount().apply(split), 1, span, Pointers.child(split.pointer(), part.key()));
        }
    }

    // ----- 年度主要任务 ------------------------------------------------------------------------------------------

    /** As filed; the 2021 variant moves the 成本指标 rows first. */
    private List<Indicator> ordered(List<Indicator> indicators) {
        if (!costFirst) {
            return indicators;
        }
        List<Indicator> ordered = new ArrayList<>();
        indicators.stream().filter(i -> i.level1() != null && i.level1().contains("成本")).forEach(ordered::add);
        indicators.stream().filter(i -> !(i.level1() != null && i.level1().contains("成本"))).forEach(ordered::add);
        return ordered;
    }

    /** 单位负责人、填表人、联系电话、填报日期 under the form, as far as the filing states them. */
    private void footer(GridBuilder g, int width) {
        Submission s = filing.submission();
        String base = Pointers.of(Keys.SUBMISSION);
        LineParts.signOff(s, base).write(g, CellStyle.FOOTER, width, 4);
    }
}
