package io.jixiao.model;

import io.jixiao.value.Money;
import io.jixiao.value.Value;

import java.util.List;
import java.util.SortedMap;

/** 部门总体资金情况 (Hubei): income and expenditure, each with its lines and total, this year and previous years. */
public record FundingOverview(Block income, Block expenditure) {

    /** 收入构成 or 支出构成: the lines and the 合计 row. */
    public record Block(String pointer, List<Row> lines, Row total) {
        public Block {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One row: 财政拨款, 基本支出 … or the total.
     *
     * @param share         占比 as written, parsed (a percentage)
     * @param previousYears 近两年 amounts by year
     */
    public record Row(String pointer, String item, Money thisYear, Value share,
                      SortedMap<Integer, Money> previousYears) {
        public Row {
            previousYears = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(previousYears));
        }
    }
}
