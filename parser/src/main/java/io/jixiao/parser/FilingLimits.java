package io.jixiao.parser;

import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.model.Filing;
import io.jixiao.model.Indicator;
import io.jixiao.model.Keys;
import io.jixiao.read.Limits;
import io.jixiao.read.Pointers;
import io.jixiao.read.SourcePositions;
import io.jixiao.read.SourcePositions.Position;
import io.jixiao.schema.HumanPath;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limits on a bound filing's size that the YAML node limit does not make small enough for what comes after:
 * projects per filing and indicators per table. The rules compare indicators within a table and projects within a
 * filing, and the render draws every one; a filing past either limit is reported and goes no further, so neither
 * can take time or memory out of proportion. One pass over the model, counted per table by the indicators'
 * pointers.
 */
final class FilingLimits {

    private FilingLimits() {
    }

    /** A finding for each limit the filing exceeds, at the key of the list that exceeds it; empty when none. */
    static List<Finding> check(Path file, Filing filing, SourcePositions positions, Limits limits) {
        List<Finding> findings = new ArrayList<>();
        if (filing.projects().size() > limits.maxProjects()) {
            String pointer = Pointers.of(Keys.PROJECTS);
            Position at = positions.key(pointer);
            findings.add(Diagnostic.LIMIT_PROJECTS.finding(file, at.line(), at.column(), pointer, "projects",
                    filing.projects().size(), limits.maxProjects()));
        }
        Map<String, Integer> perTable = new LinkedHashMap<>();
        for (Indicator indicator : filing.allIndicators()) {
            String pointer = indicator.pointer();
            perTable.merge(pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))), 1, Integer::sum);
        }
        perTable.forEach((table, count) -> {
            if (count > limits.maxIndicatorsPerTable()) {
                Position at = positions.key(table);
                findings.add(Diagnostic.LIMIT_INDICATORS.finding(file, at.line(), at.column(), table,
                        "indicators", HumanPath.of(table), count, limits.maxIndicatorsPerTable()));
            }
        });
        return findings;
    }
}
