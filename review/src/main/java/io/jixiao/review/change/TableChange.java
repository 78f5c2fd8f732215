package io.jixiao.review.change;

import io.jixiao.history.Confidence;
import io.jixiao.history.MatchBasis;

import java.util.List;

/**
 * One indicator table of the two years (部门整体, a goal's table, a project, a spending direction), found in both,
 * new or dropped, with its indicators.
 *
 * @param label         the table's name this year (last year's when dropped), as a person names it
 * @param previousLabel last year's name when the table was found under another name, else null
 * @param pointer       JSON pointer of the table this year (last year's when dropped)
 * @param basis         why the tables are taken to be the same; null unless kept
 * @param confidence    how sure that is; null unless kept
 * @param indicators    every indicator, in this year's order, dropped ones after the one they followed
 */
public record TableChange(IndicatorChange.Status status, String label, String previousLabel, String pointer,
                          MatchBasis basis, Confidence confidence, List<IndicatorChange> indicators) {

    public TableChange {
        indicators = List.copyOf(indicators);
    }

    /**
     * Where the table is, as a person reads it: the keys of its place in the filing with the table's name for its
     * position ({@code 项目 › 车辆保险费}, {@code 部门整体 › 年度绩效目标 › 统战业务经费}, {@code 部门整体 › 年度绩效指标}).
     */
    public List<String> path() {
        List<String> path = new java.util.ArrayList<>();
        boolean named = false;
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
                if (!named) {
                    path.add(label);
                    named = true;
                }
            } else {
                path.add(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return List.copyOf(path);
    }

    /** Whether anything in the table changed. */
    public boolean changed() {
        return status != IndicatorChange.Status.KEPT || previousLabel != null
                || indicators.stream().anyMatch(IndicatorChange::changed);
    }
}
