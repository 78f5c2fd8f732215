package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the declared diagnostic a rule class checks for: its id, default severity and messages come from the
 * {@link Diagnostic} registry, so a rule says which entry it is once and writes none of it again.
 *
 * <pre>{@code
 * @Checks(Diagnostic.VALUE_COST)
 * final class CostValueRule implements Rule { … }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Checks {

    /** The diagnostic the rule's findings are. */
    Diagnostic value();
}
