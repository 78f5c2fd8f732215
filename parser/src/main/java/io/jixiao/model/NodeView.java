package io.jixiao.model;

import io.jixiao.read.Pointers;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read access to one YAML mapping that has already passed schema validation, returning scalars as their raw text
 * ({@code 4000.00} stays {@code 4000.00}, a code {@code 0731} keeps its zero) and tracking JSON pointers.
 */
final class NodeView {

    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final String pointer;

    NodeView(MappingNode node, String pointer) {
        this.pointer = pointer;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.putIfAbsent(key.getValue(), tuple.getValueNode());
            }
        }
    }

    String pointer() {
        return pointer;
    }

    String pointer(String key) {
        return Pointers.child(pointer, key);
    }

    Map<String, Node> entries() {
        return entries;
    }

    /** The raw text of a scalar, or null when absent or written empty. */
    String text(String key) {
        return scalarText(entries.get(key));
    }

    /** Whether the key is written, with or without a value. */
    boolean has(String key) {
        return entries.containsKey(key);
    }

    /**
     * A signature-like cell: its text, an empty text when the key is written without a value (the form prints the
     * line and it was left blank), or null when the key is absent.
     */
    String blankable(String key) {
        if (!entries.containsKey(key)) {
            return null;
        }
        String text = text(key);
        return text == null ? "" : text;
    }

    static String scalarText(Node node) {
        if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return scalar.getValue();
        }
        return null;
    }

    NodeView map(String key) {
        Node node = entries.get(key);
        return node instanceof MappingNode m ? new NodeView(m, pointer(key)) : null;
    }

    List<NodeView> maps(String key) {
        Node node = entries.get(key);
        List<NodeView> result = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                if (seq.getValue().get(i) instanceof MappingNode m) {
                    result.add(new NodeView(m, Pointers.item(pointer(key), i)));
                }
            }
        }
        return result;
    }

    /** A text or a list of texts. */
    List<String> texts(String key) {
        Node node = entries.get(key);
        List<String> result = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(item -> {
                String text = scalarText(item);
                if (text != null) {
                    result.add(text);
                }
            });
        } else {
            String text = scalarText(node);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    boolean isList(String key) {
        return entries.get(key) instanceof SequenceNode;
    }
}
