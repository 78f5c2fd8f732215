package io.jixiao.model;

import io.jixiao.value.Money;

import java.util.List;

/**
 * One 年度主要任务 of the department-wide form: the duty it serves (履职目标), its name and content, the projects
 * that fund it, and its budget request (资金总额 = 财政资金 + 其他资金). The money rules add the tasks up against the
 * department's budget.
 *
 * @param pointer JSON pointer of the task
 */
public record AnnualTask(String pointer, String duty, String name, String content, List<FundedProject> projects,
                         Money total, Money fiscalFunds, Money otherFunds) {

    public AnnualTask {
        projects = List.copyOf(projects);
    }

    /** A project that funds the task, with the amount it puts in. */
    public record FundedProject(String pointer, String name, String code, Money total) {
    }
}
