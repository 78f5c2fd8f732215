package io.jixiao.model;

import io.jixiao.read.Pointers;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Every value a filing holds, by JSON pointer, as written: the leaves of the YAML tree (a scalar, or a key written
 * without a value, or an empty list), in document order. The model records say what a value means; this list only
 * says that it was filed and how it reads, whatever key it is under. It is what lets a template be held to "nothing
 * filed is dropped": the parts a template's form has no place for are found here
 * ({@link TemplateForm#unplaced}), reported by a rule and printed by the renderer in an extra section, without a
 * second description of the schema that every new key would have to be added to.
 *
 * <p>Read from the same tree the model is bound from, so it cannot disagree with it about what was written.
 *
 * @param entries the leaves in document order
 */
public record FiledValues(List<Entry> entries) {

    /** No values: a filing made in code rather than read from a file. */
    public static final FiledValues NONE = new FiledValues(List.of());

    public FiledValues {
        entries = List.copyOf(entries);
    }

    /**
     * One leaf.
     *
     * @param pointer JSON pointer of the value
     * @param text    the text as written (a number keeps its written digits); empty when the key was written
     *                without a value or the list is empty
     */
    public record Entry(String pointer, String text) {
    }

    /** The leaves of a YAML mapping, the document root. */
    static FiledValues of(MappingNode root) {
        List<Entry> entries = new ArrayList<>();
        collect(root, Pointers.ROOT, entries);
        return new FiledValues(entries);
    }

    private static void collect(Node node, String pointer, List<Entry> entries) {
        if (node instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    collect(tuple.getValueNode(), Pointers.child(pointer, key.getValue()), entries);
                }
            }
        } else if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                collect(sequence.getValue().get(i), Pointers.item(pointer, i), entries);
            }
        } else {
            String text = NodeView.scalarText(node);
            entries.add(new Entry(pointer, text == null ? "" : text));
        }
    }
}
