package io.jixiao.rules;

import io.jixiao.finding.Severity;

import java.util.Locale;
import java.util.Optional;

/** What a user can set a rule to: off, or one of the severities. */
public enum Level {
    OFF,
    INFO,
    WARNING,
    ERROR;

    /** The severity, or empty when the rule is off. */
    public Optional<Severity> severity() {
        return switch (this) {
            case OFF -> Optional.empty();
            case INFO -> Optional.of(Severity.INFO);
            case WARNING -> Optional.of(Severity.WARNING);
            case ERROR -> Optional.of(Severity.ERROR);
        };
    }

    /** Parses off/info/warning/error (any case). */
    public static Level parse(String text) {
        return Level.valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
