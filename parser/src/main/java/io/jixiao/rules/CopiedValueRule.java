package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Indicator;
import io.jixiao.value.Value;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * VALUE-COPIED: a target that is another indicator's name or description. Filled in row by row from a spreadsheet,
 * a cell is easily taken from the row above or from another table: 山海关 2021 gives 生态效益 「满足生态环保要求」
 * the value 「建言献策、助力本市经济社会发展」 — the 指标解释 of the 社会效益 row above it; 武昌 2020 gives 「促进
 * 武昌区经济发展」 the 三级指标 of a long-term indicator as its annual value. Such a cell describes something else
 * and states no target.
 *
 * <p>Only written-out values are compared (five characters or more, whitespace and trailing punctuation ignored), so
 * short common words ({@code 及时}, {@code 合规}) never match. A value equal to the indicator's own name or
 * description is a placeholder (VALUE-PLACEHOLDER), and a satisfaction indicator's wordy value is VALUE-SATISFACTION's.
 */
@Checks(Diagnostic.VALUE_COPIED)
final class CopiedValueRule implements Rule {

    private static final int SHORTEST = 5;

    @Override
    public void check(RuleContext context) {
        Map<Indicator, String> tableOf = new IdentityHashMap<>();
        for (IndicatorTable table : context.tables()) {
            table.indicators().forEach(i -> tableOf.putIfAbsent(i, table.label()));
        }
        List<Indicator> indicators = context.indicators();
        Map<String, Source> names = new HashMap<>();
        Map<String, Source> explanations = new HashMap<>();
        for (Indicator indicator : indicators) {
            names.putIfAbsent(Placeholders.core(indicator.name()), new Source(indicator, "name"));
            explanations.putIfAbsent(Placeholders.core(indicator.explanation()), new Source(indicator, "explanation"));
        }
        for (Indicator indicator : indicators) {
            if (!(indicator.value() instanceof Value.Qualitative) || Placeholders.isPlaceholder(indicator)
                    || IndicatorNames.measured(indicator) == Category.SATISFACTION) {
                continue;
            }
            String text = Placeholders.core(indicator.value().written());
            if (text.codePointCount(0, text.length()) < SHORTEST) {
                continue;
            }
            Source source = other(names.get(text), indicator);
            if (source == null) {
                source = other(explanations.get(text), indicator);
            }
            if (source != null) {
                String otherName = IndicatorNames.isNamed(source.indicator()) ? source.indicator().name().strip()
                        : "";
                context.report(IndicatorValues.targetPointer(indicator), source.kind(),
                        indicator.value().written(), otherName, tableOf.getOrDefault(source.indicator(), ""));
            }
        }
    }

    /** The source, unless it is the indicator itself. */
    private static Source other(Source source, Indicator indicator) {
        return source == null || source.indicator() == indicator ? null : source;
    }

    /** An indicator whose name or description ({@code kind}: the message variant) is some text. */
    private record Source(Indicator indicator, String kind) {
    }
}
