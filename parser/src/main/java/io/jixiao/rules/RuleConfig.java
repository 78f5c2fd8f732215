package io.jixiao.rules;

import io.jixiao.finding.ConfigurationException;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.finding.Severity;
import io.jixiao.schema.DidYouMean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Severity overrides. A department may silence a rule its province does not use, or a bureau may raise one to an
 * error; everything not overridden keeps its default. Any {@linkplain Diagnostic#overridable() overridable}
 * diagnostic may be overridden — the domain rules and the schema checks whose failure still leaves a readable
 * filing; the errors that make a filing unreadable, or would lose what was filed, stay errors.
 *
 * @param overrides diagnostic → level, only overridable diagnostics
 */
public record RuleConfig(Map<Diagnostic, Level> overrides) {

    public static final RuleConfig DEFAULTS = new RuleConfig(Map.of());

    public RuleConfig {
        overrides = Map.copyOf(overrides);
        overrides.keySet().stream().filter(d -> !d.overridable()).findFirst().ifPresent(d -> {
            throw new ConfigurationException("config.rules.fixed", d.id());
        });
    }

    /**
     * Reads overrides written as {@code VALUE-COST=off, DUP-GOAL=error} (commas, semicolons or spaces between
     * entries; ids and levels in any case).
     *
     * @throws ConfigurationException naming the entry that is not {@code ID=level}, names an unknown id or level (with
     *                                the closest declared one when there is one) or a diagnostic that cannot be
     *                                changed
     */
    public static RuleConfig parse(String text) {
        Map<Diagnostic, Level> overrides = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String entry : text.split("[,;\\s]+")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new ConfigurationException("config.rules.entry", entry);
                }
                String id = entry.substring(0, eq).strip();
                Diagnostic diagnostic = Diagnostic.byId(id).orElseThrow(() -> unknown(id));
                if (!diagnostic.overridable()) {
                    throw new ConfigurationException("config.rules.fixed", diagnostic.id());
                }
                String level = entry.substring(eq + 1);
                try {
                    overrides.put(diagnostic, Level.parse(level));
                } catch (IllegalArgumentException e) {
                    throw Level.closest(level)
                            .map(l -> new ConfigurationException("config.rules.level.suggest", diagnostic.id(),
                                    level, l))
                            .orElseGet(() -> new ConfigurationException("config.rules.level", diagnostic.id(), level));
                }
            }
        }
        return new RuleConfig(overrides);
    }

    private static ConfigurationException unknown(String id) {
        Map<String, List<String>> ids = Diagnostic.all().stream()
                .collect(Collectors.toMap(Diagnostic::id, d -> List.of(), (a, b) -> a, LinkedHashMap::new));
        return DidYouMean.suggest(id.toUpperCase(java.util.Locale.ROOT), ids)
                .map(suggestion -> new ConfigurationException("config.rules.unknown.suggest", id, suggestion))
                .orElseGet(() -> new ConfigurationException("config.rules.unknown", id));
    }

    /** The severity a diagnostic reports with, or empty when it is off. */
    public Optional<Severity> severityOf(Diagnostic diagnostic) {
        Level level = overrides.get(diagnostic);
        return level == null ? Optional.of(diagnostic.defaultSeverity()) : level.severity();
    }

    /**
     * The findings of the reading and schema stages as configured: overridden diagnostics with their configured
     * severity, those switched off left out, the others as they are.
     */
    public List<Finding> apply(List<Finding> findings) {
        if (overrides.isEmpty()) {
            return findings;
        }
        List<Finding> configured = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Level level = overrides.get(finding.diagnostic());
            if (level == null) {
                configured.add(finding);
            } else {
                level.severity().ifPresent(severity -> configured.add(finding.withSeverity(severity)));
            }
        }
        return configured;
    }
}
