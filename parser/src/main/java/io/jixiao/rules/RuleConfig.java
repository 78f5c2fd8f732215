package io.jixiao.rules;

import io.jixiao.finding.Severity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-rule severity overrides. A department may silence a rule its province does not use, or a bureau may raise
 * one to an error; everything not overridden keeps its default.
 *
 * @param overrides rule id → level
 */
public record RuleConfig(Map<String, Level> overrides) {

    public static final RuleConfig DEFAULTS = new RuleConfig(Map.of());

    public RuleConfig {
        overrides = Map.copyOf(overrides);
    }

    /**
     * Reads overrides written as {@code VALUE-COST=off, DUP-GOAL=error}.
     *
     * @throws IllegalArgumentException naming the entry that is not {@code ID=level} or names an unknown rule
     */
    public static RuleConfig parse(String text) {
        Map<String, Level> overrides = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String entry : text.split("[,;\\s]+")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("expected RULE-ID=off|info|warning|error, got: " + entry);
                }
                String id = entry.substring(0, eq).strip();
                if (RuleSet.byId(id).isEmpty()) {
                    throw new IllegalArgumentException("unknown rule id: " + id);
                }
                try {
                    overrides.put(id, Level.parse(entry.substring(eq + 1)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("expected off, info, warning or error for " + id + ": "
                            + entry.substring(eq + 1), e);
                }
            }
        }
        return new RuleConfig(overrides);
    }

    /** The severity a rule reports with, or empty when it is off. */
    public Optional<Severity> severityOf(Rule rule) {
        Level level = overrides.get(rule.id());
        return level == null ? Optional.of(rule.defaultSeverity()) : level.severity();
    }
}
