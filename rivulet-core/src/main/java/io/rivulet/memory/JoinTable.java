package io.rivulet.memory;

import io.rivulet.Pair;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The held side of a hash join: each key's values, within the task's execution memory.
 *
 * <p>A key with one value (the common case: joining with a table keyed by its own key) holds that value
 * itself; only a key with more holds an array of them. Why not {@link Grouper}'s list per side: probing
 * one streamed record then costs the table's slot and the value, not a slot, an array of lists, a list and
 * its array, and building costs no objects per key; on a join of a million records with a hundred thousand
 * keys, the probes were most of the join's own time.
 *
 * <p>{@link #add} says when the task cannot get memory for more; the caller then moves the entries
 * ({@link #drain}) to a structure that spills.
 */
public final class JoinTable<K> {
    /**
     * What a new key adds beyond the key and its value: its map slot (two references and a hash at most
     * 70% full, tripled while the map grows into a table twice as large).
     */
    private static final long KEY_OVERHEAD = 50;
    /** A value's slot in a key's array of several values, with the array's growth slack. */
    private static final long EXTRA_VALUE_OVERHEAD = 8;
    /** Stands for a null value, since a null combiner would read as a key without values. */
    private static final Object NULL_VALUE = new Object();

    /**
     * While 0, every match is a single value, and {@link #count} need not read the value's class: one cache
     * miss less per probe, the value itself is only referenced by the output.
     */
    private long keysWithSeveral;

    private final Aggregator<Object, Object> collect = new Aggregator<>(
            value -> value,
            (held, value) -> {
                if (held instanceof Several several) {
                    return several.add(value);
                }
                keysWithSeveral++;
                return new Several(held, value);
            },
            (left, right) -> {
                throw new IllegalStateException("join tables are never merged");
            });

    private final TaskMemory memory;
    private final SizeTracker size = new SizeTracker(EXTRA_VALUE_OVERHEAD);
    private CombineMap<K, Object> table = new CombineMap<>();
    private long keys;
    private long granted;

    public JoinTable(TaskMemory memory) {
        this.memory = memory;
    }

    /** Adds a value of {@code key}; false when it did not fit: then only {@link #drain} may follow. */
    public boolean add(K key, Object value) {
        boolean isNew = table.combineValue(key, value == null ? NULL_VALUE : value, collect);
        size.record(isNew ? key : null, value, true);
        keys += isNew ? 1 : 0;
        long estimate = size.estimatedBytes() + keys * KEY_OVERHEAD;
        if (estimate > granted && estimate >= memory.minSpillBytes()) {
            granted += memory.acquire(2 * estimate - granted);
            return estimate <= granted;
        }
        return true;
    }

    /**
     * What {@code key} holds: null when nothing, else the value or, for several, a {@link Several}.
     * Unwrap with {@link #count} and {@link #value}, which need no allocation per probe.
     */
    public Object matches(K key) {
        return table.get(key);
    }

    /** How many values {@code matches} (non-null, from {@link #matches}) stands for. */
    public int count(Object matches) {
        return keysWithSeveral > 0 && matches instanceof Several several ? several.size : 1;
    }

    /** The {@code i}th value that {@code matches} stands for. */
    public Object value(Object matches, int i) {
        Object value = keysWithSeveral > 0 && matches instanceof Several several ? several.values[i] : matches;
        return value == NULL_VALUE ? null : value;
    }

    /** Every key with each of its values, handing back the memory held for them; the table is spent. */
    public Iterator<Pair<K, Object>> drain() {
        CombineMap<K, Object> all = table;
        table = null;
        memory.release(granted);
        granted = 0;
        Iterator<Pair<K, Object>> held = all.iterator();
        return new Iterator<>() {
            private Pair<K, Object> current;
            private int next;

            @Override
            public boolean hasNext() {
                while (current == null || next == count(current.value())) {
                    if (!held.hasNext()) {
                        return false;
                    }
                    current = held.next();
                    next = 0;
                }
                return true;
            }

            @Override
            public Pair<K, Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return Pair.of(current.key(), value(current.value(), next++));
            }
        };
    }

    /** Several values of one key, in the order they came. */
    private static final class Several {
        private Object[] values;
        private int size;

        Several(Object first, Object second) {
            values = new Object[] {first, second, null, null};
            size = 2;
        }

        Several add(Object value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            return this;
        }
    }
}
