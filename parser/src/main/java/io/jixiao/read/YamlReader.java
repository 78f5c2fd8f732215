package io.jixiao.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.read.SourcePositions.Position;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads YAML 1.2 text into a node tree with source positions and its JSON equivalent for schema validation.
 *
 * <p>Two passes. The first walks the event stream, which snakeyaml-engine produces without recursion, and enforces
 * what a filing may not contain: a second document, anchors and aliases (they hide values from a Git diff and are
 * the vehicle of "billion laughs" bombs), tags other than YAML's own, nesting deeper than {@link Limits#maxDepth()},
 * and over-long values. Only a document that passes is composed into nodes, so composing can neither recurse
 * without bound nor expand aliases. Duplicate keys are found while converting nodes, so every duplicate is
 * reported, not just the first.
 */
public final class YamlReader {

    /** The outcome of reading: a tree and positions, or findings that explain why there is none. */
    public record Result(Node root, JsonNode json, SourcePositions positions, List<Finding> findings) {
        public boolean hasTree() {
            return json != null;
        }
    }

    private static final Set<String> STANDARD_TAGS = Set.of(
            Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(), Tag.BOOL.getValue(),
            Tag.NULL.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue());
    /** Anchors and aliases reported per file; a bomb has thousands and one finding per kind says it all. */
    private static final int MAX_ALIAS_FINDINGS = 10;

    private final Limits limits;
    private final JsonNodeFactory json = JsonNodeFactory.withExactBigDecimals(true);

    public YamlReader(Limits limits) {
        this.limits = limits;
    }

    public Result read(Path file, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // we report duplicates ourselves, all of them, with both lines
                .setMaxAliasesForCollections(0)
                .setCodePointLimit(Integer.MAX_VALUE) // file size is bounded before reading
                .setUseMarks(true)
                .build();
        List<Finding> findings = new ArrayList<>();
        if (!scanEvents(file, text, settings, findings)) {
            return new Result(null, null, null, findings);
        }
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (YamlEngineException e) {
            findings.add(syntaxFinding(file, e));
            return new Result(null, null, null, findings);
        }
        if (root.isEmpty() || isNull(root.get())) {
            findings.add(Diagnostic.FILE_EMPTY.finding(file, 0, 0, "", "empty"));
            return new Result(null, null, null, findings);
        }
        Node node = root.get();
        if (!(node instanceof MappingNode)) {
            Position at = position(node);
            findings.add(Diagnostic.YAML_ROOT_NOT_MAPPING.finding(file, at.line(), at.column(), "",
                    node instanceof SequenceNode ? "rootIsList" : "rootIsScalar"));
            return new Result(null, null, null, findings);
        }
        SourcePositions positions = new SourcePositions();
        JsonNode tree = convert(file, node, "", positions, findings);
        return new Result(node, tree, positions, findings);
    }

    /** @return true when the document may be composed */
    private boolean scanEvents(Path file, String text, LoadSettings settings, List<Finding> findings) {
        int depth = 0;
        int documents = 0;
        int aliases = 0;
        boolean ok = true;
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                if (event instanceof DocumentStartEvent) {
                    documents++;
                    if (documents > 1) {
                        Position at = position(event.getStartMark());
                        findings.add(Diagnostic.YAML_MULTIPLE_DOCUMENTS.finding(file, at.line(), at.column(), "",
                                "multipleDocuments"));
                        return false;
                    }
                }
                if (event instanceof NodeEvent nodeEvent && nodeEvent.getAnchor().isPresent()
                        && !(event instanceof AliasEvent)) {
                    aliases++;
                    if (aliases <= MAX_ALIAS_FINDINGS) {
                        Position at = position(event.getStartMark());
                        findings.add(Diagnostic.YAML_ALIAS.finding(file, at.line(), at.column(), "", "anchor",
                                nodeEvent.getAnchor().get().getValue()));
                    }
                    ok = false;
                }
                if (event instanceof AliasEvent alias) {
                    aliases++;
                    if (aliases <= MAX_ALIAS_FINDINGS) {
                        Position at = position(event.getStartMark());
                        findings.add(Diagnostic.YAML_ALIAS.finding(file, at.line(), at.column(), "", "alias",
                                alias.getAlias().getValue()));
                    }
                    ok = false;
                }
                Optional<String> tag = tagOf(event);
                if (tag.isPresent() && !STANDARD_TAGS.contains(tag.get())) {
                    Position at = position(event.getStartMark());
                    findings.add(Diagnostic.YAML_TAG.finding(file, at.line(), at.column(), "", "tag",
                            asWritten(tag.get())));
                    ok = false;
                }
                if (event instanceof CollectionStartEvent) {
                    depth++;
                    if (depth > limits.maxDepth()) {
                        Position at = position(event.getStartMark());
                        findings.add(Diagnostic.YAML_TOO_DEEP.finding(file, at.line(), at.column(), "", "tooDeep",
                                limits.maxDepth()));
                        return false;
                    }
                } else if (event.getEventId() == Event.ID.MappingEnd || event.getEventId() == Event.ID.SequenceEnd) {
                    depth--;
                }
                if (event instanceof ScalarEvent scalar
                        && scalar.getValue().length() > limits.maxScalarChars()
                        && scalar.getValue().codePointCount(0, scalar.getValue().length()) > limits.maxScalarChars()) {
                    Position at = position(event.getStartMark());
                    findings.add(Diagnostic.YAML_VALUE_TOO_LONG.finding(file, at.line(), at.column(), "",
                            "valueTooLong", limits.maxScalarChars()));
                    ok = false;
                }
            }
        } catch (YamlEngineException e) {
            findings.add(syntaxFinding(file, e));
            return false;
        }
        if (documents == 0) {
            findings.add(Diagnostic.FILE_EMPTY.finding(file, 0, 0, "", "empty"));
            return false;
        }
        return ok;
    }

    /** Shows a resolved tag the way it was typed: {@code tag:yaml.org,2002:x} was written {@code !!x}. */
    private static String asWritten(String tag) {
        String core = "tag:yaml.org,2002:";
        return tag.startsWith(core) ? "!!" + tag.substring(core.length()) : tag;
    }

    private static Optional<String> tagOf(Event event) {
        if (event instanceof ScalarEvent s) {
            return s.getTag();
        }
        if (event instanceof MappingStartEvent m) {
            return m.getTag();
        }
        if (event instanceof SequenceStartEvent s) {
            return s.getTag();
        }
        return Optional.empty();
    }

    private JsonNode convert(Path file, Node node, String pointer, SourcePositions positions,
                             List<Finding> findings) {
        positions.putValue(pointer, position(node));
        if (node instanceof MappingNode mapping) {
            ObjectNode object = json.objectNode();
            Map<String, Position> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Position keyAt = position(tuple.getKeyNode());
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    findings.add(Diagnostic.YAML_COMPLEX_KEY.finding(file, keyAt.line(), keyAt.column(), pointer,
                            "complexKey"));
                    continue;
                }
                String key = keyNode.getValue();
                String child = Pointers.child(pointer, key);
                Position first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    findings.add(Diagnostic.YAML_DUPLICATE_KEY.finding(file, keyAt.line(), keyAt.column(), child,
                            "duplicateKey", key, first.line()));
                    continue;
                }
                positions.putKey(child, keyAt);
                object.set(key, convert(file, tuple.getValueNode(), child, positions, findings));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = json.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(file, items.get(i), Pointers.item(pointer, i), positions, findings));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private JsonNode scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return json.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return json.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
        }
        if (Tag.INT.equals(tag)) {
            BigInteger value = parseInteger(text);
            return value == null ? json.textNode(text) : json.numberNode(value);
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return json.numberNode(new BigDecimal(text));
            } catch (NumberFormatException e) { // .inf, .nan: not money, not a count; let the schema say so
                return json.textNode(text);
            }
        }
        return json.textNode(text);
    }

    private static BigInteger parseInteger(String text) {
        try {
            if (text.startsWith("0o")) {
                return new BigInteger(text.substring(2), 8);
            }
            if (text.startsWith("0x")) {
                return new BigInteger(text.substring(2), 16);
            }
            return new BigInteger(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /**
     * A syntax error as a clerk can act on it: snakeyaml-engine's common problems get a Chinese explanation of the
     * usual cause; an unclosed quote or bracket is reported where it was opened, not at the end of the file, and a
     * key missing its colon on the line of that key (snakeyaml-engine marks the line after it, which for the last
     * line of a file is a line the file does not have).
     */
    private static Finding syntaxFinding(Path file, YamlEngineException e) {
        if (!(e instanceof MarkedYamlEngineException marked)) {
            return Diagnostic.YAML_SYNTAX.finding(file, 0, 0, "", "syntax", String.valueOf(e.getMessage()));
        }
        String problem = marked.getProblem() == null ? "" : marked.getProblem();
        String context = marked.getContext() == null ? "" : marked.getContext();
        String variant = SyntaxProblems.variantFor(context, problem);
        boolean atContext = problem.contains("end of stream") || variant.equals("syntax.missingColon");
        Optional<Mark> mark = atContext
                ? marked.getContextMark().or(marked::getProblemMark)
                : marked.getProblemMark().or(marked::getContextMark);
        Position at = mark.map(YamlReader::position).orElse(new Position(0, 0));
        String detail = context.isEmpty() ? problem : context + ": " + problem;
        return Diagnostic.YAML_SYNTAX.finding(file, at.line(), at.column(), "", variant, detail);
    }

    static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Position position(Optional<Mark> mark) {
        return mark.map(YamlReader::position).orElse(Position.START);
    }

    private static Position position(Node node) {
        return position(node.getStartMark());
    }
}
