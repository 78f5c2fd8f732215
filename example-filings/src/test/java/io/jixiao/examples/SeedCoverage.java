package io.jixiao.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which cells of a published seed table a set of texts accounts for. Used for the bound model and for the rendered
 * workbook and page alike, so "complete" means the same thing everywhere: each tab-separated seed cell, normalised
 * ({@link Normal}), is one of the texts, a line of one, a long-enough part of one (a cell the extraction split),
 * or a template label listed in {@code template-labels.txt} / {@code template-patterns.txt}.
 *
 * <p>The transcribed source tables of {@code example-filings/sources} open with a {@code #} header (address,
 * completeness, defects) that is not part of the table and is skipped. For them the label list can be left out, so
 * that a form's header labels count as cells the rendered workbook must print, and a few cells can be
 * {@linkplain SourceNotes declared}: store artefacts read as the label the page prints, and cells that are not the
 * table's (page furniture, a cell the store cut mid-word), which are left out of the count and listed.
 */
final class SeedCoverage {

    /** Cells at least this long may match part of a text: they are fragments of a cell the extraction split. */
    private static final int MIN_FRAGMENT = 4;

    private final List<String> values;
    private final Set<String> whole = new HashSet<>();
    private final Set<String> lines = new HashSet<>();
    private final Set<String> labels;
    private final List<Pattern> patterns;
    private final Map<String, String> artefacts;
    private final Set<String> excluded;

    /** The seeds' coverage: the template labels and patterns account for the form's own cells. */
    SeedCoverage(List<String> texts) throws IOException {
        this(texts, labels("template-labels.txt"), patterns("template-patterns.txt"), Map.of(), Set.of());
    }

    /**
     * @param labels    normalised cells that are the form's labels, covered without being in the texts
     * @param artefacts normalised cell → the normalised text it stands for (a store artefact)
     * @param excluded  normalised cells left out of the count (not cells of the table)
     */
    SeedCoverage(List<String> texts, Set<String> labels, List<Pattern> patterns, Map<String, String> artefacts,
                 Set<String> excluded) {
        this.values = texts.stream().map(Normal::of).toList();
        values.forEach(whole::add);
        texts.forEach(v -> v.lines().map(Normal::of).filter(s -> !s.isEmpty()).forEach(lines::add));
        this.labels = labels;
        this.patterns = patterns;
        this.artefacts = artefacts;
        this.excluded = excluded;
    }

    /** The seed's cells that the texts do not account for, as written; and how many non-empty cells it has. */
    Result check(Path seed) throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> left = new ArrayList<>();
        int total = 0;
        boolean header = true;
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            if (header && line.startsWith("#")) {
                continue; // a transcription's header: source, completeness, defects — not a row of the table
            }
            header = false;
            for (String cell : line.split("\t", -1)) {
                String normal = Normal.of(cell);
                if (normal.isEmpty()) {
                    continue;
                }
                if (excluded.contains(normal)) {
                    left.add(cell.strip());
                    continue;
                }
                total++;
                if (!covers(artefacts.getOrDefault(normal, normal), 0)) {
                    missing.add(cell.strip());
                }
            }
        }
        return new Result(total, missing, left);
    }

    /**
     * @param total    non-empty cells counted
     * @param missing  counted cells not accounted for, as written
     * @param excluded cells left out of the count, as written
     */
    record Result(int total, List<String> missing, List<String> excluded) {
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

    /** A resource list of labels, normalised. */
    static Set<String> labels(String resource) throws IOException {
        return new HashSet<>(resourceLines(resource).stream().map(Normal::of).toList());
    }

    /** A resource list of patterns over normalised cells. */
    static List<Pattern> patterns(String resource) throws IOException {
        return resourceLines(resource).stream().map(Pattern::compile).toList();
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = SeedCoverage.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
