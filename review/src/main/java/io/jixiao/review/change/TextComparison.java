package io.jixiao.review.change;

import io.jixiao.history.CrossYear;
import io.jixiao.history.Match;
import io.jixiao.history.YearText;
import io.jixiao.model.DepartmentTable;
import io.jixiao.model.Filing;
import io.jixiao.model.Goals;
import io.jixiao.model.Keys;
import io.jixiao.model.Narrative;
import io.jixiao.model.ProjectTable;
import io.jixiao.model.SpendingDirection;
import io.jixiao.read.Pointers;
import io.jixiao.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of two filings that say what the money is for: the department's overall goals and each duty's
 * performance goal, each project's goals, use of funds and spending plan, each spending direction's goals. A text
 * counts as changed when it differs with whitespace ignored; the change carries its character-level diff.
 */
final class TextComparison {

    private final Filing previous;
    private final Filing current;
    private final List<TextChange> changes = new ArrayList<>();

    TextComparison(Filing previous, Filing current) {
        this.previous = previous;
        this.current = current;
        department(previous.departmentTable(), current.departmentTable());
        projects();
        directions();
    }

    List<TextChange> changes() {
        return List.copyOf(changes);
    }

    private void department(DepartmentTable before, DepartmentTable after) {
        if (before == null || after == null) {
            return;
        }
        String goals = Pointers.child(after.pointer(), Keys.Department.OVERALL_GOALS);
        text(List.of(Keys.Department.OVERALL_GOALS, Keys.OverallGoals.LONG_TERM),
                Pointers.child(goals, Keys.OverallGoals.LONG_TERM), goals(before.longTermGoal()),
                goals(after.longTermGoal()));
        text(List.of(Keys.Department.OVERALL_GOALS, Keys.OverallGoals.ANNUAL),
                Pointers.child(goals, Keys.OverallGoals.ANNUAL), goals(before.annualGoal()),
                goals(after.annualGoal()));
        narrative(Keys.Department.OVERALL_NARRATIVE, before.overall(), after.overall());
        narrative(Keys.Department.PER_DUTY_NARRATIVE, before.perDuty(), after.perDuty());
    }

    private void narrative(String key, Narrative before, Narrative after) {
        if (before == null || after == null) {
            return;
        }
        List<Match<Narrative.Duty>> duties = CrossYear.tables(before.duties(), previous.year(), after.duties(),
                current.year(), d -> "", d -> null, Narrative.Duty::name);
        for (Match<Narrative.Duty> duty : duties) {
            text(List.of(key, duty.current().name(), Keys.NarrativeDuty.PERFORMANCE_GOAL),
                    Pointers.child(duty.current().pointer(), Keys.NarrativeDuty.PERFORMANCE_GOAL),
                    duty.previous().performanceGoal(), duty.current().performanceGoal());
        }
    }

    private void projects() {
        List<Match<ProjectTable>> matches = CrossYear.tables(previous.projects(), previous.year(),
                current.projects(), current.year(), p -> "", ProjectTable::code, ProjectTable::name);
        for (Match<ProjectTable> match : matches) {
            ProjectTable was = match.previous();
            ProjectTable is = match.current();
            text(List.of(Keys.PROJECTS, is.name(), Keys.Project.GOALS), Pointers.child(is.pointer(),
                    Keys.Project.GOALS), goals(was.goals()), goals(is.goals()));
            text(List.of(Keys.PROJECTS, is.name(), Keys.Project.USE), Pointers.child(is.pointer(), Keys.Project.USE),
                    was.use(), is.use());
            Map<Integer, ProjectTable.PlanPoint> before = plan(was);
            Map<Integer, ProjectTable.PlanPoint> after = plan(is);
            for (ProjectTable.PlanPoint point : is.spendingPlan()) {
                ProjectTable.PlanPoint old = before.get(point.month());
                text(List.of(Keys.PROJECTS, is.name(), Keys.Project.SPENDING_PLAN, Keys.monthKey(point.month())),
                        point.pointer(), old == null ? null : written(old.cumulative()),
                        written(point.cumulative()));
            }
            for (ProjectTable.PlanPoint old : was.spendingPlan()) {
                if (!after.containsKey(old.month())) {
                    text(List.of(Keys.PROJECTS, is.name(), Keys.Project.SPENDING_PLAN, Keys.monthKey(old.month())),
                            Pointers.child(is.pointer(), Keys.Project.SPENDING_PLAN), written(old.cumulative()),
                            null);
                }
            }
        }
    }

    private void directions() {
        List<Match<SpendingDirection>> matches = CrossYear.tables(previous.spendingDirections(), previous.year(),
                current.spendingDirections(), current.year(), d -> "", d -> null, SpendingDirection::name);
        for (Match<SpendingDirection> match : matches) {
            SpendingDirection was = match.previous();
            SpendingDirection is = match.current();
            text(List.of(Keys.SPENDING_DIRECTIONS, is.name(), Keys.SpendingDirection.PERIOD_GOAL),
                    Pointers.child(is.pointer(), Keys.SpendingDirection.PERIOD_GOAL), goals(was.periodGoal()),
                    goals(is.periodGoal()));
            text(List.of(Keys.SPENDING_DIRECTIONS, is.name(), Keys.SpendingDirection.ANNUAL_GOAL),
                    Pointers.child(is.pointer(), Keys.SpendingDirection.ANNUAL_GOAL), goals(was.annualGoal()),
                    goals(is.annualGoal()));
        }
    }

    private void text(List<String> label, String pointer, String before, String after) {
        if (!YearText.squeeze(before).equals(YearText.squeeze(after))) {
            changes.add(TextChange.of(label, pointer, before, after));
        }
    }

    private static Map<Integer, ProjectTable.PlanPoint> plan(ProjectTable project) {
        Map<Integer, ProjectTable.PlanPoint> points = new LinkedHashMap<>();
        project.spendingPlan().forEach(p -> points.putIfAbsent(p.month(), p));
        return points;
    }

    /** A goal cell as one text: a listed goal per line. */
    private static String goals(Goals goals) {
        return goals == null ? null : String.join("\n", goals.items());
    }

    private static String written(Value value) {
        return value == null ? null : value.written();
    }
}
