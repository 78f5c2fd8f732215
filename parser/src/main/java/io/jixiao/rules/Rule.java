package io.jixiao.rules;

import io.jixiao.finding.Severity;

/**
 * One domain check a finance reviewer would make, with a stable id that findings, severity overrides, SPEC.md and
 * the reports all use. A rule's texts live in the message bundle under {@code rule.<ID>.title} (one line: what
 * the rule checks) and {@code rule.<ID>.<variant>} (each finding's message).
 */
public interface Rule {

    /** Stable id such as {@code VALUE-COST}; never reused for a different check. */
    String id();

    /** Severity unless the user overrides it. */
    Severity defaultSeverity();

    /** Reports every problem of this kind in the filing through {@link RuleContext#report}. */
    void check(RuleContext context);
}
