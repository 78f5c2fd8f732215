package io.jixiao.model;

/**
 * One row of 年度重点工作计划: 事项, 责任单位/科室, 工作目标.
 *
 * @param pointer JSON pointer of the row in the filing, for findings and rendered cells
 */
public record WorkPlanItem(String pointer, String matter, String responsibleUnit, String goal) {
}
