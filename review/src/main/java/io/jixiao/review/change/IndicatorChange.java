package io.jixiao.review.change;

import io.jixiao.history.Confidence;
import io.jixiao.history.MatchBasis;
import io.jixiao.history.TargetComparison;
import io.jixiao.model.Indicator;

import java.util.Objects;

/**
 * One indicator of the two years: new this year, dropped since last year, or kept — then how its target moved,
 * whether it was renamed or moved to another category, and whether its basis or description changed.
 *
 * @param previous   last year's indicator, or null when it is new
 * @param current    this year's indicator, or null when it was dropped
 * @param basis      why the two are taken to be the same; null unless kept
 * @param confidence how sure that is; null unless kept
 * @param similarity for a rename by similar name, the share of the names in common in percent; else 100
 * @param target     how the target moved; for a new or dropped indicator, from or to nothing
 */
public record IndicatorChange(Status status, Indicator previous, Indicator current, MatchBasis basis,
                              Confidence confidence, int similarity, TargetComparison target) {

    /** Whether the indicator is new, dropped or found in both years. */
    public enum Status { KEPT, ADDED, DROPPED }

    public IndicatorChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(target, "target");
    }

    /** The indicator's name this year, or last year's when it was dropped. */
    public String name() {
        return current != null ? current.name() : previous.name();
    }

    /** The indicator as it is now, or as it was when dropped: where it is shown. */
    public Indicator shown() {
        return current != null ? current : previous;
    }

    public boolean renamed() {
        return status == Status.KEPT && !squeezed(previous.name()).equals(squeezed(current.name()));
    }

    /** Filed under another 二级指标 than last year. */
    public boolean moved() {
        return status == Status.KEPT && !squeezed(previous.level2()).equals(squeezed(current.level2()));
    }

    public boolean basisChanged() {
        return status == Status.KEPT && !squeezed(previous.basis()).equals(squeezed(current.basis()));
    }

    public boolean explanationChanged() {
        return status == Status.KEPT && !squeezed(previous.explanation()).equals(squeezed(current.explanation()));
    }

    /** Whether anything a reviewer reads changed: presence, target, name, category, basis or description. */
    public boolean changed() {
        return status != Status.KEPT || target.shift().changed() || renamed() || moved() || basisChanged()
                || explanationChanged();
    }

    /** 调整说明 written this year, or null. */
    public String adjustment() {
        return current == null ? null : current.adjustment();
    }

    private static String squeezed(String text) {
        return io.jixiao.history.YearText.squeeze(text);
    }
}
