package io.jixiao.history;

/**
 * How sure a match across years is. A reviewer's report says it next to every match that is not certain; the rules
 * only act on matches of {@link #HIGH} or better, so a guess never produces a warning.
 */
public enum Confidence {
    /** The same 指标编号, 项目编码 or name: the filing says it is the same. */
    CERTAIN,
    /** The same except for the year written in it, or the same name filed under another category. */
    HIGH,
    /** A similar name in the same category, most characters shared. */
    MEDIUM,
    /** A similar name in the same category, about half of it shared. */
    LOW;

    /** Whether this is at least as sure as {@code other}. */
    public boolean atLeast(Confidence other) {
        return ordinal() <= other.ordinal();
    }
}
