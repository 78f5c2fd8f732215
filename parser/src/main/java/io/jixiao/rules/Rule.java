package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;

/**
 * One domain check a finance reviewer would make. What the check is called, how serious it is by default and what
 * its messages say are declared once in the {@link Diagnostic} registry; the rule class names its entry with
 * {@link Checks @Checks} and only checks.
 */
@FunctionalInterface
public interface Rule {

    /** Reports every problem of this kind in the filing through {@link RuleContext#report}. */
    void check(RuleContext context);

    /**
     * The declared diagnostic the rule reports, from its {@link Checks @Checks} annotation.
     *
     * @throws IllegalStateException for a rule class that does not name one, so such a rule cannot run at all
     */
    default Diagnostic diagnostic() {
        Checks checks = getClass().getAnnotation(Checks.class);
        if (checks == null) {
            throw new IllegalStateException(getClass().getName() + " does not name its diagnostic with @Checks");
        }
        return checks.value();
    }
}
