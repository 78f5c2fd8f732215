package io.jixiao.model;

/** One row of 年度重点工作计划: 事项, 责任单位/科室, 工作目标. */
public record WorkPlanItem(String matter, String responsibleUnit, String goal) {
}
