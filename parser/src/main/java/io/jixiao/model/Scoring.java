package io.jixiao.model;

import io.jixiao.value.Value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 指标分值: the scores a form prints for an indicator block as a whole — its total ("年度绩效目标(90分)") and a score
 * or range per 一级指标 ("成本指标(0-20)分"). Each indicator's own score is {@link Indicator#score()}.
 *
 * @param pointer JSON pointer of the scores
 * @param byLevel1 一级指标 name as written → its score or range, in filing order
 */
public record Scoring(String pointer, Value total, Map<String, Value> byLevel1) {

    public Scoring {
        byLevel1 = Collections.unmodifiableMap(new LinkedHashMap<>(byLevel1));
    }
}
