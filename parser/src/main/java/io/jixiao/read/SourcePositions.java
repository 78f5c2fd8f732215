package io.jixiao.read;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.List;
import java.util.Optional;

/**
 * Where each value and each key of a filing starts in the source, by JSON pointer. Kept beside the model rather
 * than inside it so the model records stay plain data while every later finding can still name a line.
 *
 * <p>Nothing is built per node: a position is looked up in the YAML node tree, which carries the parser's marks,
 * when a finding asks for one. A filing has hundreds of values and a handful of findings, so an index of every
 * pointer (a string and a position per node) would cost more than every lookup together. The tree is only held
 * while the filing is being checked.
 */
public final class SourcePositions {

    /** A 1-based line and column (code points). */
    public record Position(int line, int column) {
        public static final Position START = new Position(1, 1);
    }

    private final Node root;

    /** Positions of a file that has no tree (it could not be read): every pointer is at the start. */
    public SourcePositions() {
        this(null);
    }

    SourcePositions(Node root) {
        this.root = root;
    }

    /** Position of the value at the pointer, or of its nearest enclosing value. */
    public Position value(String pointer) {
        if (root == null) {
            return Position.START;
        }
        return position(resolve(pointer)[1]);
    }

    /** Position of the key that names the value at the pointer; falls back to the value's position. */
    public Position key(String pointer) {
        if (root == null) {
            return Position.START;
        }
        Node[] found = resolve(pointer);
        return found[0] != null ? position(found[0]) : position(found[1]);
    }

    /**
     * Walks the pointer's tokens down the tree. The first of two equal keys wins, as it does in the JSON tree the
     * schema sees; a key that is not plain text never matches.
     *
     * @return the key node of the last token when the whole pointer resolves to a mapping entry (else null), and
     *         the deepest value node reached
     */
    private Node[] resolve(String pointer) {
        Node node = root;
        Node key = null;
        int at = 0;
        while (at < pointer.length()) {
            int next = pointer.indexOf('/', at + 1);
            String token = unescape(pointer.substring(at + 1, next < 0 ? pointer.length() : next));
            Node[] child = child(node, token);
            if (child == null) {
                return new Node[] {null, node};
            }
            key = child[0];
            node = child[1];
            at = next < 0 ? pointer.length() : next;
        }
        return new Node[] {key, node};
    }

    private static Node[] child(Node node, String token) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(token)) {
                    return new Node[] {k, tuple.getValueNode()};
                }
            }
            return null;
        }
        if (node instanceof SequenceNode sequence) {
            int index = index(token);
            List<Node> items = sequence.getValue();
            return index >= 0 && index < items.size() ? new Node[] {null, items.get(index)} : null;
        }
        return null;
    }

    /** A list index as a pointer writes it (decimal, no sign), or -1. */
    private static int index(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Undoes {@link Pointers#escape}: {@code ~1} is {@code /} and {@code ~0} is {@code ~}. */
    private static String unescape(String token) {
        return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
    }

    static Position position(Node node) {
        return position(node.getStartMark());
    }

    static Position position(Optional<Mark> mark) {
        return mark.map(SourcePositions::position).orElse(Position.START);
    }

    static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
