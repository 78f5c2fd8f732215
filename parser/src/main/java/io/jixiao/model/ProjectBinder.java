package io.jixiao.model;

import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Binds one item of 项目: the first version's cells where they always were, and the parts the national and
 * provincial forms add — head cells, finer money, the 中期 part, the narrative and schedule, scores and sign-off.
 */
final class ProjectBinder {

    private final Fields fields;

    ProjectBinder(Fields fields) {
        this.fields = fields;
    }

    ProjectTable project(NodeView v) {
        return new ProjectTable(v.pointer(), v.text(Keys.Project.TITLE), v.text(Keys.Project.UNIT_CODE),
                v.text(Keys.Project.UNIT_NAME), v.text(Keys.Project.CODE), v.text(Keys.Project.NAME),
                fields.money(v, Keys.Project.BUDGET), fields.money(v, Keys.Project.FISCAL_FUNDS),
                fields.money(v, Keys.Project.OTHER_FUNDS), Fields.choice(v, Keys.Project.USE), spendingPlan(v),
                Fields.goals(v, Keys.Project.GOALS), Fields.indicators(v, Keys.Project.INDICATORS),
                details(v), money(v), multiYear(v.map(Keys.Project.MULTI_YEAR)),
                overview(v.map(Keys.Project.OVERVIEW)),
                v.maps(Keys.Project.SCHEDULE).stream().map(ProjectBinder::scheduleItem).toList(),
                v.text(Keys.Project.INDICATORS_TITLE), Fields.scoring(v.map(Keys.Project.SCORING)),
                v.text(Keys.Project.NOTES),
                new SignOff(v.blankable(Keys.Project.LEADER), v.blankable(Keys.Project.LEADER_PHONE),
                        Fields.submission(v.map(Keys.Project.SUBMISSION)), Fields.reviews(v, Keys.Project.REVIEWS)));
    }

    private static List<ProjectTable.PlanPoint> spendingPlan(NodeView v) {
        List<ProjectTable.PlanPoint> plan = new ArrayList<>();
        NodeView planView = v.map(Keys.Project.SPENDING_PLAN);
        if (planView != null) {
            for (Map.Entry<String, Node> e : planView.entries().entrySet()) {
                Matcher m = Keys.MONTH_END_KEY.matcher(e.getKey());
                if (m.matches()) {
                    plan.add(new ProjectTable.PlanPoint(planView.pointer(e.getKey()), Integer.parseInt(m.group(1)),
                            io.jixiao.value.ValueParser.parse(NodeView.scalarText(e.getValue()))));
                }
            }
        }
        return plan;
    }

    private static ProjectDetails details(NodeView v) {
        return new ProjectDetails(v.text(Keys.Project.SUBTITLE), v.text(Keys.Project.SUPERVISOR),
                v.text(Keys.Project.SUPERVISOR_CODE), v.text(Keys.Project.BUSINESS_SUPERVISOR),
                v.text(Keys.Project.IMPLEMENTER), v.text(Keys.Project.IMPLEMENTER_CODE),
                Fields.choice(v, Keys.Project.NATURE), Fields.choice(v, Keys.Project.TYPE),
                v.text(Keys.Project.CLASS), v.text(Keys.Project.ORIGIN),
                v.has(Keys.Project.DURATION) ? Fields.value(v, Keys.Project.DURATION) : null, period(v),
                v.text(Keys.Project.APPROVAL), v.text(Keys.Project.BUDGET_CLASS), v.text(Keys.Project.FUNCTION_CODE),
                v.text(Keys.Project.FUNCTION_NAME));
    }

    /** 项目实施期 as one span, or as 开始时间 and 结束时间. */
    private static ProjectPeriod period(NodeView v) {
        if (!v.has(Keys.Project.PERIOD)) {
            return null;
        }
        String pointer = v.pointer(Keys.Project.PERIOD);
        NodeView parts = v.map(Keys.Project.PERIOD);
        if (parts == null) {
            return new ProjectPeriod(pointer, Fields.value(v, Keys.Project.PERIOD), null, null);
        }
        return new ProjectPeriod(pointer, null, Fields.value(parts, Keys.Period.START),
                Fields.value(parts, Keys.Period.END));
    }

    private ProjectMoney money(NodeView v) {
        NodeView execution = v.map(Keys.Project.EXECUTION);
        return new ProjectMoney(fields.fundSources(v.map(Keys.Project.SOURCES)),
                fields.money(v, Keys.Project.LAST_YEAR_BUDGET), fields.money(v, Keys.Project.LAST_YEAR_SPENT),
                execution == null ? null : Fields.value(execution, Keys.Execution.RATE),
                execution == null ? null : Fields.value(execution, Keys.Execution.SCORE));
    }

    private MultiYear multiYear(NodeView v) {
        if (v == null) {
            return null;
        }
        return new MultiYear(v.pointer(), Fields.value(v, Keys.MultiYear.PERIOD), fields.money(v, Keys.MultiYear.TOTAL),
                fields.money(v, Keys.MultiYear.FISCAL_FUNDS), fields.money(v, Keys.MultiYear.OTHER_FUNDS),
                fields.fundSources(v.map(Keys.MultiYear.SOURCES)), Fields.goals(v, Keys.MultiYear.GOALS),
                Fields.indicators(v, Keys.MultiYear.INDICATORS), Fields.scoring(v.map(Keys.MultiYear.SCORING)));
    }

    private static ProjectOverview overview(NodeView v) {
        if (v == null) {
            return null;
        }
        return new ProjectOverview(v.pointer(), v.text(Keys.Overview.HEADING), v.text(Keys.Overview.SUMMARY),
                v.text(Keys.Overview.BASIS), v.text(Keys.Overview.FEASIBILITY), v.text(Keys.Overview.NECESSITY),
                v.text(Keys.Overview.IMPLEMENTER), v.text(Keys.Overview.CONTENT), v.text(Keys.Overview.BUDGET),
                Fields.goals(v, Keys.Overview.GOALS), v.text(Keys.Overview.SAFEGUARDS),
                v.text(Keys.Overview.UNIT_FUNCTIONS));
    }

    private static ScheduleItem scheduleItem(NodeView v) {
        return new ScheduleItem(v.pointer(), v.text(Keys.ScheduleItem.CONTENT), Fields.value(v, Keys.ScheduleItem.START),
                Fields.value(v, Keys.ScheduleItem.END), v.text(Keys.ScheduleItem.NOTES));
    }
}
