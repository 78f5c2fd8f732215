package io.jixiao.review.next;

import io.jixiao.read.Pointers;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value and each mapping of a filing is in its text, by JSON pointer, from snakeyaml-engine's events and
 * their marks: what a text-level edit needs to change a value in place or add a key at the right indentation without
 * touching anything else. Offsets are {@code char} indexes into the text (the marks count code points).
 */
final class YamlSpans {

    /** A scalar value: its span in the text, its style, its line's first column. */
    record Scalar(String pointer, int start, int end, ScalarStyle style, String value) {
        boolean block() {
            return style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
        }
    }

    /**
     * A mapping: whether it is written in flow style ({@code {a: 1}}), where it starts and where its end event is
     * (the {@code }} of a flow mapping), the column and offset of its first key, the keys in order, and the end of
     * the last scalar written inside it (nested ones included).
     */
    record Mapping(String pointer, boolean flow, int start, int endEvent, int firstKeyStart, int keyColumn,
                   List<String> keys, Map<String, Integer> keyStarts, int lastScalarEnd, boolean lastScalarBlock) {
    }

    private final Map<String, Scalar> scalars = new HashMap<>();
    private final Map<String, Mapping> mappings = new HashMap<>();
    private final int[] charIndex;

    private YamlSpans(String text) {
        this.charIndex = new int[text.codePointCount(0, text.length()) + 1];
        int c = 0;
        for (int i = 0; i < charIndex.length - 1; i++) {
            charIndex[i] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        charIndex[charIndex.length - 1] = text.length();
    }

    static YamlSpans of(String text) {
        YamlSpans spans = new YamlSpans(text);
        spans.walk(new Parse(LoadSettings.builder().build()).parseString(text));
        return spans;
    }

    Scalar scalar(String pointer) {
        return scalars.get(pointer);
    }

    Mapping mapping(String pointer) {
        return mappings.get(pointer);
    }

    List<Scalar> scalars() {
        return List.copyOf(scalars.values());
    }

    private int at(Mark mark) {
        return charIndex[Math.min(mark.getIndex(), charIndex.length - 1)];
    }

    /** One open collection while walking the events. */
    private static final class Frame {
        final String pointer;
        final boolean map;
        final boolean flow;
        final int start;
        int index;
        String key;
        int firstKeyStart = -1;
        int keyColumn = -1;
        final List<String> keys = new ArrayList<>();
        final Map<String, Integer> keyStarts = new HashMap<>();
        int lastScalarEnd = -1;
        boolean lastScalarBlock;

        Frame(String pointer, boolean map, boolean flow, int start) {
            this.pointer = pointer;
            this.map = map;
            this.flow = flow;
            this.start = start;
        }

        /** The pointer of the node that comes next in this collection. */
        String child() {
            return map ? Pointers.child(pointer, key) : Pointers.item(pointer, index);
        }

        void done() {
            if (map) {
                key = null;
            } else {
                index++;
            }
        }
    }

    private void walk(Iterable<Event> events) {
        Deque<Frame> stack = new ArrayDeque<>();
        for (Event event : events) {
            Frame top = stack.peek();
            if (event instanceof ScalarEvent scalar) {
                int start = at(scalar.getStartMark().orElseThrow());
                int end = at(scalar.getEndMark().orElseThrow());
                if (top != null && top.map && top.key == null) {
                    top.key = scalar.getValue();
                    top.keys.add(top.key);
                    top.keyStarts.put(top.key, start);
                    if (top.firstKeyStart < 0) {
                        top.firstKeyStart = start;
                        top.keyColumn = scalar.getStartMark().orElseThrow().getColumn();
                    }
                    continue;
                }
                String pointer = top == null ? "" : top.child();
                scalars.put(pointer, new Scalar(pointer, start, end, scalar.getScalarStyle(), scalar.getValue()));
                boolean block = scalar.getScalarStyle() == ScalarStyle.LITERAL
                        || scalar.getScalarStyle() == ScalarStyle.FOLDED;
                for (Frame frame : stack) {
                    frame.lastScalarEnd = end;
                    frame.lastScalarBlock = block;
                }
                if (top != null) {
                    top.done();
                }
            } else if (event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
                CollectionStartEvent collection = (CollectionStartEvent) event;
                String pointer = top == null ? "" : top.child();
                stack.push(new Frame(pointer, event instanceof MappingStartEvent, collection.isFlow(),
                        at(event.getStartMark().orElseThrow())));
            } else if (event.getEventId() == Event.ID.MappingEnd || event.getEventId() == Event.ID.SequenceEnd) {
                Frame done = stack.pop();
                if (done.map) {
                    mappings.put(done.pointer, new Mapping(done.pointer, done.flow, done.start,
                            at(event.getStartMark().orElseThrow()), done.firstKeyStart, done.keyColumn,
                            List.copyOf(done.keys), Map.copyOf(done.keyStarts), done.lastScalarEnd,
                            done.lastScalarBlock));
                }
                Frame parent = stack.peek();
                if (parent != null) {
                    parent.done();
                }
            }
        }
    }
}
