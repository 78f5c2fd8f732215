package io.jixiao.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which cells of a published seed table a set of texts accounts for. Used for the bound model and for the rendered
 * workbook and page alike, so "complete" means the same thing everywhere: each tab-separated seed cell, normalised
 * ({@link Normal}), is one of the texts, a line of one, a long-enough part of one (a cell the extraction split),
 * or a template label listed in {@code template-labels.txt} / {@code template-patterns.txt}.
 */
final class SeedCoverage {

    /** Cells at least this long may match part of a text: they are fragments of a cell the extraction split. */
    private static final int MIN_FRAGMENT = 4;

    private final List<String> values;
    private final Set<String> whole = new HashSet<>();
    private final Set<String> lines = new HashSet<>();
    private final Set<String> labels;
    private final List<Pattern> patterns;

    SeedCoverage(List<String> texts) throws IOException {
        this.values = texts.stream().map(Normal::of).toList();
        values.forEach(whole::add);
        texts.forEach(v -> v.lines().map(Normal::of).filter(s -> !s.isEmpty()).forEach(lines::add));
        this.labels = new HashSet<>(resourceLines("template-labels.txt").stream().map(Normal::of).toList());
        this.patterns = resourceLines("template-patterns.txt").stream().map(Pattern::compile).toList();
    }

    /** The seed's cells that the texts do not account for, as written; and how many non-empty cells it has. */
    Result check(Path seed) throws IOException {
        List<String> missing = new ArrayList<>();
        int total = 0;
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            for (String cell : line.split("\t", -1)) {
                String normal = Normal.of(cell);
                if (normal.isEmpty()) {
                    continue;
                }
                total++;
                if (!covers(normal, 0)) {
                    missing.add(cell.strip());
                }
            }
        }
        return new Result(total, missing);
    }

    record Result(int total, List<String> missing) {
        double percent() {
            return total == 0 ? 100 : 100.0 * (total - missing.size()) / total;
        }
    }

    private boolean covers(String cell, int depth) {
        if (cell.isEmpty() || labels.contains(cell) || whole.contains(cell) || lines.contains(cell)) {
            return true;
        }
        if (cell.length() >= MIN_FRAGMENT && values.stream().anyMatch(v -> v.contains(cell))) {
            return true;
        }
        if (depth < 2) {
            for (Pattern pattern : patterns) {
                Matcher m = pattern.matcher(cell);
                if (m.matches() && groupsCovered(m, depth)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean groupsCovered(Matcher m, int depth) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (!covers(m.group(g) == null ? "" : m.group(g), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = SeedCoverage.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
