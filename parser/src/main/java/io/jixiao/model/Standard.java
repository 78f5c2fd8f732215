package io.jixiao.model;

import io.jixiao.value.Value;

/** 标准值: the planned value (规划值), this year's standard value (当年标准值) and its source document (来源). */
public record Standard(Value planned, Value current, String source) {
}
