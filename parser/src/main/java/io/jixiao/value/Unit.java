package io.jixiao.value;

import java.util.Set;

/**
 * A unit as written, with what it measures. Compound units ({@code 次/年/界别}) are classified by their first part.
 *
 * @param text the unit as written, full-width forms folded (％ is %)
 * @param kind what it measures
 */
public record Unit(String text, UnitKind kind) {

    /** Counting units seen in published tables; extend as new filings show more. */
    public static final Set<String> COUNT_UNITS = Set.of(
            "个", "次", "篇", "人", "人次", "家", "项", "份", "场", "期", "批", "名", "户", "件", "台", "辆",
            "本", "册", "套", "所", "处", "条", "班", "期次", "场次", "批次", "个数", "部", "册次",
            "篇次", "张", "份次", "起", "例", "座", "间", "株", "棵",
            "头", "只", "户次", "摄氏度", "家次", "项次", "人天", "课", "节", "门", "届", "轮", "组", "支", "座次", "单",
            "笔", "种", "类", "村", "镇", "街道", "社区", "所次", "人/次", "期/年");
    /** Lengths: roads, pipes, lines built or maintained. */
    public static final Set<String> LENGTH_UNITS = Set.of(
            "米", "公里", "千米", "厘米", "毫米", "延米", "延长米", "km", "m");
    /** Areas: land, floor space, hardened ground. */
    public static final Set<String> AREA_UNITS = Set.of(
            "平方米", "平米", "亩", "公顷", "平方公里", "平方千米", "平方");
    /** Weights. */
    public static final Set<String> WEIGHT_UNITS = Set.of(
            "公斤", "千克", "吨", "克", "斤", "毫克", "kg");
    /** Volumes. */
    public static final Set<String> VOLUME_UNITS = Set.of(
            "立方米", "立方", "升", "毫升", "m3");
    /** Everything that says how much of something there is: counts and physical measures. */
    public static final Set<String> QUANTITY_UNITS = union(COUNT_UNITS, LENGTH_UNITS, AREA_UNITS, WEIGHT_UNITS,
            VOLUME_UNITS);
    public static final Set<String> MONEY_UNITS = Set.of("元", "万元", "亿元", "千元", "百元");
    public static final Set<String> PERCENT_UNITS = Set.of("%", "％", "个百分点", "‰");
    public static final Set<String> DURATION_UNITS = Set.of(
            "天", "日", "个月", "月", "年", "小时", "学时", "课时", "分钟", "工作日", "周", "季度");

    public static Unit of(String text) {
        String head = text.contains("/") ? text.substring(0, text.indexOf('/')) : text;
        UnitKind kind;
        if (PERCENT_UNITS.contains(text)) {
            kind = UnitKind.PERCENT;
        } else if (MONEY_UNITS.contains(head)) {
            kind = UnitKind.MONEY;
        } else if (COUNT_UNITS.contains(head) || COUNT_UNITS.contains(text)) {
            kind = UnitKind.COUNT;
        } else if (LENGTH_UNITS.contains(head)) {
            kind = UnitKind.LENGTH;
        } else if (AREA_UNITS.contains(head)) {
            kind = UnitKind.AREA;
        } else if (WEIGHT_UNITS.contains(head)) {
            kind = UnitKind.WEIGHT;
        } else if (VOLUME_UNITS.contains(head)) {
            kind = UnitKind.VOLUME;
        } else if (DURATION_UNITS.contains(head)) {
            kind = UnitKind.DURATION;
        } else {
            kind = UnitKind.UNKNOWN;
        }
        return new Unit(text, kind);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
