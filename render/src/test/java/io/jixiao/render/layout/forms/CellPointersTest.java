package io.jixiao.render.layout.forms;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.model.Filing;
import io.jixiao.model.Keys;
import io.jixiao.model.Template;
import io.jixiao.parser.FilingParser;
import io.jixiao.render.grid.Cell;
import io.jixiao.render.grid.Grid;
import io.jixiao.render.layout.Layouts;
import io.jixiao.schema.FilingSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pointer of every rendered cell names a place in the filing it was rendered from, as read by a plain YAML
 * loader rather than by the parser: a cell that shows a filed value points at exactly that value, and an empty cell
 * points either at a value or at where one would go (keys of the schema, or years, below the last part the filing
 * has). This is what HTML pages need to show a finding beside its row, and it holds for every layout whatever the
 * filing, so each example and the SPEC example are rendered in every template. A layout that kept pointing at a key
 * the schema has renamed would fail here, on real filings, not only in the source scan of
 * {@code PointerKeyLiteralsTest}.
 */
@DisplayName("Every rendered cell points at a place in its filing")
class CellPointersTest {

    private static final Set<String> SCHEMA_KEYS = propertyNames();

    @TestFactory
    Stream<DynamicTest> everyCellPointsIntoItsFiling() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GenericTestFilings.FILINGS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String yaml = Files.readString(file, StandardCharsets.UTF_8);
                tests.add(forEachTemplate(GenericTestFilings.FILINGS.relativize(file).toString(),
                        new FilingParser().parse(file).filing().orElseThrow(), yaml));
            }
        }
        tests.add(forEachTemplate("SPEC.md §10", GenericTestFilings.specExample(),
                GenericTestFilings.specExampleText()));
        assertTrue(tests.size() >= 6, "the five examples and the SPEC example: " + tests.size());
        return tests.stream();
    }

    /** One test per filing, rendering it in every template. */
    private static DynamicTest forEachTemplate(String name, Filing filing, String yaml) {
        return DynamicTest.dynamicTest(name, () -> {
            Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
            List<String> wrong = new ArrayList<>();
            int exact = 0;
            for (Template template : Template.values()) {
                for (Grid grid : Layouts.forTemplate(template).tables(filing)) {
                    for (Cell cell : grid.cells()) {
                        if (cell.pointer() == null) {
                            continue;
                        }
                        Place place = place(document, cell.pointer());
                        if (place == Place.FILED) {
                            exact++;
                        } else if (place == Place.WRONG || !cell.text().isEmpty()) {
                            wrong.add(template.id() + " " + grid.name() + " " + cell.row() + "," + cell.column()
                                    + " \"" + cell.text() + "\" → " + cell.pointer() + " (" + place + ")");
                        }
                    }
                }
            }
            assertEquals(List.of(), wrong, "cells whose pointer does not name the value they show");
            assertTrue(exact > 20, "cells pointing at filed values: " + exact);
        });
    }

    /** Where a pointer leads in the loaded document. */
    private enum Place {
        /** A value the filing has. */
        FILED,
        /** Below what the filing has, through keys the schema defines there: a value left out. */
        NOT_FILED,
        /** Through a key no schema object has, an index past a list, or into a scalar. */
        WRONG
    }

    private static Place place(Object document, String pointer) {
        Object node = document;
        String[] tokens = pointer.substring(1).split("/", -1);
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replace("~1", "/").replace("~0", "~");
            if (node instanceof Map<?, ?> map) {
                Object next = null;
                boolean found = false;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (String.valueOf(entry.getKey()).equals(token)) {
                        next = entry.getValue();
                        found = true;
                    }
                }
                if (!found) {
                    return allKeys(tokens, i) ? Place.NOT_FILED : Place.WRONG;
                }
                node = next;
            } else if (node instanceof List<?> list && token.matches("\\d+") && Integer.parseInt(token) < list.size()) {
                node = list.get(Integer.parseInt(token));
            } else {
                return Place.WRONG;
            }
        }
        return Place.FILED;
    }

    private static boolean allKeys(String[] tokens, int from) {
        for (int i = from; i < tokens.length; i++) {
            if (!SCHEMA_KEYS.contains(tokens[i]) && !Keys.YEAR_KEY.matcher(tokens[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The property names of the filing schema, without synonyms: what a filing's keys are called today. */
    private static Set<String> propertyNames() {
        Set<String> names = new TreeSet<>();
        collect(FilingSchema.get().root(), names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.path("properties").isObject()) {
            node.path("properties").fieldNames().forEachRemaining(names::add);
        }
        node.elements().forEachRemaining(child -> collect(child, names));
    }
}
