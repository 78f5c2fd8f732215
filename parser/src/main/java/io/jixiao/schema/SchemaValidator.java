package io.jixiao.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.NodePath;
import io.jixiao.finding.Finding;
import io.jixiao.read.Pointers;
import io.jixiao.read.SourcePositions;
import io.jixiao.read.SourcePositions.Position;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Validates a filing's JSON tree against the schema and turns each schema error into a finding that points at the
 * line of the offending key or value, with a message a finance clerk can act on (what is wrong, what to write).
 */
public final class SchemaValidator {

    private final FilingSchema filingSchema;
    private final Schema schema;

    public SchemaValidator(FilingSchema filingSchema) {
        this.filingSchema = filingSchema;
        // x-synonyms is our annotation (did-you-mean data); declared so the validator does not warn about it.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(new AnnotationKeyword("x-synonyms")).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect);
        this.schema = registry.getSchema(SchemaLocation.of(filingSchema.root().path("$id").asText()),
                filingSchema.root());
    }

    public List<Finding> validate(Path file, JsonNode tree, SourcePositions positions) {
        List<Finding> findings = new ArrayList<>();
        Set<String> alternatives = new HashSet<>();
        for (Error error : schema.validate(tree)) {
            String schemaAt = schemaPointer(error.getSchemaLocation());
            int anyOf = Math.max(schemaAt.lastIndexOf("/anyOf"), schemaAt.lastIndexOf("/oneOf"));
            if (anyOf >= 0) {
                // Each branch of "a number, or a text like 12万元" fails on its own; one finding says what is expected.
                String at = pointer(error.getInstanceLocation());
                if (alternatives.add(at + "#" + schemaAt.substring(0, anyOf))) {
                    findings.add(alternativeFinding(file, at, schemaAt.substring(0, anyOf), tree, positions));
                }
                continue;
            }
            findings.add(toFinding(file, error, tree, positions));
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::ruleId));
        return dedupe(findings);
    }

    private Finding alternativeFinding(Path file, String at, String schemaAt, JsonNode tree,
                                       SourcePositions positions) {
        JsonNode instance = tree.at(at);
        Position p = positions.value(at);
        return Finding.error(file, p.line(), p.column(), at, "SCHEMA-FORMAT", "schema.format",
                instance.isValueNode() ? instance.asText() : typeName(instance), HumanPath.of(at),
                describe(schemaAt));
    }

    private static List<Finding> dedupe(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<Finding> unique = new ArrayList<>();
        for (Finding f : findings) {
            if (seen.add(f.line() + ":" + f.column() + ":" + f.ruleId() + ":" + f.arguments())) {
                unique.add(f);
            }
        }
        return unique;
    }

    private Finding toFinding(Path file, Error error, JsonNode tree, SourcePositions positions) {
        String at = pointer(error.getInstanceLocation());
        String schemaAt = schemaPointer(error.getSchemaLocation());
        String keyword = String.valueOf(error.getKeyword());
        JsonNode instance = tree.at(at);
        String where = HumanPath.of(at);
        switch (keyword) {
            case "additionalProperties" -> {
                String key = error.getProperty();
                String child = Pointers.child(at, key);
                Position p = positions.key(child);
                String parent = schemaAt.substring(0, Math.max(0, schemaAt.lastIndexOf('/')));
                Map<String, List<String>> allowed = filingSchema.propertiesAt(parent);
                Optional<String> suggestion = DidYouMean.suggest(key, allowed);
                if (suggestion.isPresent()) {
                    return Finding.error(file, p.line(), p.column(), child, "SCHEMA-UNKNOWN-KEY",
                            "schema.unknownKey.suggest", key, suggestion.get(), where);
                }
                return Finding.error(file, p.line(), p.column(), child, "SCHEMA-UNKNOWN-KEY", "schema.unknownKey",
                        key, where, join(allowed.keySet()));
            }
            case "required" -> {
                Position p = positions.value(at);
                return Finding.error(file, p.line(), p.column(), at, "SCHEMA-REQUIRED", "schema.required",
                        error.getProperty(), where);
            }
            case "propertyNames", "pattern" -> {
                if (schemaAt.contains("/propertyNames")) {
                    String key = error.getProperty() != null ? error.getProperty() : lastToken(at);
                    String child = key == null ? at : Pointers.child(at, key);
                    Position p = positions.key(child);
                    return Finding.error(file, p.line(), p.column(), child, "SCHEMA-KEY-FORMAT", "schema.keyFormat",
                            key, where, describe(schemaAt));
                }
                Position p = positions.value(at);
                return Finding.error(file, p.line(), p.column(), at, "SCHEMA-FORMAT", "schema.format",
                        instance.asText(), where, describe(schemaAt));
            }
            default -> {
                Position p = positions.value(at);
                return switch (keyword) {
                    case "type" -> Finding.error(file, p.line(), p.column(), at, "SCHEMA-TYPE", "schema.type",
                            where, typeNames(error.getSchemaNode()), typeName(instance));
                    case "enum" -> Finding.error(file, p.line(), p.column(), at, "SCHEMA-ENUM", "schema.enum",
                            instance.asText(), where, join(error.getSchemaNode()));
                    case "const" -> Finding.error(file, p.line(), p.column(), at, "SCHEMA-CONST", "schema.const",
                            where, error.getSchemaNode().asText(), instance.asText());
                    case "minLength" -> Finding.error(file, p.line(), p.column(), at, "SCHEMA-EMPTY", "schema.empty",
                            where);
                    case "maxLength" -> Finding.error(file, p.line(), p.column(), at, "SCHEMA-TOO-LONG",
                            "schema.tooLong", where, error.getSchemaNode().asText());
                    case "minimum", "maximum" -> Finding.error(file, p.line(), p.column(), at, "SCHEMA-RANGE",
                            "schema.range", where, instance.asText(), describe(schemaAt));
                    default -> Finding.error(file, p.line(), p.column(), at, "SCHEMA-OTHER", "schema.other", where,
                            error.getMessage());
                };
            }
        }
    }

    /** The description of the nearest schema node that has one, so messages explain what is expected. */
    private String describe(String schemaPointer) {
        String p = schemaPointer;
        while (!p.isEmpty()) {
            JsonNode node = filingSchema.root().at(p);
            if (node.has("description") && !node.has("properties")) {
                return node.get("description").asText();
            }
            if (node.has("$ref")) {
                JsonNode target = filingSchema.root().at(node.get("$ref").asText().substring(1));
                if (target.has("description")) {
                    return target.get("description").asText();
                }
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return "";
    }

    private static String typeNames(JsonNode typeKeyword) {
        if (typeKeyword == null) {
            return "";
        }
        StringJoiner joiner = new StringJoiner("/");
        if (typeKeyword.isArray()) {
            typeKeyword.forEach(t -> joiner.add("{" + t.asText() + "}"));
        } else {
            joiner.add("{" + typeKeyword.asText() + "}");
        }
        return joiner.toString();
    }

    private static String typeName(JsonNode node) {
        if (node.isObject()) {
            return "{object}";
        }
        if (node.isArray()) {
            return "{array}";
        }
        if (node.isIntegralNumber()) {
            return "{integer}";
        }
        if (node.isNumber()) {
            return "{number}";
        }
        if (node.isBoolean()) {
            return "{boolean}";
        }
        if (node.isNull()) {
            return "{null}";
        }
        return "{string}";
    }

    private static String join(Iterable<?> values) {
        StringJoiner joiner = new StringJoiner("、");
        int n = 0;
        for (Object v : values) {
            if (n++ == 16) {
                joiner.add("…");
                break;
            }
            joiner.add(v instanceof JsonNode j ? j.asText() : String.valueOf(v));
        }
        return joiner.toString();
    }

    private static String join(JsonNode array) {
        List<Object> values = new ArrayList<>();
        array.forEach(values::add);
        return join(values);
    }

    private static String lastToken(String pointer) {
        return pointer.isEmpty() ? null : pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    static String pointer(NodePath path) {
        String pointer = Pointers.ROOT;
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer = Pointers.child(pointer, String.valueOf(path.getElement(i)));
        }
        return pointer;
    }

    private static String schemaPointer(SchemaLocation location) {
        return location == null || location.getFragment() == null ? "" : pointer(location.getFragment());
    }
}
