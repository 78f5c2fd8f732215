package io.jixiao.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.schema.FilingSchema;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A filing with every key of {@code filing.schema.json} filled, made by walking the schema rather than from a list
 * of keys, so a key added to the schema is filled without anyone adding it here. Objects get all their properties,
 * lists two items, maps a key of their own (one matching the schema's key pattern where it has one: a year, a month
 * end), and each scalar a value no other scalar contains: {@code K0042Q} for text, {@code 30042.25} for a number.
 *
 * <p>Where the schema lets a key be one thing or another ({@code if}/{@code then}/{@code else}: a 项目属性 written as
 * text or as tick boxes, a 项目实施期 as one span or as start and end, 基本支出 as an amount or split by source;
 * {@code anyOf}: a goal as one text or a list), {@link Variant#OBJECTS} takes the object or list form and
 * {@link Variant#SCALARS} the other, so the two filings together fill every shape.
 *
 * <p>The file's identity and format keys take valid values ({@code 格式版本: 2}, the template under test, the first
 * profile, 万元); they choose how the file is read and printed and are not content to look for.
 */
final class EveryKeyFiling {

    /** Which side of each either-or the filing takes. */
    enum Variant { OBJECTS, SCALARS }

    /** Keys whose values choose how the filing is read and printed rather than being content. */
    static final Set<String> FORMAT_KEYS = Set.of("格式版本", "模板", "地方表样", "指标体系");

    /** Candidate keys for maps whose keys must match a pattern: a year, a month end. */
    private static final List<String> PATTERN_KEY_CANDIDATES = List.of("2021", "2022", "3月底", "6月底", "9月底");

    private final JsonNode schema;
    private final Variant variant;
    private final String template;
    private final String formVariant;
    private final Set<String> scalars = new LinkedHashSet<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private int counter;

    private EveryKeyFiling(JsonNode schema, Variant variant, String template, String formVariant) {
        this.schema = schema;
        this.variant = variant;
        this.template = template;
        this.formVariant = formVariant;
    }

    /**
     * The filing's YAML, every scalar it holds that a reader should find in the outputs, and which of those are map
     * keys (a year, a month end, a 一级指标 name under 指标分值) rather than values.
     */
    record Generated(String yaml, Set<String> scalars, Set<String> keys) {
    }

    static Generated generate(Variant variant, String template) {
        return generate(variant, template, null);
    }

    /** The same, printed on the template's local form {@code formVariant} (地方表样), or its own form when null. */
    static Generated generate(Variant variant, String template, String formVariant) {
        EveryKeyFiling generator = new EveryKeyFiling(loadSchema(), variant, template, formVariant);
        Object root = generator.value(generator.schema, "");
        Dump dump = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(4000).build());
        return new Generated(dump.dumpToString(root), Set.copyOf(generator.scalars), Set.copyOf(generator.keys));
    }

    private static JsonNode loadSchema() {
        try (InputStream in = FilingSchema.class.getResourceAsStream(FilingSchema.RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = schema.at(ref.substring(1));
        }
        return node;
    }

    /** A value for the schema node; {@code key} is the property it is for ("" at the root). */
    private Object value(JsonNode node, String key) {
        node = resolve(node);
        if (node.has("if")) {
            return value(variant == Variant.OBJECTS ? node.get("then") : node.get("else"), key);
        }
        if (node.has("enum")) {
            return enumValue(node.get("enum"), key);
        }
        if (node.has("anyOf")) {
            return value(branch(node.get("anyOf")), key);
        }
        String type = node.path("type").asText("");
        if (type.equals("object") || node.has("properties")) {
            return object(node);
        }
        if (type.equals("array")) {
            List<Object> items = new ArrayList<>();
            items.add(value(node.get("items"), key));
            items.add(value(node.get("items"), key));
            return items;
        }
        if (type.equals("integer")) {
            return node.has("minimum") ? 2024 : number(false);
        }
        if (type.equals("number")) {
            return number(true);
        }
        return text();
    }

    private Object enumValue(JsonNode values, String key) {
        if (key.equals("模板")) {
            return template;
        }
        Object first = values.get(0).isInt() ? values.get(values.size() - 1).asInt() : values.get(0).asText();
        if (key.equals("金额单位")) {
            scalars.add(String.valueOf(first));
        }
        return first;
    }

    /**
     * The branch of an either-or: a list in the {@link Variant#OBJECTS} filing (a goal list), otherwise the plain
     * text branch, otherwise the first number branch.
     */
    private JsonNode branch(JsonNode anyOf) {
        List<JsonNode> branches = new ArrayList<>();
        anyOf.forEach(b -> branches.add(resolve(b)));
        for (JsonNode b : branches) {
            if (b.path("type").asText().equals("array")) {
                if (variant == Variant.OBJECTS) {
                    return b;
                }
            }
        }
        for (JsonNode b : branches) {
            if (b.path("type").asText().equals("string") && !b.has("pattern")) {
                return b;
            }
        }
        for (JsonNode b : branches) {
            if (b.path("type").asText().equals("number") || b.path("type").asText().equals("integer")) {
                return b;
            }
        }
        return branches.get(0);
    }

    private Map<String, Object> object(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        JsonNode properties = node.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (property.getKey().equals("地方表样")) {
                if (formVariant != null) {
                    map.put(property.getKey(), formVariant);
                }
                continue;
            }
            map.put(property.getKey(), value(property.getValue(), property.getKey()));
        }
        JsonNode patterns = node.path("patternProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = patterns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> pattern = it.next();
            for (String k : keysMatching(pattern.getKey())) {
                map.put(k, value(pattern.getValue(), k));
            }
        }
        JsonNode additional = node.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            List<String> mapKeys = node.has("propertyNames")
                    ? keysMatching(resolve(node.get("propertyNames")).path("pattern").asText())
                    : List.of(text());
            this.keys.addAll(mapKeys);
            for (String k : mapKeys) {
                map.put(k, value(additional, k));
            }
        }
        return map;
    }

    /** Two of the candidate keys that match the pattern (a year, a month end). */
    private List<String> keysMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        List<String> keys = PATTERN_KEY_CANDIDATES.stream().filter(k -> pattern.matcher(k).find()).limit(2).toList();
        if (keys.isEmpty()) {
            throw new IllegalStateException("no candidate key matches " + regex + ": add one");
        }
        scalars.addAll(keys);
        this.keys.addAll(keys);
        return keys;
    }

    private String text() {
        String text = String.format("K%04dQ", ++counter);
        scalars.add(text);
        return text;
    }

    private Object number(boolean decimals) {
        int n = ++counter;
        if (!decimals) {
            scalars.add(String.valueOf(30000 + n));
            return 30000 + n;
        }
        String written = (30000 + n) + ".25";
        scalars.add(written);
        return Double.valueOf(written);
    }
}
