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

    private Polarity() {
    }

    /** Whether the indicator's name says that fewer is better ({@code 安全事故发生次数}, {@code 投诉率}). */
    public static boolean lessIsBetter(String name) {
        String squeezed = YearText.squeeze(name);
        return LESS_IS_BETTER.stream().anyMatch(squeezed::contains);
    }
}
