package io.jixiao.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filing JSON Schema from {@code format-spec}, loaded once from the classpath, plus what the parser reads from
 * it besides validation: the keys allowed in each object and the synonyms other provinces' templates use for them
 * ({@code x-synonyms}), so that "did you mean" answers come from the same single source of truth as validation.
 */
public final class FilingSchema {

    public static final String RESOURCE = "/io/jixiao/spec/filing.schema.json";

    private static final FilingSchema INSTANCE = load();

    private final JsonNode root;
    private final Set<String> allKeys;

    private FilingSchema(JsonNode root) {
        this.root = root;
        Set<String> keys = new LinkedHashSet<>();
        collectKeys(root, keys);
        this.allKeys = Set.copyOf(keys);
    }

    public static FilingSchema get() {
        return INSTANCE;
    }

    private static FilingSchema load() {
        try (InputStream in = FilingSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the classpath: " + RESOURCE);
            }
            return new FilingSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Every property name and synonym anywhere in the schema. */
    public Set<String> allKeys() {
        return allKeys;
    }

    /**
     * The properties allowed by the schema object at a JSON pointer into the schema (e.g. {@code /$defs/indicator}),
     * each with its synonyms, in schema order.
     */
    public Map<String, List<String>> propertiesAt(String schemaPointer) {
        JsonNode properties = root.at(schemaPointer).path("properties");
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            List<String> synonyms = new java.util.ArrayList<>();
            property.getValue().path("x-synonyms").forEach(s -> synonyms.add(s.asText()));
            result.put(property.getKey(), List.copyOf(synonyms));
        }
        return result;
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(keys::add);
                properties.forEach(p -> p.path("x-synonyms").forEach(s -> keys.add(s.asText())));
            }
            node.forEach(child -> collectKeys(child, keys));
        } else if (node.isArray()) {
            node.forEach(child -> collectKeys(child, keys));
        }
    }
}
