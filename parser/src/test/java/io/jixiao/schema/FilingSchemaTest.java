package io.jixiao.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.model.Template;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The filing schema")
class FilingSchemaTest {

    private final JsonNode root = FilingSchema.get().root();

    @Test
    @DisplayName("gives every property a Chinese title and description, so editors show help on hover")
    void everyPropertyHasChineseHelp() {
        List<String> missing = new ArrayList<>();
        check(root, "", missing);
        assertEquals(List.of(), missing);
    }

    @Test
    @DisplayName("names the same taxonomy profiles as the packaged profile files, old ids as their aliases")
    void profilesAgree() {
        List<String> inSchema = new ArrayList<>();
        root.at("/properties/指标体系/enum").forEach(n -> inSchema.add(n.asText()));
        assertEquals(TaxonomyProfile.IDS, inSchema);
        for (String form : TaxonomyProfile.FORMS) {
            assertNotNull(FilingSchemaTest.class.getResource("/io/jixiao/spec/profiles/" + form + ".yaml"), form);
            TaxonomyProfile.declaredAliases(form).forEach(alias ->
                    assertEquals(form, TaxonomyProfile.ALIASES.get(alias), alias + " declared by " + form));
        }
        TaxonomyProfile.ALIASES.forEach((alias, form) ->
                assertTrue(TaxonomyProfile.declaredAliases(form).contains(alias), form + " declares " + alias));
    }

    @Test
    @DisplayName("names the same layout templates as the model")
    void templatesAgree() {
        List<String> inSchema = new ArrayList<>();
        root.at("/properties/模板/enum").forEach(n -> inSchema.add(n.asText()));
        assertEquals(Arrays.stream(Template.values()).map(Template::id).toList(), inSchema);
    }

    private void check(JsonNode node, String path, List<String> missing) {
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            properties.fields().forEachRemaining(p -> {
                JsonNode help = withRef(p.getValue());
                if (!hasChinese(help, "title") || !hasChinese(help, "description")) {
                    missing.add(path + "/" + p.getKey());
                }
            });
        }
        // The top-level allOf holds conditions between keys (地方表样 needs its 模板), whose help is the keys' own.
        node.fields().forEachRemaining(e -> {
            if (!(path.isEmpty() && e.getKey().equals("allOf"))) {
                check(e.getValue(), path + "/" + e.getKey(), missing);
            }
        });
        if (node.isArray()) {
            node.forEach(child -> check(child, path + "[]", missing));
        }
    }

    /** A property's own keywords, falling back to those of the definition it references. */
    private JsonNode withRef(JsonNode property) {
        if (property.has("title") && property.has("description") || !property.has("$ref")) {
            return property;
        }
        JsonNode target = root.at(property.get("$ref").asText().substring(1));
        com.fasterxml.jackson.databind.node.ObjectNode merged = target.deepCopy();
        property.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        return merged;
    }

    private static boolean hasChinese(JsonNode node, String keyword) {
        return node.has(keyword) && node.get(keyword).asText().codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
