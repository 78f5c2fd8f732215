package io.jixiao.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import io.jixiao.finding.Diagnostic;
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

    /** Keywords whose failure only says a branch failed; the branch's own errors are reported instead. */
    private static final Set<String> CONDITIONALS = Set.of("if", "then", "else");
    private static final String PROPERTY_NAMES = "/propertyNames";

    private final FilingSchema filingSchema;
    private final Schema schema;

    public SchemaValidator(FilingSchema filingSchema) {
        this.filingSchema = filingSchema;
        // Plain 2020-12: the schema has no keyword of its own (the synonyms live in synonyms.yaml).
        Dialect dialect = Dialects.getDraft202012();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect);
        this.schema = registry.getSchema(SchemaLocation.of(filingSchema.root().path("$id").asText()),
                filingSchema.root());
    }

    public List<Finding> validate(Path file, JsonNode tree, SourcePositions positions) {
        List<Finding> findings = new ArrayList<>();
        Set<String> alternatives = new HashSet<>();
        for (Error error : schema.validate(tree)) {
            String schemaAt = schemaPointer(error.getSchemaLocation());
            if (CONDITIONALS.contains(String.valueOf(error.getKeyword()))) {
                continue; // "then"/"else" failed: the errors inside the branch that applies say why
            }
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
        if (instance.isTextual()) {
            Optional<String> plain = ValueSuggestions.matching(instance.asText(),
                    ValueSuggestions.patterns(filingSchema.root().at(schemaAt)));
            if (plain.isPresent()) {
                return Diagnostic.SCHEMA_FORMAT.finding(file, p.line(), p.column(), at, "format.suggest",
                        instance.asText(), HumanPath.of(at), describe(schemaAt), plain.get());
            }
        }
        List<String> types = typesOnly(filingSchema.root().at(schemaAt).path("anyOf"));
        if (!types.isEmpty()) {
            // "text or integer": a choice of types only, said the way a plain type error is.
            return Diagnostic.SCHEMA_TYPE.finding(file, p.line(), p.column(), at, "type", HumanPath.of(at),
                    String.join("/", types), typeName(instance));
        }
        return Diagnostic.SCHEMA_FORMAT.finding(file, p.line(), p.column(), at, "format",
                instance.isValueNode() ? instance.asText() : typeName(instance), HumanPath.of(at),
                describe(schemaAt));
    }

    /** The {type} names of an anyOf whose branches are each nothing but a type, else empty. */
    private static List<String> typesOnly(JsonNode branches) {
        List<String> types = new ArrayList<>();
        for (JsonNode branch : branches) {
            if (branch.size() != 1 || !branch.path("type").isTextual()) {
                return List.of();
            }
            types.add("{" + branch.get("type").asText() + "}");
        }
        return types;
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
                Optional<String> suggestion = DidYouMean.suggest(key, allowed, filingSchema.synonymsAt(parent))
                        .or(() -> patternKey(key, filingSchema.root().at(parent).path("patternProperties")));
                if (suggestion.isPresent()) {
                    return Diagnostic.SCHEMA_UNKNOWN_KEY.finding(file, p.line(), p.column(), child,
                            "unknownKey.suggest", key, readable(suggestion.get()), where);
                }
                return Diagnostic.SCHEMA_UNKNOWN_KEY.finding(file, p.line(), p.column(), child, "unknownKey",
                        key, where, join(allowed.keySet()));
            }
            case "required" -> {
                Position p = positions.value(at);
                return Diagnostic.SCHEMA_REQUIRED.finding(file, p.line(), p.column(), at, "required",
                        error.getProperty(), where);
            }
            case "propertyNames", "pattern" -> {
                if (schemaAt.contains(PROPERTY_NAMES)) {
                    String key = error.getProperty() != null ? error.getProperty() : lastToken(at);
                    String child = key == null ? at : Pointers.child(at, key);
                    Position p = positions.key(child);
                    String names = schemaAt.substring(0, schemaAt.indexOf(PROPERTY_NAMES) + PROPERTY_NAMES.length());
                    Optional<String> plain = key == null ? Optional.empty() : ValueSuggestions.matching(key,
                            ValueSuggestions.patterns(filingSchema.root().at(names)));
                    if (plain.isPresent()) {
                        return Diagnostic.SCHEMA_KEY_FORMAT.finding(file, p.line(), p.column(), child,
                                "keyFormat.suggest", key, where, describe(schemaAt), plain.get());
                    }
                    return Diagnostic.SCHEMA_KEY_FORMAT.finding(file, p.line(), p.column(), child, "keyFormat",
                            key, where, describe(schemaAt));
                }
                Position p = positions.value(at);
                Optional<String> plain = instance.isTextual() ? ValueSuggestions.matching(instance.asText(),
                        ValueSuggestions.patterns(filingSchema.root().at(parentOf(schemaAt)))) : Optional.empty();
                if (plain.isPresent()) {
                    return Diagnostic.SCHEMA_FORMAT.finding(file, p.line(), p.column(), at, "format.suggest",
                            instance.asText(), where, describe(schemaAt), plain.get());
                }
                return Diagnostic.SCHEMA_FORMAT.finding(file, p.line(), p.column(), at, "format",
                        instance.asText(), where, describe(schemaAt));
            }
            default -> {
                Position p = positions.value(at);
                Optional<String> integer = keyword.equals("type") && instance.isTextual()
                        && typeNames(error.getSchemaNode()).contains("{integer}")
                        ? ValueSuggestions.integer(instance.asText(), filingSchema.root().at(parentOf(schemaAt)))
                        : Optional.empty();
                if (integer.isPresent()) {
                    return Diagnostic.SCHEMA_TYPE.finding(file, p.line(), p.column(), at, "type.suggest", where,
                            typeNames(error.getSchemaNode()), typeName(instance), instance.asText(), integer.get());
                }
                return switch (keyword) {
                    case "type" -> Diagnostic.SCHEMA_TYPE.finding(file, p.line(), p.column(), at, "type",
                            where, typeNames(error.getSchemaNode()), typeName(instance));
                    case "enum" -> enumValue(file, p, at, where, instance.asText(), error.getSchemaNode());
                    case "const" -> Diagnostic.SCHEMA_CONST.finding(file, p.line(), p.column(), at, "const",
                            where, error.getSchemaNode().asText(), instance.asText());
                    case "minLength" -> Diagnostic.SCHEMA_EMPTY.finding(file, p.line(), p.column(), at, "empty",
                            where);
                    case "maxLength" -> Diagnostic.SCHEMA_TOO_LONG.finding(file, p.line(), p.column(), at, "tooLong",
                            where, error.getSchemaNode().asText());
                    case "minimum", "maximum" -> Diagnostic.SCHEMA_RANGE.finding(file, p.line(), p.column(), at,
                            "range", where, instance.asText(), describe(schemaAt));
                    default -> Diagnostic.SCHEMA_OTHER.finding(file, p.line(), p.column(), at, "other", where,
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

    /** A suggested path of keys ({@code 中期/目标}) as people read it: {@code 中期 › 目标}. */
    private static String readable(String target) {
        return String.join(" › ", target.split(FilingSchema.TARGET_SEPARATOR));
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

    /**
     * A value outside its list, with the allowed value it is a typo of where there is one: 万 for 万元, a local form's
     * id misspelt. The list alone makes the clerk compare a dozen ids letter by letter.
     */
    private static Finding enumValue(Path file, Position p, String at, String where, String value, JsonNode allowed) {
        Optional<String> meant = typoOf(value, allowed);
        if (meant.isPresent()) {
            return Diagnostic.SCHEMA_ENUM.finding(file, p.line(), p.column(), at, "enum.suggest", value, where,
                    join(allowed), meant.get());
        }
        return Diagnostic.SCHEMA_ENUM.finding(file, p.line(), p.column(), at, "enum", value, where, join(allowed));
    }

    /**
     * The one allowed value closest to the written one, when it is a typo's distance away and no other is as close.
     * Ties give nothing: 千元 is one edit from both 元 and 万元, and guessing a money unit would scale every amount.
     */
    private static Optional<String> typoOf(String value, JsonNode allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (JsonNode node : allowed) {
            String candidate = node.asText();
            if (candidate.equals(value.strip())) {
                return Optional.of(candidate);
            }
            int d = DidYouMean.distance(value, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        int tolerance = best == null ? 0 : Math.max(1, Math.min(value.length(), best.length()) / 3);
        return best != null && !tie && bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
    }

    /** The first 16 values, then "…": the message shows them with the language's list separator. */
    private static List<String> join(Iterable<?> values) {
        List<String> items = new ArrayList<>();
        for (Object v : values) {
            if (items.size() == 16) {
                items.add("…");
                break;
            }
            items.add(v instanceof JsonNode j ? j.asText() : String.valueOf(v));
        }
        return items;
    }

    private static List<String> join(JsonNode array) {
        List<Object> values = new ArrayList<>();
        array.forEach(values::add);
        return join(values);
    }

    /** A plain form of the key that one of the object's key patterns accepts: {@code 2022} for {@code 二〇二二年}. */
    private static Optional<String> patternKey(String key, JsonNode patternProperties) {
        List<java.util.regex.Pattern> patterns = new ArrayList<>();
        patternProperties.fieldNames().forEachRemaining(p -> patterns.add(java.util.regex.Pattern.compile(p)));
        return patterns.isEmpty() ? Optional.empty() : ValueSuggestions.matching(key, patterns);
    }

    /** The schema object a keyword belongs to: {@code /properties/年度} for {@code /properties/年度/type}. */
    private static String parentOf(String schemaPointer) {
        int slash = schemaPointer.lastIndexOf('/');
        return slash <= 0 ? "" : schemaPointer.substring(0, slash);
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
