package io.jixiao.render.layout.blocks;

import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.model.Scoring;
import io.jixiao.read.Pointers;
import io.jixiao.render.grid.CellStyle;
import io.jixiao.render.grid.GridBuilder;
import io.jixiao.value.Value;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 指标分值 printed the way the scoring forms print them (奉节 2023): the range in the 一级 label
 * ({@code 成本指标（0-20）分}), the total in the block's label ({@code 绩效指标（90分）}), and, on a line of its own
 * under the table, any score of a 一级 that no indicator row carries — a score is never dropped because its
 * category has no row.
 */
public final class ScoringText {

    private ScoringText() {
    }

    /** The 一级 name with its score range when the scoring has one for it: 成本指标（0-20）分. */
    public static String scored(String level1, Scoring scoring) {
        Value score = scoreOf(level1, scoring);
        if (score == null || CellText.isBlank(score.written())) {
            return CellText.of(level1);
        }
        return CellText.of(level1) + "（" + score.written() + "）分";
    }

    /** The block label with the total: 绩效指标（90分）; the label alone when there is no total. */
    public static String label(String label, Scoring scoring) {
        if (scoring == null || scoring.total() == null || CellText.isBlank(scoring.total().written())) {
            return label;
        }
        return label + "（" + scoring.total().written() + "分）";
    }

    /** The pointer of the total, for the label cell showing it; null when there is none. */
    public static String totalPointer(Scoring scoring) {
        if (scoring == null || scoring.total() == null || CellText.isBlank(scoring.total().written())) {
            return null;
        }
        return Pointers.child(scoring.pointer(), Keys.Scoring.TOTAL);
    }

    /**
     * A line 指标分值 | 名称：分值 … for the 一级 scores whose category no indicator of the table has; nothing when
     * every score is printed in its 一级 cell.
     */
    public static void unmatched(GridBuilder g, Scoring scoring, Collection<Indicator> indicators, int width) {
        rest(g, "指标分值", scoring, indicators, false, width);
    }

    /**
     * A line {@code label} | 合计：90；名称：分值 … for what of a scoring is not printed elsewhere: its total when
     * {@code withTotal} (a block whose label cannot show it), and the 一级 scores no indicator row carries.
     */
    public static void rest(GridBuilder g, String label, Scoring scoring, Collection<Indicator> indicators,
                            boolean withTotal, int width) {
        if (scoring == null) {
            return;
        }
        Set<String> level1s = indicators.stream().map(Indicator::level1).filter(l -> l != null)
                .map(String::strip).collect(Collectors.toSet());
        LineParts parts = new LineParts();
        if (withTotal && scoring.total() != null && !CellText.isBlank(scoring.total().written())) {
            parts.add("合计：", scoring.total().written(), totalPointer(scoring));
        }
        for (Map.Entry<String, Value> entry : scoring.byLevel1().entrySet()) {
            if (!level1s.contains(entry.getKey().strip())) {
                parts.add(entry.getKey() + "：", CellText.of(entry.getValue()),
                        Pointers.child(scoring.pointer(), Keys.Scoring.BY_LEVEL1, entry.getKey()));
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        g.row();
        g.cell(label, CellStyle.HEADER);
        StringBuilder text = new StringBuilder();
        String pointer = null;
        for (LineParts.Part part : parts.parts()) {
            if (text.length() > 0) {
                text.append('；');
            }
            text.append(part.printed());
            pointer = pointer == null ? part.pointer() : pointer;
        }
        g.cell(text.toString(), CellStyle.TEXT, 1, width - 1, pointer);
    }

    private static Value scoreOf(String level1, Scoring scoring) {
        if (scoring == null || level1 == null) {
            return null;
        }
        for (Map.Entry<String, Value> entry : scoring.byLevel1().entrySet()) {
            if (entry.getKey().strip().equals(level1.strip())) {
                return entry.getValue();
            }
        }
        return null;
    }
}
