package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.ProjectTable;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * PLAN-CUMULATIVE: a project's 资金支出计划 states how much of the budget will have been spent by each month end
 * (河北 项目支出绩效目标表). The figures are cumulative, so each lies between 0% and 100%, the months run forward,
 * no month is below the one before, and the last listed month reaches 100%: budget execution progress is monitored
 * against this plan, and a plan that never reaches 100% announces money left unspent at year end.
 */
@Checks(Diagnostic.PLAN_CUMULATIVE)
final class SpendingPlanProgressRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(RuleContext context) {
        context.filing().projects().forEach(project -> plan(context, project));
    }

    private static void plan(RuleContext context, ProjectTable project) {
        ProjectTable.PlanPoint previous = null;
        BigDecimal previousShare = null;
        for (ProjectTable.PlanPoint point : project.spendingPlan()) {
            Optional<BigDecimal> parsed = WrittenPrecision.percent(point.cumulative());
            if (parsed.isEmpty()) {
                continue;
            }
            BigDecimal share = parsed.get();
            String written = point.cumulative().written();
            if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                context.report(point.pointer(), "range", project.name(), month(point), written);
            }
            if (previous != null && point.month() <= previous.month()) {
                context.report(point.pointer(), "order", project.name(), month(point), month(previous));
            } else if (previous != null && share.compareTo(previousShare) < 0) {
                context.report(point.pointer(), "decrease", project.name(), month(point), written,
                        month(previous), previous.cumulative().written());
            }
            previous = point;
            previousShare = share;
        }
        if (previous != null && previousShare.compareTo(HUNDRED) < 0) {
            context.report(previous.pointer(), "incomplete", project.name(), month(previous),
                    previous.cumulative().written());
        }
    }

    /** The month as message text, so the message shows 12 and not a formatted number. */
    private static String month(ProjectTable.PlanPoint point) {
        return String.valueOf(point.month());
    }
}
