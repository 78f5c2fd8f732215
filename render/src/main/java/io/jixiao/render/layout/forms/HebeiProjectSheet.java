package io.jixiao.render.layout.forms;

import io.jixiao.model.Filing;
import io.jixiao.model.Goals;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.ProjectTable;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.render.layout.blocks.SignatureRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * 河北 预算项目绩效目标表, one per project: the budget block (项目编码, 预算规模及资金用途, 资金支出计划, 绩效目标)
 * above the indicator table, as the published form prints them. The form's rows have different numbers of cells
 * (six beside the budget label, four months of spending plan, six indicator columns), so the grid has a label
 * column and twelve narrow value columns that each row divides evenly: the budget cells and indicator columns
 * take two each (绩效指标描述 four), a four-month plan three each.
 */
final class HebeiProjectSheet {

    private static final int VALUE_COLUMNS = 12;
    /** The label column (预算规模及资金用途, 一级指标), then the twelve value columns. */
    private static final List<Integer> WIDTHS = widths(14, VALUE_COLUMNS, 9);
    private static final int COLUMNS = 1 + VALUE_COLUMNS;
    /** A budget label or amount, and most indicator columns. */
    private static final int PAIR = 2;
    private static final int MAX_SHEET_NAME = 31;

    private HebeiProjectSheet() {
    }

    /**
     * @param number the project's 1-based place in the filing, used in the default title and the sheet name
     */
    static Grid build(Filing filing, ProjectTable project, int number) {
        String p = project.pointer();
        GridBuilder b = new GridBuilder(sheetName(number, project.name()), WIDTHS);
        b.row().wide(title(project, number), CellStyle.TITLE);
        b.row().cell(join(project.unitCode(), project.unitName()), CellStyle.SUBTITLE, 1, COLUMNS - PAIR,
                        unitPointer(project))
                .cell("单位：" + filing.moneyUnit().label(), CellStyle.SUBTITLE, 1, PAIR, Pointers.of(Keys.MONEY_UNIT));
        budget(b, project);
        spendingPlan(b, project);
        b.row().cell("绩效目标", CellStyle.HEADER)
                .cell(goalLines(project.goals()), CellStyle.TEXT, 1, VALUE_COLUMNS,
                        Pointers.child(p, Keys.Project.GOALS));
        indicators(b, project.indicators());
        SignatureRow.append(b, filing.submission(), COLUMNS);
        return b.build();
    }

    /** 项目编码 and 项目名称, then 预算规模及资金用途: the three amounts over the use of the funds. */
    private static void budget(GridBuilder b, ProjectTable project) {
        String p = project.pointer();
        b.row().cell("项目编码", CellStyle.HEADER)
                .cell(project.code(), CellStyle.VALUE, 1, 2 * PAIR, Pointers.child(p, Keys.Project.CODE))
                .cell("项目名称", CellStyle.HEADER, 1, PAIR, null)
                .cell(project.name(), CellStyle.TEXT, 1, VALUE_COLUMNS - 3 * PAIR,
                        Pointers.child(p, Keys.Project.NAME));
        b.row().cell("预算规模及资金用途", CellStyle.HEADER, 2, 1, null)
                .cell("预算数", CellStyle.HEADER, 1, PAIR, null)
                .amount(project.budget(), 1, PAIR, Pointers.child(p, Keys.Project.BUDGET))
                .cell("其中：财政资金", CellStyle.HEADER, 1, PAIR, null)
                .amount(project.fiscalFunds(), 1, PAIR, Pointers.child(p, Keys.Project.FISCAL_FUNDS))
                .cell("其他资金", CellStyle.HEADER, 1, PAIR, null)
                .amount(project.otherFunds(), 1, PAIR, Pointers.child(p, Keys.Project.OTHER_FUNDS));
        b.row().cell(project.use(), CellStyle.TEXT, 1, VALUE_COLUMNS, Pointers.child(p, Keys.Project.USE));
    }

    /** The filed title, or the form's: 1.车辆保险费绩效目标表. */
    static String title(ProjectTable project, int number) {
        if (project.title() != null && !project.title().isBlank()) {
            return project.title();
        }
        return number + "." + project.name() + "绩效目标表";
    }

    /**
     * "1.车辆保险费": the number keeps names unique (and distinct from the narrative sheet), the project name says
     * which table it is; characters Excel forbids become "_", and long names are cut to Excel's 31.
     */
    static String sheetName(int number, String projectName) {
        String name = (number + "." + (projectName == null ? "" : projectName.strip()))
                .replaceAll("[\\[\\]:*?/\\\\]", "_");
        if (name.length() > MAX_SHEET_NAME) {
            boolean splitsPair = Character.isHighSurrogate(name.charAt(MAX_SHEET_NAME - 1));
            name = name.substring(0, splitsPair ? MAX_SHEET_NAME - 1 : MAX_SHEET_NAME);
        }
        return name.replaceAll("'+$", "");
    }

    /**
     * 资金支出计划（%）: month headers over their cumulative shares, sharing the twelve value columns (the schema allows
     * only the twelve month ends, so they always fit).
     */
    private static void spendingPlan(GridBuilder b, ProjectTable project) {
        List<ProjectTable.PlanPoint> plan = project.spendingPlan();
        if (plan.isEmpty()) {
            b.row().cell("资金支出计划（%）", CellStyle.HEADER)
                    .cell(null, CellStyle.VALUE, 1, VALUE_COLUMNS,
                            Pointers.child(project.pointer(), Keys.Project.SPENDING_PLAN));
            return;
        }
        b.row().cell("资金支出计划（%）", CellStyle.HEADER, 2, 1, null);
        for (int i = 0; i < plan.size(); i++) {
            b.cell(plan.get(i).month() + "月底", CellStyle.HEADER, 1, span(i, plan.size()), null);
        }
        b.row();
        for (int i = 0; i < plan.size(); i++) {
            ProjectTable.PlanPoint point = plan.get(i);
            b.cell(point.cumulative().written(), CellStyle.VALUE, 1, span(i, plan.size()), point.pointer());
        }
    }

    /** Spreads the value columns over {@code count} cells, the first ones one column wider when uneven. */
    private static int span(int index, int count) {
        return VALUE_COLUMNS / count + (index < VALUE_COLUMNS % count ? 1 : 0);
    }

    /** A listed goal prints as numbered lines ("1.…", "2.…"); a single text as written. */
    static String goalLines(Goals goals) {
        if (goals == null) {
            return null;
        }
        if (!goals.listed()) {
            return String.join("\n", goals.items());
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < goals.items().size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(i + 1).append('.').append(goals.items().get(i));
        }
        return text.toString();
    }

    /**
     * The indicator table: its header (repeated on each printed page when the table runs long), then one row per
     * indicator; 一级 merges over consecutive equal values, 二级 likewise within its 一级.
     */
    private static void indicators(GridBuilder b, List<Indicator> indicators) {
        b.row().headerStartsHere(1)
                .cell("一级指标", CellStyle.HEADER)
                .cell("二级指标", CellStyle.HEADER, 1, PAIR, null)
                .cell("三级指标", CellStyle.HEADER, 1, PAIR, null)
                .cell("绩效指标描述", CellStyle.HEADER, 1, 2 * PAIR, null)
                .cell("指标值", CellStyle.HEADER, 1, PAIR, null)
                .cell("指标值确定依据", CellStyle.HEADER, 1, PAIR, null);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String p = indicator.pointer();
            b.row();
            if (i == 0 || !sameLevel1(indicators.get(i - 1), indicator)) {
                int rows = run(indicators, i, HebeiProjectSheet::sameLevel1);
                b.cell(indicator.level1(), CellStyle.GROUP, rows, 1, Pointers.child(p, Keys.Indicator.LEVEL1));
            }
            if (i == 0 || !sameLevel2(indicators.get(i - 1), indicator)) {
                int rows = run(indicators, i, HebeiProjectSheet::sameLevel2);
                b.cell(indicator.level2(), CellStyle.GROUP, rows, PAIR, Pointers.child(p, Keys.Indicator.LEVEL2));
            }
            b.cell(indicator.name(), CellStyle.TEXT, 1, PAIR, Pointers.child(p, Keys.Indicator.NAME))
                    .cell(indicator.explanation(), CellStyle.TEXT, 1, 2 * PAIR,
                            Pointers.child(p, Keys.Indicator.EXPLANATION))
                    .cell(indicator.value().written(), CellStyle.VALUE, 1, PAIR,
                            Pointers.child(p, Keys.Indicator.VALUE))
                    .cell(indicator.basis(), CellStyle.TEXT, 1, PAIR, Pointers.child(p, Keys.Indicator.BASIS));
        }
    }

    /** Blank categories never merge: an empty cell spanning rows would read as a category that was filed. */
    private static boolean sameLevel1(Indicator previous, Indicator next) {
        return previous.level1() != null && previous.level1().equals(next.level1());
    }

    private static boolean sameLevel2(Indicator previous, Indicator next) {
        return Objects.equals(previous.level1(), next.level1())
                && previous.level2() != null && previous.level2().equals(next.level2());
    }

    /** How many indicators from {@code first} on belong to the same merged cell. */
    private static int run(List<Indicator> indicators, int first, BiPredicate<Indicator, Indicator> same) {
        int last = first;
        while (last + 1 < indicators.size() && same.test(indicators.get(last), indicators.get(last + 1))) {
            last++;
        }
        return last - first + 1;
    }

    /** The unit line shows code and name run together, as printed; findings on either belong beside it. */
    private static String unitPointer(ProjectTable project) {
        if (project.unitName() != null) {
            return Pointers.child(project.pointer(), Keys.Project.UNIT_NAME);
        }
        return project.unitCode() != null ? Pointers.child(project.pointer(), Keys.Project.UNIT_CODE) : null;
    }

    private static List<Integer> widths(int label, int count, int each) {
        List<Integer> widths = new ArrayList<>();
        widths.add(label);
        for (int i = 0; i < count; i++) {
            widths.add(each);
        }
        return List.copyOf(widths);
    }

    private static String join(String code, String name) {
        return (code == null ? "" : code) + (name == null ? "" : name);
    }
}
