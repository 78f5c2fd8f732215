package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.FundSummary;
import io.jixiao.model.Goals;
import io.jixiao.model.Keys;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DUP-GOAL: the same goal written twice in one goal list. A goal list is meant to name the distinct results the
 * money buys; a repeated line (山海关 lists 「公务用车正常运转」 three times) says nothing new and usually means a
 * row was copied instead of written, so the real second and third goals are missing.
 */
@Checks(Diagnostic.DUP_GOAL)
final class RepeatedGoalRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (GoalCell cell : goalCells(context.filing())) {
            checkCell(context, cell);
        }
    }

    private static void checkCell(RuleContext context, GoalCell cell) {
        List<String> items = cell.goals().items();
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (String item : items) {
            String key = SameText.normalise(item);
            if (!key.isEmpty()) {
                occurrences.merge(key, 1, Integer::sum);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            String key = SameText.normalise(items.get(i));
            if (key.isEmpty()) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(key, i);
            if (first != null) {
                String pointer = cell.goals().listed() ? Pointers.item(cell.pointer(), i) : cell.pointer();
                context.report(pointer, "repeated", String.valueOf(i + 1), String.valueOf(first + 1),
                        items.get(i).strip(), String.valueOf(occurrences.get(key)));
            }
        }
    }

    /** Every goal cell of the filing with the pointer of its value. */
    private static List<GoalCell> goalCells(Filing filing) {
        List<GoalCell> cells = new ArrayList<>();
        DepartmentTable dept = filing.departmentTable();
        if (dept != null) {
            String overall = Pointers.child(dept.pointer(), Keys.Department.OVERALL_GOALS);
            add(cells, Pointers.child(overall, Keys.OverallGoals.LONG_TERM), dept.longTermGoal());
            add(cells, Pointers.child(overall, Keys.OverallGoals.ANNUAL), dept.annualGoal());
        }
        for (ProjectTable p : filing.projects()) {
            add(cells, Pointers.child(p.pointer(), Keys.Project.GOALS), p.goals());
        }
        FundSummary summary = filing.fundSummary();
        if (summary != null) {
            for (FundSummary.Fund fund : summary.funds()) {
                add(cells, Pointers.child(fund.pointer(), Keys.Fund.PERIOD_GOAL), fund.periodGoal());
                add(cells, Pointers.child(fund.pointer(), Keys.Fund.ANNUAL_GOAL), fund.annualGoal());
                for (FundSummary.Direction d : fund.directions()) {
                    add(cells, Pointers.child(d.pointer(), Keys.FundDirection.PERIOD_GOAL), d.periodGoal());
                    add(cells, Pointers.child(d.pointer(), Keys.FundDirection.ANNUAL_GOAL), d.annualGoal());
                }
            }
        }
        for (SpendingDirection d : filing.spendingDirections()) {
            add(cells, Pointers.child(d.pointer(), Keys.SpendingDirection.PERIOD_GOAL), d.periodGoal());
            add(cells, Pointers.child(d.pointer(), Keys.SpendingDirection.ANNUAL_GOAL), d.annualGoal());
        }
        return cells;
    }

    private static void add(List<GoalCell> cells, String pointer, Goals goals) {
        if (goals != null) {
            cells.add(new GoalCell(pointer, goals));
        }
    }

    /** One goal cell: where it is and what it lists. */
    private record GoalCell(String pointer, Goals goals) {
    }
}
