package io.jixiao.rules;

import io.jixiao.model.Indicator;
import io.jixiao.value.Value;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Values that stand in for a target without being one: the indicator's own name or description written again
 * (三级指标 {@code 提供优质服务}, 指标值 {@code 提供优质服务}), or a word saying there is none — {@code 无},
 * {@code 不适用}, {@code 本项目不适用此指标}, {@code 否}, {@code /}, {@code 无直接经济效益}. Such a row looks filled in,
 * yet there is nothing to monitor during the year or evaluate after it.
 *
 * <p>Words that state a real zero-defect target ({@code 无安全事故}, {@code 无不良影响}) are not placeholders: only the
 * bare "none / not applicable / no" words are, and 无…效益 ("no … benefit") under a benefit category.
 */
final class Placeholders {

    /** 无, 暂无, 无此项, 无相关指标, 没有, 不适用, 本项目不适用此指标, 不涉及, 否, 略, 待定 …, whitespace removed. */
    private static final Pattern NONE = Pattern.compile(
            "^(?:本项目|该项目|本指标|此项|该项|本项)?暂?(?:无|没有|不适用|不涉及)(?:此|该|本|相关)?"
                    + "(?:项目|项|类|指标|项指标|类指标|内容|数据|情况)?$|^(?:否|略|空|待定|N/?A)$",
            Pattern.CASE_INSENSITIVE);
    /** 无直接经济效益, 暂无明显社会效益, 无经济价值: a benefit row saying there is no benefit. */
    private static final Pattern NO_BENEFIT = Pattern.compile("^暂?无.{0,8}(?:效益|经济价值|效果)$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。.，,；;！!、]+$");

    /** How a value fails to be a target. */
    enum Kind {
        /** The indicator's name written again. */
        SAME_AS_NAME,
        /** The indicator's description (指标解释) written again. */
        SAME_AS_EXPLANATION,
        /** A word saying there is none, or {@code /}. */
        NONE
    }

    private Placeholders() {
    }

    /** How the indicator's target stands in for one, if it does. */
    static Optional<Kind> of(Indicator indicator) {
        Value value = indicator.value();
        if (value instanceof Value.NotApplicable) {
            return Optional.of(Kind.NONE);
        }
        if (!(value instanceof Value.Qualitative)) {
            return Optional.empty();
        }
        String text = core(value.written());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (NONE.matcher(text).matches() || (Category.of(indicator.level2()) == Category.BENEFIT
                && NO_BENEFIT.matcher(text).matches())) {
            return Optional.of(Kind.NONE); // also when the name says the same (无直接经济效益 twice): there is none
        }
        if (text.equals(core(indicator.name()))) {
            return Optional.of(Kind.SAME_AS_NAME);
        }
        if (text.equals(core(indicator.explanation()))) {
            return Optional.of(Kind.SAME_AS_EXPLANATION);
        }
        return Optional.empty();
    }

    /** Whether the indicator's target is a placeholder of any kind. */
    static boolean isPlaceholder(Indicator indicator) {
        return of(indicator).isPresent();
    }

    /** The text without whitespace and trailing punctuation, as a reader compares two cells. */
    static String core(String text) {
        return TRAILING_PUNCTUATION.matcher(SameText.normalise(text)).replaceFirst("");
    }
}
