package io.jixiao.value;

/**
 * What a unit measures. Rules use it to decide whether a value suits its category: a 数量 (quantity) indicator
 * wants a {@link #COUNT}, a 成本 (cost) indicator {@link #MONEY}, a 满意度 indicator a {@link #PERCENT}.
 */
public enum UnitKind {
    /** 个, 次, 篇, 人次, 次/年/界别 … */
    COUNT,
    /** 元, 万元, 亿元 */
    MONEY,
    /** %, 个百分点 */
    PERCENT,
    /** 天, 个月, 年, 小时, 学时 */
    DURATION,
    /** Anything else: kept as written so a rule can suggest the unit that was probably meant. */
    UNKNOWN
}
