package io.jixiao.model;

import io.jixiao.value.Value;

/**
 * A project's 项目实施期 (项目起止时间, 建设周期): one cell written as a span ({@code 202001-202012},
 * {@code 2023年4月-2024年2月}), or two cells, 开始时间 and 结束时间, as some forms print them.
 *
 * @param pointer JSON pointer of the period
 * @param span    the period written in one cell, or null when written as start and end
 * @param start   开始时间, or null
 * @param end     结束时间, or null
 */
public record ProjectPeriod(String pointer, Value span, Value start, Value end) {

    public boolean isSpan() {
        return span != null;
    }
}
