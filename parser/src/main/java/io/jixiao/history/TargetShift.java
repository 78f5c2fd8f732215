package io.jixiao.history;

import java.util.Locale;

/**
 * How an indicator's target moved from last year to this year, named the way a finance reviewer names it: whether
 * "up" is more or less demanding depends on the comparator and on what is measured (a ≥ count going up is raised,
 * a ≤ cost going down is tightened, a deadline moved later is lowered).
 */
public enum TargetShift {
    /** The same target, written the same way. */
    UNCHANGED,
    /** The same target written another way ({@code 90%以上} → {@code ≥90%}, {@code 2025年底} → {@code 2026年底}). */
    EQUIVALENT,
    /** More demanded: a floor or a plain number raised, a deadline brought forward. */
    RAISED,
    /** A ceiling lowered: less may be spent, fewer complaints allowed, fewer days taken. */
    TIGHTENED,
    /** Less demanded: a floor or a plain number lowered, a deadline moved later. */
    LOWERED,
    /** A ceiling raised: more may be spent, more errors or days allowed. */
    LOOSENED,
    /** A number, date or period replaced by words that cannot be checked at the year's end. */
    MADE_VAGUE,
    /** Words replaced by a number, date or period. */
    MADE_MEASURABLE,
    /** Words replaced by other words. */
    REWORDED,
    /** Not comparable: another unit kind, or a floor turned into a ceiling. */
    RESTATED,
    /** No target last year, one this year. */
    SET,
    /** A target last year, none this year. */
    CLEARED;

    /** Raised or tightened: more is asked than last year. */
    public boolean stricter() {
        return this == RAISED || this == TIGHTENED;
    }

    /** Lowered, loosened or made vague: less is asked than last year, or nothing that can be checked. */
    public boolean weaker() {
        return this == LOWERED || this == LOOSENED || this == MADE_VAGUE;
    }

    /** Whether the target changed at all, in meaning or in wording. */
    public boolean changed() {
        return this != UNCHANGED;
    }

    /** The id used in message keys and CSS classes: {@code made-vague} for {@link #MADE_VAGUE}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
