package io.jixiao.render.layout;

import io.jixiao.model.Indicator;
import io.jixiao.review.change.ChangeSet;
import io.jixiao.review.change.IndicatorChange;
import io.jixiao.review.report.ChangeWords;

import java.util.Map;
import java.util.Optional;

/**
 * Last year's filing as a page and a workbook show it beside this year's: for each indicator, last year's target and
 * a mark — ▲ raised or tightened, ▼ lowered, loosened or made vague — from the review module's change set. A layout
 * that has a column for it (the generic indicator block) adds 上年指标值; an official form keeps its printed columns
 * and the year-over-year sheet follows it instead.
 *
 * @param changes the change set of this filing against the department's previous-year filing, or null for none
 * @param words     the words of the marks, in the page's language
 * @param byPointer what became of each of this year's indicators, by its JSON pointer
 */
public record PreviousYear(ChangeSet changes, ChangeWords words, Map<String, IndicatorChange> byPointer) {

    /** No previous-year filing: nothing is added anywhere. */
    public static final PreviousYear NONE = new PreviousYear(null, null, Map.of());

    public PreviousYear {
        byPointer = Map.copyOf(byPointer);
    }

    public static PreviousYear of(ChangeSet changes, ChangeWords words) {
        return new PreviousYear(changes, words, changes.byCurrentPointer());
    }

    /** The mark of a target asked more of than last year. */
    public static final String UP = "▲";
    /** The mark of a target asked less of than last year, or made vague. */
    public static final String DOWN = "▼";

    public boolean present() {
        return changes != null;
    }

    /** What became of this year's indicator, if last year's filing is known. */
    public Optional<IndicatorChange> of(Indicator indicator) {
        if (changes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byPointer.get(indicator.pointer()));
    }

    /** The 上年指标值 cell: last year's target with ▲ or ▼ when it moved, or the word for a new indicator. */
    public String cell(Indicator indicator) {
        return of(indicator).map(this::cell).orElse("");
    }

    public String cell(IndicatorChange change) {
        if (change.status() != IndicatorChange.Status.KEPT) {
            return words.status(change);
        }
        String previous = words.value(change.previous().value());
        return previous + mark(change);
    }

    /** " ▲", " ▼" or nothing. */
    public static String mark(IndicatorChange change) {
        if (change.target().shift().stricter()) {
            return " " + UP;
        }
        return change.target().shift().weaker() ? " " + DOWN : "";
    }
}
