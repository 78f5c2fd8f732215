package io.jixiao.rules;

import io.jixiao.model.Indicator;
import io.jixiao.text.Memo;
import io.jixiao.text.Whitespace;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an indicator's name (三级指标) says it measures. Filings often put an indicator in the wrong category, so the
 * rules that judge a value also listen to the name: {@code 来访人员满意率} is a satisfaction indicator wherever it
 * was filed, and {@code 设备采购完成率} is a rate even under 数量指标.
 */
final class IndicatorNames {

    /** Name words → the counting unit such an indicator is usually written in; the first match wins. */
    private static final List<Map.Entry<String, String>> COUNT_UNIT_HINTS = List.of(
            Map.entry("人次", "人次"), Map.entry("人数", "人"), Map.entry("户数", "户"),
            Map.entry("家数", "家"), Map.entry("企业数", "家"),
            Map.entry("报告", "篇"), Map.entry("篇数", "篇"), Map.entry("文章", "篇"), Map.entry("简报", "篇"),
            Map.entry("班次", "期"), Map.entry("次数", "次"), Map.entry("场次", "场"), Map.entry("会议", "次"),
            Map.entry("活动", "次"), Map.entry("调研", "次"), Map.entry("考察", "次"), Map.entry("走访", "次"),
            Map.entry("慰问", "次"), Map.entry("项目数", "个"));

    private static final String TRAILING_PUNCTUATION = "。.，,；;：:、！!";

    /** Every value rule asks what each indicator's name measures: the core of a name is worked out once. */
    private static final Memo<String> CORES = new Memo<>(4096, IndicatorNames::coreUncached);

    private IndicatorNames() {
    }

    /**
     * The name without a formula or a bracketed note after it: {@code 工资发放到位率=实际发放人数/计划人数*100%} is
     * {@code 工资发放到位率}, {@code 群众满意度（%）} is {@code 群众满意度}.
     */
    static String core(String name) {
        return CORES.apply(name);
    }

    private static String coreUncached(String name) {
        if (name == null) {
            return "";
        }
        String core = Whitespace.removeFrom(name);
        int formula = indexOfAny(core, "=", "＝");
        if (formula > 0) {
            core = core.substring(0, formula);
        }
        return withoutTrailingPunctuation(withoutTrailingNote(core));
    }

    /** Without a bracketed note at the end ({@code 群众满意度（%）}): brackets of either width, none inside. */
    private static String withoutTrailingNote(String name) {
        int end = name.length() - 1;
        if (end < 0 || (name.charAt(end) != ')' && name.charAt(end) != '）')) {
            return name;
        }
        for (int i = end - 1; i >= 0; i--) {
            char c = name.charAt(i);
            if (c == '(' || c == '（') {
                return name.substring(0, i);
            }
            if (c == ')' || c == '）') {
                return name;
            }
        }
        return name;
    }

    /** Without the sentence punctuation a name sometimes ends in ({@code 。 ， ； ： 、 ！}, either width). */
    private static String withoutTrailingPunctuation(String name) {
        int end = name.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(0, end);
    }

    private static int indexOfAny(String text, String... needles) {
        int first = -1;
        for (String needle : needles) {
            int at = text.indexOf(needle);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * Whether the name says it measures satisfaction: it ends in 满意度, 满意率 or 满意程度. A name that merely
     * mentions satisfaction ({@code 满意度调查次数}) measures something else and is not matched.
     */
    static boolean measuresSatisfaction(String name) {
        String core = core(name);
        return core.endsWith("满意度") || core.endsWith("满意率") || core.endsWith("满意程度");
    }

    /** Whether the name is a rate or share: it ends in 率, 比例 or 占比 ({@code 设备采购完成率}). */
    static boolean isRate(String name) {
        String core = core(name);
        return core.endsWith("率") || core.endsWith("比例") || core.endsWith("占比");
    }

    /**
     * Whether the name is a share of the planned output actually delivered: it ends in 完成率, 完成比例 or 覆盖率
     * ({@code 设备采购完成率}, {@code 目标人群覆盖率}) and does not speak of time ({@code 按时完成率} is timeliness).
     * The national framework measures 产出数量 by exactly this 实际完成率 (actual ÷ planned output), so such a rate is
     * a quantity measure; a 达标率, 合格率 or 使用率 is not.
     */
    static boolean isDeliveredShare(String name) {
        String core = core(name);
        return (core.endsWith("完成率") || core.endsWith("完成比例") || core.endsWith("覆盖率"))
                && !speaksOfTime(core);
    }

    /** Whether the name speaks of time (及时率, 按时完成率): such a rate belongs under 时效指标, not 质量指标. */
    static boolean speaksOfTime(String name) {
        String core = core(name);
        return core.contains("及时") || core.contains("按时") || core.contains("准时") || core.contains("如期")
                || core.contains("按期") || core.contains("时效");
    }

    /** The counting unit the name suggests ({@code 评估报告数量} → 篇, {@code 培训人数} → 人), if it suggests one. */
    static Optional<String> countUnitHint(String name) {
        String core = core(name);
        return COUNT_UNIT_HINTS.stream().filter(hint -> core.contains(hint.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * The category whose value conventions apply: satisfaction when the name says so, otherwise the 二级指标's
     * category. A satisfaction indicator misfiled under 社会效益 still wants a percentage.
     */
    static Category measured(Indicator indicator) {
        return measuresSatisfaction(indicator.name()) ? Category.SATISFACTION : Category.of(indicator.level2());
    }

    /** Whether the indicator has a name (三级指标) written. */
    static boolean isNamed(Indicator indicator) {
        return indicator.name() != null && !indicator.name().isBlank();
    }
}
