package io.jixiao.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.read.Pointers;
import io.jixiao.schema.FilingSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guards {@link Keys} against drifting from {@code filing.schema.json}: a key renamed, added or removed in the
 * schema must be followed in {@code Keys}, or code would keep reading and pointing at a key no filing has.
 */
class KeysMatchSchemaTest {

    private static final JsonNode SCHEMA = FilingSchema.get().root();

    @Test
    @DisplayName("Every key constant is a property of the schema object its group claims, and no property is missing")
    void everyGroupHoldsExactlyThePropertiesOfItsPlace() {
        List<String> problems = new ArrayList<>();
        for (Class<?> group : groups()) {
            String place = group.getAnnotation(Keys.At.class).value();
            JsonNode object = resolve(SCHEMA.at(place));
            if (object.isMissingNode() || !object.path("properties").isObject()) {
                problems.add(name(group) + " claims schema place \"" + place + "\", which has no properties");
                continue;
            }
            Map<String, String> constants = constants(group);
            Set<String> properties = fieldNames(object.path("properties"));
            constants.forEach((field, key) -> {
                if (!properties.contains(key)) {
                    problems.add(name(group) + "." + field + " = \"" + key + "\" is not a property at " + place
                            + " (the schema has " + properties + ")");
                }
            });
            Set<String> spelled = new LinkedHashSet<>(constants.values());
            if (spelled.size() != constants.size()) {
                problems.add(name(group) + " spells a key twice: " + constants);
            }
            for (String property : properties) {
                if (!spelled.contains(property)) {
                    problems.add("property \"" + property + "\" at " + place + " has no constant in " + name(group));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    @DisplayName("Every object of the schema that has properties is claimed by exactly one group of Keys")
    void everySchemaObjectHasAGroup() {
        Map<String, List<String>> claims = new LinkedHashMap<>();
        for (String place : placesWithProperties(SCHEMA, Pointers.ROOT, new ArrayList<>())) {
            claims.put(place, new ArrayList<>());
        }
        for (Class<?> group : groups()) {
            String place = group.getAnnotation(Keys.At.class).value();
            claims.computeIfAbsent(place, p -> new ArrayList<>()).add(name(group));
        }
        List<String> problems = new ArrayList<>();
        claims.forEach((place, groups) -> {
            if (groups.size() != 1) {
                problems.add("schema place \"" + place + "\" is claimed by " + groups);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    @DisplayName("Keys by year and by month end follow the patterns the schema allows for them")
    void patternKeysMatchTheSchema() {
        Set<String> patterns = new TreeSet<>();
        collectKeyPatterns(SCHEMA, patterns);
        assertEquals(new TreeSet<>(Set.of(Keys.YEAR_KEY.pattern(), Keys.MONTH_END_KEY.pattern())), patterns,
                "every pattern the schema puts on keys must be one Keys knows");
        assertTrue(Keys.YEAR_KEY.matcher(Keys.yearKey(2022)).matches());
        var month = Keys.MONTH_END_KEY.matcher("12月底");
        assertTrue(month.matches());
        assertEquals("12", month.group(1));
    }

    /** {@link Keys} itself (the top level) and each of its nested groups. */
    private static List<Class<?>> groups() {
        List<Class<?>> groups = new ArrayList<>();
        groups.add(Keys.class);
        for (Class<?> nested : Keys.class.getDeclaredClasses()) {
            if (!nested.isAnnotation()) {
                assertTrue(nested.isAnnotationPresent(Keys.At.class), name(nested) + " must say where it is (@At)");
                groups.add(nested);
            }
        }
        return groups;
    }

    /** The public static final String fields of a group, by field name. */
    private static Map<String, String> constants(Class<?> group) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field field : group.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == String.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && Modifier.isPublic(modifiers)) {
                try {
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return constants;
    }

    /** The schema object a {@code $ref} names, or the node itself. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isTextual() ? resolve(SCHEMA.at(ref.asText().substring(1))) : node;
    }

    private static List<String> placesWithProperties(JsonNode node, String at, List<String> places) {
        if (node.isObject()) {
            if (node.path("properties").isObject()) {
                places.add(at);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (at.equals(Pointers.ROOT) && e.getKey().equals("allOf")) {
                    continue; // conditions between top-level keys (地方表样 needs its 模板), not places of keys
                }
                placesWithProperties(e.getValue(), Pointers.child(at, e.getKey()), places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                placesWithProperties(node.get(i), Pointers.item(at, i), places);
            }
        }
        return places;
    }

    private static void collectKeyPatterns(JsonNode node, Set<String> patterns) {
        if (node.isObject()) {
            node.path("patternProperties").fieldNames().forEachRemaining(patterns::add);
            JsonNode names = node.path("propertyNames").path("pattern");
            if (names.isTextual()) {
                patterns.add(names.asText());
            }
            node.elements().forEachRemaining(child -> collectKeyPatterns(child, patterns));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectKeyPatterns(child, patterns));
        }
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String name(Class<?> group) {
        return group == Keys.class ? "Keys" : "Keys." + group.getSimpleName();
    }
}
