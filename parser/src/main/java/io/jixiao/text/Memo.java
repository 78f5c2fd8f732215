package io.jixiao.text;

import java.util.Objects;
import java.util.function.Function;

/**
 * A small cache of a pure function of text: the last result per slot, at most {@code slots} of them, so memory stays
 * the same whether a run checks one filing or a province's. The rules ask the same questions of the same texts many
 * times (every value rule asks what an indicator's name measures; a province writes {@code ≥95%} and {@code 数量指标}
 * thousands of times), and JFR showed the answers worked out again each time as a fifth of a check.
 *
 * <p>Thread-safe without locks: a slot holds an immutable entry (final fields, so it is safely published even
 * through a racy read), a lost update only costs a recomputation, and a miss computes outside any lock. The
 * function must be pure and its results immutable: a cached result is handed to every caller.
 *
 * @param <V> the result
 */
public final class Memo<V> {

    private record Entry<V>(String key, V value) {
    }

    /** The longest text remembered. */
    static final int LONGEST = 200;

    private final Function<String, V> function;
    private final Entry<V>[] slots;
    private final int mask;

    /**
     * @param slots    how many results to keep; rounded up to a power of two
     * @param function the pure function to remember
     */
    @SuppressWarnings("unchecked")
    public Memo(int slots, Function<String, V> function) {
        int size = Integer.highestOneBit(Math.max(2, slots - 1)) << 1;
        this.slots = (Entry<V>[]) new Entry<?>[size];
        this.mask = size - 1;
        this.function = Objects.requireNonNull(function);
    }

    /**
     * {@code function.apply(text)}, remembered. Null and long text (over {@value #LONGEST} chars: prose, rarely
     * repeated) are passed through uncached, which bounds what the slots hold.
     */
    public V apply(String text) {
        if (text == null || text.length() > LONGEST) {
            return function.apply(text);
        }
        int hash = text.hashCode(); // cached by String: the same node's text costs nothing the second time
        int slot = (hash ^ (hash >>> 16)) & mask;
        Entry<V> entry = slots[slot];
        if (entry != null && (entry.key() == text || entry.key().equals(text))) {
            return entry.value();
        }
        V value = function.apply(text);
        slots[slot] = new Entry<>(text, value);
        return value;
    }
}
