package io.jixiao.rules;

import io.jixiao.text.Memo;
import io.jixiao.text.Whitespace;

/**
 * What a second-level category measures, whatever the profile calls it: the value rules ask "is this a quantity
 * indicator?", not "is 二级 exactly 数量指标?", so they work for every province's names.
 */
public enum Category {
    QUANTITY,
    QUALITY,
    TIMELINESS,
    COST,
    SATISFACTION,
    BENEFIT,
    UNKNOWN;

    /** A province has a handful of 二级指标 names, asked about for every indicator by every value rule. */
    private static final Memo<Category> OF_NAME = new Memo<>(256, Category::ofUncached);

    /** The category of a 二级指标 name as written (with or without 指标, spaces ignored). */
    public static Category of(String level2) {
        return OF_NAME.apply(level2);
    }

    private static Category ofUncached(String level2) {
        if (level2 == null) {
            return UNKNOWN;
        }
        String name = Whitespace.removeFrom(level2);
        if (name.contains("满意")) {
            return SATISFACTION;
        }
        if (name.contains("成本")) {
            return COST;
        }
        if (name.startsWith("数量")) {
            return QUANTITY;
        }
        if (name.startsWith("质量")) {
            return QUALITY;
        }
        if (name.startsWith("时效")) {
            return TIMELINESS;
        }
        if (name.contains("效益") || name.contains("影响")) {
            return BENEFIT;
        }
        return UNKNOWN;
    }
}
