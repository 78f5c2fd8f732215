package io.jixiao.model;

import io.jixiao.value.Money;
import io.jixiao.value.MoneyUnit;
import io.jixiao.value.Value;
import io.jixiao.value.ValueParser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the binders read the kinds of cell that appear in every part of a filing — amounts in the filing's money unit,
 * values, goals, indicators, choices, signatures, reviews, scores — so that the sections are bound alike wherever
 * they occur.
 */
final class Fields {

    private final MoneyUnit unit;

    Fields(MoneyUnit unit) {
        this.unit = unit;
    }

    Money money(NodeView v, String key) {
        if (v == null) {
            return null;
        }
        String text = v.text(key);
        return text == null ? null : Money.parse(text, unit).orElse(null);
    }

    static Value value(NodeView v, String key) {
        return ValueParser.parse(v == null ? null : v.text(key));
    }

    static Goals goals(NodeView v, String key) {
        if (v == null || !v.entries().containsKey(key)) {
            return null;
        }
        return new Goals(v.texts(key), v.isList(key));
    }

    static List<Indicator> indicators(NodeView v, String key) {
        return v == null ? List.of() : v.maps(key).stream().map(Fields::indicator).toList();
    }

    static Indicator indicator(NodeView v) {
        NodeView std = v.map(Keys.Indicator.STANDARD);
        NodeView hist = v.map(Keys.Indicator.HISTORY);
        Standard standard = std == null ? null : new Standard(value(std, Keys.Standard.PLANNED),
                value(std, Keys.Standard.CURRENT), std.text(Keys.Standard.SOURCE));
        History history = null;
        if (hist != null) {
            TreeMap<Integer, Value> byYear = new TreeMap<>();
            hist.entries().keySet().stream().filter(k -> Keys.YEAR_KEY.matcher(k).matches())
                    .forEach(k -> byYear.put(Integer.valueOf(k), value(hist, k)));
            history = new History(value(hist, Keys.History.THREE_YEAR_AVERAGE), value(hist, Keys.History.LAST_YEAR),
                    hist.text(Keys.History.SOURCE), byYear);
        }
        String nature = v.text(Keys.Indicator.NATURE);
        String measure = v.text(Keys.Indicator.MEASURE_UNIT);
        ValueSplit split = nature == null && measure == null ? null
                : new ValueSplit(nature, v.text(Keys.Indicator.VALUE), measure);
        Value target = split == null ? value(v, Keys.Indicator.VALUE) : ValueParser.parse(split.joined());
        return new Indicator(v.pointer(), v.text(Keys.Indicator.ID), v.text(Keys.Indicator.LEVEL1),
                v.text(Keys.Indicator.LEVEL2), v.text(Keys.Indicator.NAME), v.text(Keys.Indicator.EXPLANATION),
                target, v.text(Keys.Indicator.BASIS), standard, history, v.text(Keys.Indicator.ACTIVITIES),
                value(v, Keys.Indicator.MID_TERM_VALUE), split, v.text(Keys.Indicator.DIRECTION),
                value(v, Keys.Indicator.SCORE), v.text(Keys.Indicator.ADJUSTMENT));
    }

    /** A text, or tick boxes: every printed option and the ticked ones. */
    static Choice choice(NodeView v, String key) {
        if (v == null || !v.has(key)) {
            return null;
        }
        String pointer = v.pointer(key);
        NodeView boxes = v.map(key);
        if (boxes == null) {
            String text = v.text(key);
            return text == null ? null : new Choice(pointer, text, List.of(), List.of());
        }
        return new Choice(pointer, null, boxes.texts(Keys.TickBoxes.OPTIONS), boxes.texts(Keys.TickBoxes.TICKED));
    }

    static Submission submission(NodeView v) {
        if (v == null) {
            return null;
        }
        return new Submission(v.blankable(Keys.Submission.FILING_UNIT), v.blankable(Keys.Submission.UNIT_HEAD),
                v.blankable(Keys.Submission.PREPARER), v.blankable(Keys.Submission.PHONE),
                v.blankable(Keys.Submission.DATE));
    }

    static List<Review> reviews(NodeView v, String key) {
        return v.maps(key).stream().map(r -> new Review(r.pointer(), r.text(Keys.Review.REVIEWER),
                r.blankable(Keys.Review.OPINION), r.blankable(Keys.Review.GRADE), r.blankable(Keys.Review.PERSON),
                r.blankable(Keys.Review.DATE), r.blankable(Keys.Review.SEAL))).toList();
    }

    static Scoring scoring(NodeView v) {
        if (v == null) {
            return null;
        }
        Map<String, Value> byLevel1 = new LinkedHashMap<>();
        NodeView levels = v.map(Keys.Scoring.BY_LEVEL1);
        if (levels != null) {
            levels.entries().keySet().forEach(name -> byLevel1.put(name, value(levels, name)));
        }
        return new Scoring(v.pointer(), value(v, Keys.Scoring.TOTAL), byLevel1);
    }

    FundSources fundSources(NodeView v) {
        if (v == null) {
            return null;
        }
        return new FundSources(v.pointer(), money(v, Keys.FundSources.GENERAL_BUDGET),
                money(v, Keys.FundSources.GOVERNMENT_FUNDS), money(v, Keys.FundSources.STATE_CAPITAL),
                money(v, Keys.FundSources.HIGHER_LEVEL), money(v, Keys.FundSources.SAME_LEVEL),
                money(v, Keys.FundSources.OWN_FUNDS), money(v, Keys.FundSources.SERVICE_INCOME),
                money(v, Keys.FundSources.OPERATING_INCOME), money(v, Keys.FundSources.CARRIED_OVER));
    }

    /** A YAML 1.2 integer as the schema accepted it: {@code 2024}, {@code +2024}, {@code 0x7E8}, {@code 2024.0}. */
    static int integer(String text) {
        String t = text.strip();
        if (t.startsWith("0x")) {
            return Integer.parseInt(t.substring(2), 16);
        }
        if (t.startsWith("0o")) {
            return Integer.parseInt(t.substring(2), 8);
        }
        return new java.math.BigDecimal(t).intValueExact();
    }
}
