package io.jixiao.model;

import io.jixiao.value.Value;

import java.util.SortedMap;

/**
 * 历史值: the three-year average, last year's value and their source (Shandong), or values by year such as
 * {@code 2018: 4次} (Hubei 近两年指标值). The history rules compare these with the previous year's filing.
 */
public record History(Value threeYearAverage, Value lastYear, String source, SortedMap<Integer, Value> byYear) {

    public History {
        byYear = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byYear));
    }
}
