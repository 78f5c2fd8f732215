package io.jixiao.read;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value and each key of a filing starts in the source, by JSON pointer. Kept beside the model rather
 * than inside it so the model records stay plain data while every later finding can still name a line.
 */
public final class SourcePositions {

    /** A 1-based line and column (code points). */
    public record Position(int line, int column) {
        public static final Position START = new Position(1, 1);
    }

    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();

    void putValue(String pointer, Position position) {
        values.put(pointer, position);
    }

    void putKey(String pointer, Position position) {
        keys.put(pointer, position);
    }

    /** Position of the value at the pointer, or of its nearest enclosing value. */
    public Position value(String pointer) {
        String p = pointer;
        while (true) {
            Position found = values.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return Position.START;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Position of the key that names the value at the pointer; falls back to the value's position. */
    public Position key(String pointer) {
        Position found = keys.get(pointer);
        return found != null ? found : value(pointer);
    }
}
