package io.jixiao.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filing JSON Schema from {@code format-spec}, loaded once from the classpath, plus what the parser reads
 * besides validation: the keys allowed in each object, and the names other provinces' forms use for them
 * ({@code format-spec/synonyms.yaml}), so that "did you mean" answers from the same source of truth as validation.
 *
 * <p>The synonyms live in a data file of their own rather than in a custom schema keyword: the schema stays plain
 * JSON Schema 2020-12, which ajv accepts in strict mode and editors read without warnings.
 */
public final class FilingSchema {

    public static final String RESOURCE = "/io/jixiao/spec/filing.schema.json";
    public static final String SYNONYMS = "/io/jixiao/spec/synonyms.yaml";

    /** Separates the keys of a synonym's target one or more levels down ({@code 中期/目标}). */
    public static final String TARGET_SEPARATOR = "/";

    private static final FilingSchema INSTANCE = load();

    private final JsonNode root;
    private final Map<String, Map<String, String>> synonyms;
    private final Set<String> allKeys;

    private FilingSchema(JsonNode root, Map<String, Map<String, String>> synonyms) {
        this.root = root;
        this.synonyms = synonyms;
        Set<String> keys = new LinkedHashSet<>();
        collectKeys(root, keys);
        synonyms.values().forEach(group -> keys.addAll(group.keySet()));
        this.allKeys = Set.copyOf(keys);
    }

    public static FilingSchema get() {
        return INSTANCE;
    }

    private static FilingSchema load() {
        try (InputStream in = FilingSchema.class.getResourceAsStream(RESOURCE);
             InputStream syn = FilingSchema.class.getResourceAsStream(SYNONYMS)) {
            if (in == null || syn == null) {
                throw new IllegalStateException("schema resources missing from the classpath: " + RESOURCE + ", "
                        + SYNONYMS);
            }
            return new FilingSchema(new ObjectMapper().readTree(in), synonyms(syn));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, Map<String, String>> synonyms(InputStream in) {
        Object data = new Load(LoadSettings.builder().setLabel(SYNONYMS).build()).loadFromInputStream(in);
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        if (data instanceof Map<?, ?> map) {
            map.forEach((place, group) -> {
                Map<String, String> entries = new LinkedHashMap<>();
                if (group instanceof Map<?, ?> g) {
                    g.forEach((synonym, target) -> entries.put(String.valueOf(synonym), String.valueOf(target)));
                }
                groups.put(String.valueOf(place), Collections.unmodifiableMap(entries));
            });
        }
        return Collections.unmodifiableMap(groups);
    }

    public JsonNode root() {
        return root;
    }

    /** Every property name and synonym anywhere in the schema. */
    public Set<String> allKeys() {
        return allKeys;
    }

    /**
     * The schema object a pointer names, following {@code $ref}: the place whose {@code properties} apply there
     * ({@code /properties/填报信息} is {@code /$defs/submission}).
     */
    public String resolve(String schemaPointer) {
        String pointer = schemaPointer;
        for (int hops = 0; hops < 16; hops++) {
            JsonNode ref = root.at(pointer).path("$ref");
            if (!ref.isTextual() || !ref.asText().startsWith("#")) {
                return pointer;
            }
            pointer = ref.asText().substring(1);
        }
        return pointer;
    }

    /**
     * The properties allowed by the schema object at a JSON pointer into the schema (e.g. {@code /$defs/indicator}),
     * each with the other names that mean it, in schema order. Names that point one or more levels down are in
     * {@link #synonymsAt} only.
     */
    public Map<String, List<String>> propertiesAt(String schemaPointer) {
        String place = resolve(schemaPointer);
        JsonNode properties = root.at(place).path("properties");
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            result.put(it.next(), new java.util.ArrayList<>());
        }
        synonymsAt(place).forEach((synonym, target) -> {
            List<String> list = result.get(target);
            if (list != null) {
                list.add(synonym);
            }
        });
        result.replaceAll((key, list) -> List.copyOf(list));
        return result;
    }

    /**
     * Other forms' names for the keys of the schema object at a pointer → the key meant, or a path of keys
     * ({@code 中期目标} → {@code 中期/目标}) when the name means a key further down.
     */
    public Map<String, String> synonymsAt(String schemaPointer) {
        return synonyms.getOrDefault(resolve(schemaPointer), Map.of());
    }

    /** The synonym groups by schema place, as {@code synonyms.yaml} lists them. */
    public Map<String, Map<String, String>> synonyms() {
        return synonyms;
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(keys::add);
            }
            node.forEach(child -> collectKeys(child, keys));
        } else if (node.isArray()) {
            node.forEach(child -> collectKeys(child, keys));
        }
    }
}
