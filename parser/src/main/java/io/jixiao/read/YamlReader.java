package io.jixiao.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.finding.Diagnostic;
import io.jixiao.finding.Finding;
import io.jixiao.read.SourcePositions.Position;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
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
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads YAML 1.2 text into a node tree with source positions and its JSON equivalent for schema validation.
 *
 * <p>One pass over the text. The composer reads its events through {@link CheckedEvents}, which enforces what a
 * filing may not contain as each event goes by: a second document, anchors and aliases (they hide values from a Git
 * diff and are the vehicle of "billion laughs" bombs), tags other than YAML's own, nesting deeper than
 * {@link Limits#maxDepth()}, more nodes than {@link Limits#maxNodes()}, and over-long values. The first such event
 * stops the composing before it can expand an alias, recurse further or grow the tree past the limit; the rest of
 * the events are still read for their findings (a problem that ends reading, such as the node limit, ends that too),
 * but nothing more is built. All the anchors and aliases of a file are one finding, at the first of them.
 * Duplicate keys are found while converting nodes, so every duplicate is reported, not just the first.
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
    /** Immutable once built, so one serves every file and thread. */
    private static final TextFirstSchema SCHEMA = new TextFirstSchema();

    private final Limits limits;
    private final JsonNodeFactory json = JsonNodeFactory.withExactBigDecimals(true);

    public YamlReader(Limits limits) {
        this.limits = limits;
    }

    public Result read(Path file, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setSchema(SCHEMA)
                .setAllowDuplicateKeys(true) // we report duplicates ourselves, all of them, with both lines
                .setMaxAliasesForCollections(0)
                .setCodePointLimit(Integer.MAX_VALUE) // file size is bounded before reading
                .setUseMarks(true)
                .build();
        List<Finding> findings = new ArrayList<>();
        CheckedEvents events = new CheckedEvents(file, new ParserImpl(settings, new StreamReader(settings, text)),
                findings);
        Node node = null;
        try {
            Composer composer = new Composer(settings, events);
            if (composer.hasNext()) {
                node = composer.next();
            }
            events.drain(); // a second document, or the end of the stream
        } catch (Forbidden stop) {
            try {
                events.drain();
            } catch (YamlEngineException e) {
                findings.add(syntaxFinding(file, e));
            }
            events.reportAliases();
            return new Result(null, null, null, findings);
        } catch (YamlEngineException e) {
            events.reportAliases();
            findings.add(syntaxFinding(file, e));
            return new Result(null, null, null, findings);
        }
        events.reportAliases();
        if (!events.composable()) {
            return new Result(null, null, null, findings);
        }
        if (events.documents == 0 || node == null || isNull(node)) {
            findings.add(Diagnostic.FILE_EMPTY.finding(file, 0, 0, "", "empty"));
            return new Result(null, null, null, findings);
        }
        if (!(node instanceof MappingNode)) {
            Position at = SourcePositions.position(node);
            findings.add(Diagnostic.YAML_ROOT_NOT_MAPPING.finding(file, at.line(), at.column(), "",
                    node instanceof SequenceNode ? "rootIsList" : "rootIsScalar"));
            return new Result(null, null, null, findings);
        }
        JsonNode tree = convert(file, node, new ArrayList<>(), findings);
        return new Result(node, tree, new SourcePositions(node), findings);
    }

    /** Thrown through the composer when an event forbids composing; the finding is already recorded. */
    private static final class Forbidden extends RuntimeException {
        Forbidden() {
            super(null, null, false, false);
        }
    }

    /**
     * The parser's events as the composer reads them, each checked as it goes by. An event a filing may not
     * contain is reported and then stops the composer ({@link Forbidden}) before it acts on it; {@link #drain()}
     * reads the rest for their findings until the stream ends or a problem ends reading altogether (a second
     * document, too deep a nesting).
     */
    private final class CheckedEvents implements Parser {
        private final Path file;
        private final Parser parser;
        private final List<Finding> findings;
        private int depth;
        private int documents;
        private int nodes;
        /** Anchors and aliases seen; the first is reported, with their number, when reading ends. */
        private int aliases;
        private Position firstAlias;
        private String firstAliasVariant;
        private String firstAliasName;
        private int firstAliasIndex;
        private boolean forbidden;
        private boolean finished;

        CheckedEvents(Path file, Parser parser, List<Finding> findings) {
            this.file = file;
            this.parser = parser;
            this.findings = findings;
        }

        /** Whether nothing forbade the tree (findings such as a tag are recorded even when composing went on). */
        boolean composable() {
            return !forbidden;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            if (!inspect(event)) {
                forbidden = true;
                throw new Forbidden();
            }
            return event;
        }

        /** Reads the remaining events, checking each, until the end or a problem that ends reading. */
        void drain() {
            while (!finished && parser.hasNext()) {
                if (!inspect(parser.next())) {
                    forbidden = true;
                }
            }
        }

        /** @return false when the event may not be composed */
        private boolean inspect(Event event) {
            boolean ok = true;
            if (event instanceof DocumentStartEvent) {
                documents++;
                if (documents > 1) {
                    Position at = SourcePositions.position(event.getStartMark());
                    findings.add(Diagnostic.YAML_MULTIPLE_DOCUMENTS.finding(file, at.line(), at.column(), "",
                            "multipleDocuments"));
                    finished = true;
                    return false;
                }
            }
            if (event instanceof NodeEvent) {
                nodes++;
                if (nodes > limits.maxNodes()) {
                    Position at = SourcePositions.position(event.getStartMark());
                    findings.add(Diagnostic.LIMIT_NODES.finding(file, at.line(), at.column(), "", "nodes",
                            limits.maxNodes()));
                    finished = true;
                    return false;
                }
            }
            if (event instanceof NodeEvent nodeEvent && nodeEvent.getAnchor().isPresent()
                    && !(event instanceof AliasEvent)) {
                alias(event, "anchor", nodeEvent.getAnchor().get().getValue());
                ok = false;
            }
            if (event instanceof AliasEvent alias) {
                alias(event, "alias", alias.getAlias().getValue());
                ok = false;
            }
            Optional<String> tag = tagOf(event);
            if (tag.isPresent() && !STANDARD_TAGS.contains(tag.get())) {
                Position at = SourcePositions.position(event.getStartMark());
                findings.add(Diagnostic.YAML_TAG.finding(file, at.line(), at.column(), "", "tag",
                        asWritten(tag.get())));
                ok = false;
            }
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > limits.maxDepth()) {
                    Position at = SourcePositions.position(event.getStartMark());
                    findings.add(Diagnostic.YAML_TOO_DEEP.finding(file, at.line(), at.column(), "", "tooDeep",
                            limits.maxDepth()));
                    finished = true;
                    return false;
                }
            } else if (event.getEventId() == Event.ID.MappingEnd || event.getEventId() == Event.ID.SequenceEnd) {
                depth--;
            }
            if (event instanceof ScalarEvent scalar
                    && scalar.getValue().length() > limits.maxScalarChars()
                    && scalar.getValue().codePointCount(0, scalar.getValue().length()) > limits.maxScalarChars()) {
                Position at = SourcePositions.position(event.getStartMark());
                findings.add(Diagnostic.YAML_VALUE_TOO_LONG.finding(file, at.line(), at.column(), "",
                        "valueTooLong", limits.maxScalarChars()));
                ok = false;
            }
            return ok;
        }

        /** Counts an anchor or alias, remembering the first: an alias bomb is one finding, not one per line. */
        private void alias(Event event, String variant, String name) {
            if (aliases++ == 0) {
                firstAlias = SourcePositions.position(event.getStartMark());
                firstAliasVariant = variant;
                firstAliasName = name;
                firstAliasIndex = findings.size();
            }
        }

        /** Adds the one finding for the file's anchors and aliases, where the first of them was met. */
        void reportAliases() {
            if (aliases > 0) {
                findings.add(firstAliasIndex, Diagnostic.YAML_ALIAS.finding(file, firstAlias.line(),
                        firstAlias.column(), "", firstAliasVariant, firstAliasName, aliases));
                aliases = 0;
            }
        }
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

    /**
     * The JSON tree the schema validates. Pointers are not built per node: the path is kept as a stack of keys and
     * indexes, and becomes a pointer only for a finding.
     */
    private JsonNode convert(Path file, Node node, List<Object> path, List<Finding> findings) {
        if (node instanceof MappingNode mapping) {
            ObjectNode object = json.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    Position keyAt = SourcePositions.position(tuple.getKeyNode());
                    findings.add(Diagnostic.YAML_COMPLEX_KEY.finding(file, keyAt.line(), keyAt.column(),
                            pointer(path), "complexKey"));
                    continue;
                }
                String key = keyNode.getValue();
                if (object.has(key)) {
                    Position keyAt = SourcePositions.position(keyNode);
                    path.add(key);
                    findings.add(Diagnostic.YAML_DUPLICATE_KEY.finding(file, keyAt.line(), keyAt.column(),
                            pointer(path), "duplicateKey", key, firstLine(mapping, key)));
                    path.remove(path.size() - 1);
                    continue;
                }
                path.add(key);
                object.set(key, convert(file, tuple.getValueNode(), path, findings));
                path.remove(path.size() - 1);
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = json.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                path.add(i);
                array.add(convert(file, items.get(i), path, findings));
                path.remove(path.size() - 1);
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    /** The line of the first plain-text key of the mapping equal to {@code key}. */
    private static int firstLine(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return SourcePositions.position(k).line();
            }
        }
        return 0;
    }

    private static String pointer(List<Object> path) {
        String pointer = Pointers.ROOT;
        for (Object token : path) {
            pointer = token instanceof Integer index ? Pointers.item(pointer, index)
                    : Pointers.child(pointer, (String) token);
        }
        return pointer;
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
     * A syntax error as a clerk can act on it: snakeyaml-engine's problems get an explanation of the usual cause in
     * the user's language, the parser's own English kept as the first argument for the English texts; an unclosed quote or bracket is reported where it was opened, not at the end of the file, and a
     * key missing its colon on the line of that key (snakeyaml-engine marks the line after it, which for the last
     * line of a file is a line the file does not have).
     */
    private static Finding syntaxFinding(Path file, YamlEngineException e) {
        if (!(e instanceof MarkedYamlEngineException marked)) {
            return Diagnostic.YAML_SYNTAX.finding(file, 0, 0, "", "syntax", String.valueOf(e.getMessage()), "");
        }
        String problem = marked.getProblem() == null ? "" : marked.getProblem();
        String context = marked.getContext() == null ? "" : marked.getContext();
        String variant = SyntaxProblems.variantFor(context, problem);
        boolean atContext = problem.contains("end of stream") || variant.equals("syntax.missingColon");
        Optional<Mark> mark = atContext
                ? marked.getContextMark().or(marked::getProblemMark)
                : marked.getProblemMark().or(marked::getContextMark);
        Position at = mark.map(SourcePositions::position).orElse(new Position(0, 0));
        String detail = (context.isEmpty() ? problem : context + ": " + problem).strip();
        return Diagnostic.YAML_SYNTAX.finding(file, at.line(), at.column(), "", variant, detail,
                SyntaxProblems.characterOf(context, problem));
    }

}
