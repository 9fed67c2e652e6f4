package io.rivulet.memory;

import io.rivulet.Pair;
import io.rivulet.rdd.Aggregator;
import io.rivulet.rdd.PrimitiveReduce;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An open-addressing hash map from keys to combiners, made for combining by key (as Spark's
 * {@code AppendOnlyMap}): one probe per record, keys and combiners side by side in one array, null keys and
 * null combiners allowed, no removal.
 *
 * <p>Why not {@link java.util.HashMap}: records reach a reduce task already filtered by
 * {@code hashCode() % numPartitions}, so the low bits of their hash codes are all alike, and HashMap's own
 * spreading ({@code h ^ h >>> 16}) then fills only a fraction of its table: measured, 2.5 million such
 * {@code Long} keys made bins of up to 18 entries and HashMap's tree bins ran a reduceByKey 4 times slower.
 * Here every hash code goes through Murmur3's finalizer first.
 */
public final class CombineMap<K, C> {
    private static final int INITIAL_CAPACITY = 64;
    private static final double LOAD_FACTOR = 0.7;

    private Object[] data = new Object[2 * INITIAL_CAPACITY];
    /** Each slot's rehashed hash code: probing compares these before calling {@code equals}. */
    private int[] hashes = new int[INITIAL_CAPACITY];

    private int mask = INITIAL_CAPACITY - 1;
    private int size;
    private int growThreshold = (int) (INITIAL_CAPACITY * LOAD_FACTOR);
    private boolean hasNullKey;
    private Object nullKeyCombiner;
    private Object lastCombiner;
    /** Set when the aggregator is a {@link PrimitiveReduce}: the table then holds its cells, not combiners. */
    private PrimitiveReduce cells;

    /** Murmur3's 32-bit finalizer: every bit of the hash code affects every bit of the slot. */
    static int rehash(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** Merges a value into its key's combiner, creating the combiner for a new key; returns whether it was new. */
    @SuppressWarnings("unchecked")
    public <V> boolean combineValue(K key, V value, Aggregator<V, C> aggregator) {
        if (aggregator.primitive() != null) {
            return combineIntoCell(key, value, aggregator.primitive());
        }
        if (key == null) {
            boolean isNew = !hasNullKey;
            nullKeyCombiner = isNew ? aggregator.create(value) : aggregator.mergeValue((C) nullKeyCombiner, value);
            lastCombiner = nullKeyCombiner;
            hasNullKey = true;
            size += isNew ? 1 : 0;
            return isNew;
        }
        int slot = findSlot(key);
        if (data[2 * slot] == null) {
            data[2 * slot] = key;
            data[2 * slot + 1] = aggregator.create(value);
            lastCombiner = data[2 * slot + 1];
            added();
            return true;
        }
        data[2 * slot + 1] = aggregator.mergeValue((C) data[2 * slot + 1], value);
        lastCombiner = data[2 * slot + 1];
        return false;
    }

    /** Merges another combiner into its key's combiner; returns whether the key was new. */
    @SuppressWarnings("unchecked")
    public boolean combineCombiner(K key, C combiner, Aggregator<?, C> aggregator) {
        if (aggregator.primitive() != null) {
            // A primitive reduce's value is its own combiner, merged by the same method.
            return combineIntoCell(key, combiner, aggregator.primitive());
        }
        if (key == null) {
            boolean isNew = !hasNullKey;
            nullKeyCombiner = isNew ? combiner : aggregator.mergeCombiners((C) nullKeyCombiner, combiner);
            lastCombiner = nullKeyCombiner;
            hasNullKey = true;
            size += isNew ? 1 : 0;
            return isNew;
        }
        int slot = findSlot(key);
        if (data[2 * slot] == null) {
            data[2 * slot] = key;
            data[2 * slot + 1] = combiner;
            lastCombiner = combiner;
            added();
            return true;
        }
        data[2 * slot + 1] = aggregator.mergeCombiners((C) data[2 * slot + 1], combiner);
        lastCombiner = data[2 * slot + 1];
        return false;
    }

    /** Adds into the key's cell: no allocation and no reference stored once the key has one. */
    private boolean combineIntoCell(K key, Object value, PrimitiveReduce reduce) {
        cells = reduce;
        if (key == null) {
            boolean isNew = !hasNullKey;
            if (isNew) {
                nullKeyCombiner = reduce.newCell(value);
            } else {
                reduce.merge(nullKeyCombiner, value);
            }
            lastCombiner = nullKeyCombiner;
            hasNullKey = true;
            size += isNew ? 1 : 0;
            return isNew;
        }
        int slot = findSlot(key);
        if (data[2 * slot] == null) {
            data[2 * slot] = key;
            data[2 * slot + 1] = reduce.newCell(value);
            lastCombiner = data[2 * slot + 1];
            added();
            return true;
        }
        reduce.merge(data[2 * slot + 1], value);
        lastCombiner = data[2 * slot + 1];
        return false;
    }

    /** The combiner of {@code key}, or null when the key has none. */
    @SuppressWarnings("unchecked")
    public C get(K key) {
        if (key == null) {
            return hasNullKey ? combiner(nullKeyCombiner) : null;
        }
        int hash = rehash(key.hashCode());
        int slot = hash & mask;
        int step = 1;
        while (true) {
            Object existing = data[2 * slot];
            if (existing == null) {
                return null;
            }
            if (hashes[slot] == hash && (existing == key || existing.equals(key))) {
                return combiner(data[2 * slot + 1]);
            }
            slot = (slot + step++) & mask;
        }
    }

    /** The slot holding {@code key}, or the empty slot where it belongs (quadratic probing). */
    private int findSlot(Object key) {
        int hash = rehash(key.hashCode());
        int slot = hash & mask;
        int step = 1;
        while (true) {
            Object existing = data[2 * slot];
            if (existing == null) {
                hashes[slot] = hash;
                return slot;
            }
            if (hashes[slot] == hash && (existing == key || existing.equals(key))) {
                return slot;
            }
            slot = (slot + step++) & mask;
        }
    }

    private void added() {
        size++;
        if (size - (hasNullKey ? 1 : 0) > growThreshold) {
            grow();
        }
    }

    private void grow() {
        Object[] old = data;
        int capacity = 2 * (mask + 1);
        if (capacity > (1 << 29)) {
            throw new IllegalStateException("combine map cannot grow beyond " + (1 << 29) + " keys");
        }
        data = new Object[2 * capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        growThreshold = (int) (capacity * LOAD_FACTOR);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != null) {
                int slot = findSlot(old[i]);
                data[2 * slot] = old[i];
                data[2 * slot + 1] = old[i + 1];
            }
        }
    }

    /** What a table entry stands for: the entry itself, or the value of a {@link PrimitiveReduce} cell. */
    @SuppressWarnings("unchecked")
    private C combiner(Object entry) {
        return cells == null ? (C) entry : (C) cells.value(entry);
    }

    /** The combiner the last call made or updated, for size sampling (combiners may grow). */
    public Object lastCombiner() {
        return lastCombiner;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Every key with its combiner, in no particular order. */
    public Iterator<Pair<K, C>> iterator() {
        return new Iterator<>() {
            private int next = hasNullKey ? -2 : 0;

            @Override
            public boolean hasNext() {
                while (next >= 0 && next < data.length && data[next] == null) {
                    next += 2;
                }
                return next < 0 || next < data.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Pair<K, C> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (next < 0) {
                    next = 0;
                    return Pair.of(null, combiner(nullKeyCombiner));
                }
                Pair<K, C> pair = Pair.of((K) data[next], combiner(data[next + 1]));
                next += 2;
                return pair;
            }
        };
    }
}
