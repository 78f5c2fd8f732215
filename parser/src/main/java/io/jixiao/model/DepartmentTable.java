package io.jixiao.model;

import java.util.ArrayList;
import java.util.List;

/**
 * 部门整体绩效目标表. Templates use different parts: Hunan the budget request, work plan and annual indicators;
 * Hubei the funding overview and per-goal indicator tables; Shandong the duty tree; Hebei the narrative. Unused
 * parts are null or empty.
 *
 * @param pointer            JSON pointer of the table in the filing, for findings and rendered cells
 * @param subtitle           副标题 as printed, or null
 * @param printedDepartment  预算部门 as the form's head prints it, or null
 * @param mainTasks          年度主要任务 of the 2015 national department-wide form
 * @param reviews            审核意见 blocks
 */
public record DepartmentTable(String pointer, String title, BudgetRequest budgetRequest, FundingOverview funding,
                              String duties, String annualTasks, List<WorkPlanItem> workPlan, Goals longTermGoal,
                              Goals annualGoal, List<Indicator> annualIndicators, List<GoalTable> longTermGoalTables,
                              List<GoalTable> annualGoalTables, List<Duty> dutyTree, Narrative overall,
                              Narrative perDuty, String safeguards, String notes, String subtitle,
                              String printedDepartment, List<AnnualTask> mainTasks, List<Review> reviews) {

    public DepartmentTable {
        mainTasks = List.copyOf(mainTasks);
        reviews = List.copyOf(reviews);
        workPlan = List.copyOf(workPlan);
        annualIndicators = List.copyOf(annualIndicators);
        longTermGoalTables = List.copyOf(longTermGoalTables);
        annualGoalTables = List.copyOf(annualGoalTables);
        dutyTree = List.copyOf(dutyTree);
    }

    public List<Indicator> allIndicators() {
        List<Indicator> all = new ArrayList<>(annualIndicators);
        longTermGoalTables.forEach(t -> all.addAll(t.indicators()));
        annualGoalTables.forEach(t -> all.addAll(t.indicators()));
        for (Duty duty : dutyTree) {
            for (Duty.SubDuty sub : duty.subDuties()) {
                sub.goals().forEach(g -> all.addAll(g.indicators()));
            }
        }
        return all;
    }
}
