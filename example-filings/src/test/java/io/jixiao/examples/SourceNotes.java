package io.jixiao.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code source-notes.txt} declares about single cells of the transcribed source tables, each with its reason
 * (taken from the source's own header): a store <em>artefact</em> is a cell the store kept only part of, read as
 * the label the page prints (淮北's {@code 绩} is the vertical 绩效指标); a cell <em>not of the table</em> (page
 * furniture, a cell the store cut mid-word) is left out of the count and listed in the coverage line.
 */
final class SourceNotes {

    /** One declared cell: kind {@code artefact} (with what it stands for) or {@code not-table}. */
    record Note(String source, String kind, String cell, String standsFor, String why) {
    }

    private SourceNotes() {
    }

    static List<Note> all() {
        try (InputStream in = SourceNotes.class.getResourceAsStream("source-notes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(SourceNotes::note).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Normalised artefact cell → the normalised label it stands for. */
    static Map<String, String> artefacts(String source) {
        Map<String, String> map = new HashMap<>();
        all().stream().filter(n -> n.source().equals(source) && n.kind().equals("artefact"))
                .forEach(n -> map.put(Normal.of(n.cell()), Normal.of(n.standsFor())));
        return map;
    }

    /** Normalised cells that are not the table's. */
    static Set<String> leftOut(String source) {
        Set<String> set = new HashSet<>();
        all().stream().filter(n -> n.source().equals(source) && n.kind().equals("not-table"))
                .forEach(n -> set.add(Normal.of(n.cell())));
        return set;
    }

    private static Note note(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5 || !(f[1].equals("artefact") || f[1].equals("not-table"))
                || f[1].equals("artefact") == f[3].isEmpty()) {
            throw new IllegalStateException("source-notes.txt: not <source> TAB artefact|not-table TAB <cell> TAB "
                    + "<stands for, artefacts only> TAB <why>: " + line);
        }
        return new Note(f[0], f[1], f[2], f[3], f[4]);
    }
}
