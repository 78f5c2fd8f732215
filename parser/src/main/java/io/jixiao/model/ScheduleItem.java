package io.jixiao.model;

import io.jixiao.value.Value;

/**
 * One row of a project's 项目实施进度计划: what is done, from when to when.
 *
 * @param pointer JSON pointer of the row
 */
public record ScheduleItem(String pointer, String content, Value start, Value end, String notes) {
}
