package io.jixiao.rules;

import io.jixiao.finding.Severity;
import io.jixiao.schema.DidYouMean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /** Other words people write for the levels, and what they mean. */
    private static final Map<String, List<String>> WORDS = Map.of(
            "off", List.of("none", "disable", "disabled", "false", "no", "ignore", "0"),
            "info", List.of("information", "notice", "hint", "note"),
            "warning", List.of("warn", "warnings"),
            "error", List.of("err", "errors", "fail", "failure"));

    /**
     * Parses off/info/warning/error (any case).
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Level parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(text));
    }

    /** The level a user probably meant by a text that is none ({@code of}, {@code warn}), as it is written. */
    public static Optional<String> closest(String text) {
        return DidYouMean.suggest(text.strip().toLowerCase(Locale.ROOT), new TreeMap<>(WORDS));
    }
}
