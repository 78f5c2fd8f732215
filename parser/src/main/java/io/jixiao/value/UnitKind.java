package io.jixiao.value;

/**
 * What a unit measures. Rules use it to decide whether a value suits its category: a 数量 (quantity) indicator
 * wants an amount of something ({@link #COUNT} or a physical measure such as {@link #AREA}), a 成本 (cost)
 * indicator {@link #MONEY}, a 满意度 indicator a {@link #PERCENT}.
 */
public enum UnitKind {
    /** 个, 次, 篇, 人次, 次/年/界别 … */
    COUNT,
    /** 米, 公里, 千米, 厘米 … (a road's length, a pipeline) */
    LENGTH,
    /** 平方米, 亩, 公顷, 平方公里 … (land, floor space) */
    AREA,
    /** 公斤, 千克, 吨, 克 … */
    WEIGHT,
    /** 立方米, 升, 方 … */
    VOLUME,
    /** 元, 万元, 亿元 */
    MONEY,
    /** %, 个百分点 */
    PERCENT,
    /** 天, 个月, 年, 小时, 学时 */
    DURATION,
    /** Anything else: kept as written so a rule can suggest the unit that was probably meant. */
    UNKNOWN;

    /** Whether the unit says how much of something there is: a count or a physical measure. */
    public boolean isQuantity() {
        return this == COUNT || this == LENGTH || this == AREA || this == WEIGHT || this == VOLUME;
    }
}
