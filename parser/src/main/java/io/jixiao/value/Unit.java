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
            "篇次", "张", "份次", "起", "例", "座", "间", "亩", "平方米", "公里", "千米", "米", "吨", "株", "棵",
            "头", "只", "户次", "立方米", "千克", "毫克", "摄氏度", "家次", "项次", "人天", "课", "节", "门", "届", "轮", "组", "支", "座次", "单",
            "笔", "种", "类", "村", "镇", "街道", "社区", "所次", "人/次", "期/年");
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
        } else if (DURATION_UNITS.contains(head)) {
            kind = UnitKind.DURATION;
        } else {
            kind = UnitKind.UNKNOWN;
        }
        return new Unit(text, kind);
    }
}
