package io.jixiao.rules;

import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Duty;
import io.jixiao.model.Filing;
import io.jixiao.model.GoalTable;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.MultiYear;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;
import io.jixiao.value.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * The indicators of one printed table, with what identifies the table across years and the budget its cost
 * indicators must stay within. Rules that compare indicators ("the same indicator twice in one table", "cost
 * above the budget") work table by table.
 *
 * @param key     identifies the table across years: 项目编码 or 项目名称 (with {@code /中期} for a project's 中期
 *                indicator set), 支出方向 name, 部门整体, or a goal table's list key (长期绩效目标, 年度绩效目标) with
 *                its name
 * @param pointer JSON pointer of the table
 * @param label   how a person names the table in a message (the project's name, 部门整体 …)
 * @param budget  the amount the table's costs are bounded by, or null when the table has none: a project's 预算数
 *                for its annual indicators, its 中期 资金总额 for the 中期 set
 */
public record IndicatorTable(String key, String pointer, String label, Money budget, List<Indicator> indicators) {

    public IndicatorTable {
        indicators = List.copyOf(indicators);
    }

    public static List<IndicatorTable> of(Filing filing) {
        List<IndicatorTable> tables = new ArrayList<>();
        DepartmentTable dept = filing.departmentTable();
        if (dept != null) {
            Money total = dept.budgetRequest() == null ? null : dept.budgetRequest().total();
            if (!dept.annualIndicators().isEmpty()) {
                tables.add(new IndicatorTable(Keys.DEPARTMENT,
                        Pointers.child(dept.pointer(), Keys.Department.ANNUAL_INDICATORS), Keys.DEPARTMENT, total,
                        dept.annualIndicators()));
            }
            addGoalTables(tables, dept.longTermGoalTables(), Keys.Department.LONG_TERM_GOAL_TABLES);
            addGoalTables(tables, dept.annualGoalTables(), Keys.Department.ANNUAL_GOAL_TABLES);
            List<Indicator> dutyIndicators = new ArrayList<>();
            for (Duty duty : dept.dutyTree()) {
                for (Duty.SubDuty sub : duty.subDuties()) {
                    sub.goals().forEach(g -> dutyIndicators.addAll(g.indicators()));
                }
            }
            if (!dutyIndicators.isEmpty()) {
                tables.add(new IndicatorTable(Keys.DEPARTMENT,
                        Pointers.child(dept.pointer(), Keys.Department.DUTY_TREE), Keys.DEPARTMENT, total,
                        dutyIndicators));
            }
        }
        for (ProjectTable p : filing.projects()) {
            tables.add(new IndicatorTable(p.key(), p.pointer(), p.name(), p.budget(), p.indicators()));
            MultiYear multiYear = p.multiYear();
            if (multiYear != null && !multiYear.indicators().isEmpty()) {
                tables.add(new IndicatorTable(p.key() + "/" + Keys.Project.MULTI_YEAR, multiYear.pointer(),
                        p.name() + " › " + Keys.Project.MULTI_YEAR, multiYearBudget(multiYear),
                        multiYear.indicators()));
            }
        }
        for (SpendingDirection d : filing.spendingDirections()) {
            tables.add(new IndicatorTable(d.name(), d.pointer(), d.name(), d.amount(), d.indicators()));
        }
        return tables;
    }

    /** The 中期 set's costs are bounded by the 中期 total, or its fiscal part when only that is written. */
    private static Money multiYearBudget(MultiYear multiYear) {
        return multiYear.total() != null ? multiYear.total() : multiYear.fiscalFunds();
    }

    private static void addGoalTables(List<IndicatorTable> tables, List<GoalTable> goals, String kind) {
        for (GoalTable g : goals) {
            tables.add(new IndicatorTable(kind + ":" + g.name(), g.pointer(), g.name(), null, g.indicators()));
        }
    }
}
