package io.jixiao.history;

import java.util.List;

/**
 * Which way is better for what an indicator measures, when its comparator does not say: most targets are better
 * higher (counts, rates, satisfaction), but costs, durations of a timeliness target and whatever counts faults
 * (事故, 投诉 …) are better lower.
 */
public final class Polarity {

    /** Words naming something that should go down: a lower target for these is an improvement. */
    private static final List<String> LESS_IS_BETTER = List.of(
            "事故", "投诉", "差错", "违规", "违纪", "超支", "发生率", "发生数", "发生次数");

    /** 指标方向 as the national forms print it: 反向指标 (better lower) and 正向指标 (better higher). */
    private static final String REVERSE = "反向";
    private static final String FORWARD = "正向";

    private Polarity() {
    }

    /**
     * Whether lower is better, when the filing says so in 指标方向 (format v2): true for 反向指标, false for
     * 正向指标, empty when it says neither.
     */
    public static java.util.Optional<Boolean> ofDirection(String direction) {
        String squeezed = YearText.squeeze(direction);
        if (squeezed.contains(REVERSE)) {
            return java.util.Optional.of(true);
        }
        return squeezed.contains(FORWARD) ? java.util.Optional.of(false) : java.util.Optional.empty();
    }

    /** Whether the indicator's name says that fewer is better ({@code 安全事故发生次数}, {@code 投诉率}). */
    public static boolean lessIsBetter(String name) {
        String squeezed = YearText.squeeze(name);
        return LESS_IS_BETTER.stream().anyMatch(squeezed::contains);
    }
}
