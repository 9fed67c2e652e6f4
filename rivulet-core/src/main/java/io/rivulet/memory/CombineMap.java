package io.rivulet.memory;

import io.rivulet.Pair;
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
 *
 * <p>Three layouts, by what is combined:
 *
 * <ul>
 *   <li>combiners: {@code data} holds key and combiner side by side, {@code hashes} each slot's hash code;
 *   <li>a {@link PrimitiveReduce} ({@code reduceByKey(Long::sum)} and the like): each key's value is a
 *       64-bit word beside its hash code in {@code words}, so a record costs no allocation and the probe
 *       finds hash and value in one cache line, where a boxed combiner or a cell object per key cost a
 *       further miss and an object for the collector to trace;
 *   <li>a {@link PrimitiveReduce} whose keys are all {@code Integer}s: {@code words} alone, key and value.
 * </ul>
 *
 * Together they took the bench's reduce-by-key job from about 600 ms to about 200 ms in a warm JVM
 * (docs/performance.md, third round).
 */
public final class CombineMap<K, C> {
    private static final int INITIAL_CAPACITY = 64;
    private static final double LOAD_FACTOR = 0.7;
    /**
     * What a key's two words take of the table while it grows: the old table at its fullest load and the new
     * one twice its size are both alive, three slots of 16 bytes per entry at a load of 0.7. Counting only the
     * settled table let a memory proof (20 million keys in a 256 MiB budget) run out of heap while growing.
     */
    static final long WORD_BYTES_PER_ENTRY = (long) Math.ceil(3 * 2 * Long.BYTES / LOAD_FACTOR);

    private Object[] data = new Object[2 * INITIAL_CAPACITY];
    /** Each slot's rehashed hash code: probing compares these before calling {@code equals}. */
    private int[] hashes = new int[INITIAL_CAPACITY];
    /** Instead of {@link #hashes} when combining a {@link PrimitiveReduce}: each slot's hash code, then its word. */
    private long[] words;
    /**
     * Set while a {@link PrimitiveReduce}'s keys are all {@code Integer}s: then {@link #data} is null and a
     * slot's first word is its key, {@code key << 32 | 1} (0 marks an empty slot), so the table holds no
     * objects at all: no key to read when probing, none for the collector to trace or copy. The first key of
     * another type boxes the ints into {@link #data} at the same slots.
     */
    private boolean intKeyWords;

    private int mask = INITIAL_CAPACITY - 1;
    private int size;
    private int growThreshold = (int) (INITIAL_CAPACITY * LOAD_FACTOR);
    /**
     * Whether every key so far is an {@code Integer}. Then, for an {@code Integer} probe, equal hash codes
     * mean equal keys ({@link #rehash} is a bijection on ints), and the probe skips reading the stored key:
     * one cache miss less per record on int-keyed data.
     */
    private boolean onlyIntegerKeys = true;

    private boolean hasNullKey;
    private Object nullKeyCombiner;
    private long nullKeyWord;
    private Object lastCombiner;
    /** Set when the aggregator is a {@link PrimitiveReduce}: values are then the words in {@link #words}. */
    private PrimitiveReduce reduce;

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
            return combineIntoWord(key, value, aggregator.primitive());
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
            return combineIntoWord(key, combiner, aggregator.primitive());
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

    /** Merges into the key's word: no allocation, and no reference stored once the key is in the table. */
    private boolean combineIntoWord(K key, Object value, PrimitiveReduce primitive) {
        if (reduce == null) {
            useWords(primitive);
        }
        if (key == null) {
            boolean isNew = !hasNullKey;
            nullKeyWord = isNew ? primitive.bits(value) : primitive.merge(nullKeyWord, value);
            hasNullKey = true;
            size += isNew ? 1 : 0;
            return isNew;
        }
        if (intKeyWords) {
            if (key instanceof Integer intKey) {
                return combineIntoIntKeyWord(intKey, value, primitive);
            }
            boxIntKeys();
        }
        int slot = findSlot(key);
        if (data[2 * slot] == null) {
            data[2 * slot] = key;
            words[2 * slot + 1] = primitive.bits(value);
            added();
            return true;
        }
        words[2 * slot + 1] = primitive.merge(words[2 * slot + 1], value);
        return false;
    }

    private boolean combineIntoIntKeyWord(int key, Object value, PrimitiveReduce primitive) {
        int slot = intKeySlot(words, mask, key);
        if (words[2 * slot] != 0) {
            words[2 * slot + 1] = primitive.merge(words[2 * slot + 1], value);
            return false;
        }
        words[2 * slot] = intKeyTag(key);
        words[2 * slot + 1] = primitive.bits(value);
        added();
        return true;
    }

    /** The slot of {@code table} holding int key {@code key}, or the empty slot where it belongs. */
    private static int intKeySlot(long[] table, int mask, int key) {
        long tag = intKeyTag(key);
        int slot = rehash(key) & mask;
        int step = 1;
        while (table[2 * slot] != 0 && table[2 * slot] != tag) {
            slot = (slot + step++) & mask;
        }
        return slot;
    }

    private static long intKeyTag(int key) {
        return (long) key << 32 | 1L;
    }

    private static int intKeyOf(long tag) {
        return (int) (tag >>> 32);
    }

    private void useWords(PrimitiveReduce primitive) {
        if (size > 0) {
            throw new IllegalStateException("a combine map holds either combiners or primitive words, not both");
        }
        reduce = primitive;
        words = new long[2 * (mask + 1)];
        hashes = null;
        data = null;
        intKeyWords = true;
    }

    /** A key that is not an {@code Integer} arrived: box the keys, which keep their slots (same hash). */
    private void boxIntKeys() {
        data = new Object[words.length];
        for (int slot = 0; slot < words.length / 2; slot++) {
            if (words[2 * slot] != 0) {
                int key = intKeyOf(words[2 * slot]);
                data[2 * slot] = key;
                words[2 * slot] = rehash(Integer.hashCode(key));
            }
        }
        intKeyWords = false;
    }

    /** The combiner of {@code key}, or null when the key has none. */
    public C get(K key) {
        if (key == null) {
            return hasNullKey ? nullKeyValue() : null;
        }
        int slot;
        if (intKeyWords) {
            if (!(key instanceof Integer intKey)) {
                return null;
            }
            slot = intKeySlot(words, mask, intKey);
        } else {
            slot = probe(key, rehash(key.hashCode()));
        }
        return slotIsEmpty(slot) ? null : valueAt(slot);
    }

    /** The slot holding {@code key}, or the empty slot where it belongs, its hash noted for the insert. */
    private int findSlot(Object key) {
        int hash = rehash(key.hashCode());
        int slot = probe(key, hash);
        if (data[2 * slot] == null) {
            setHash(slot, hash);
            onlyIntegerKeys &= key instanceof Integer;
        }
        return slot;
    }

    /** Quadratic probing from {@code hash}'s slot to the one holding {@code key} or the first empty one. */
    private int probe(Object key, int hash) {
        int slot = hash & mask;
        int step = 1;
        while (true) {
            Object existing = data[2 * slot];
            if (existing == null
                    || (hashAt(slot) == hash
                            && (existing == key
                                    || (onlyIntegerKeys && key instanceof Integer)
                                    || existing.equals(key)))) {
                return slot;
            }
            slot = (slot + step++) & mask;
        }
    }

    private int hashAt(int slot) {
        return words == null ? hashes[slot] : (int) words[2 * slot];
    }

    private void setHash(int slot, int hash) {
        if (words == null) {
            hashes[slot] = hash;
        } else {
            words[2 * slot] = hash;
        }
    }

    private void added() {
        size++;
        if (size - (hasNullKey ? 1 : 0) > growThreshold) {
            grow();
        }
    }

    /** Doubles the table, placing each key by its stored hash (no {@code hashCode()} calls, no key reads). */
    private void grow() {
        int capacity = 2 * (mask + 1);
        if (capacity > (1 << 29)) {
            throw new IllegalStateException("combine map cannot grow beyond " + (1 << 29) + " keys");
        }
        if (intKeyWords) {
            growIntKeyWords(capacity);
            return;
        }
        Object[] oldData = data;
        int[] oldHashes = hashes;
        long[] oldWords = words;
        data = new Object[2 * capacity];
        if (oldWords == null) {
            hashes = new int[capacity];
        } else {
            words = new long[2 * capacity];
        }
        mask = capacity - 1;
        growThreshold = (int) (capacity * LOAD_FACTOR);
        for (int old = 0; old < oldData.length / 2; old++) {
            if (oldData[2 * old] != null) {
                int hash = oldWords == null ? oldHashes[old] : (int) oldWords[2 * old];
                int slot = emptySlotFor(hash);
                data[2 * slot] = oldData[2 * old];
                data[2 * slot + 1] = oldData[2 * old + 1];
                setHash(slot, hash);
                if (oldWords != null) {
                    words[2 * slot + 1] = oldWords[2 * old + 1];
                }
            }
        }
    }

    private void growIntKeyWords(int capacity) {
        long[] old = words;
        words = new long[2 * capacity];
        mask = capacity - 1;
        growThreshold = (int) (capacity * LOAD_FACTOR);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = intKeySlot(words, mask, intKeyOf(old[i]));
                words[2 * slot] = old[i];
                words[2 * slot + 1] = old[i + 1];
            }
        }
    }

    private int emptySlotFor(int hash) {
        int slot = hash & mask;
        int step = 1;
        while (data[2 * slot] != null) {
            slot = (slot + step++) & mask;
        }
        return slot;
    }

    private boolean slotIsEmpty(int slot) {
        return intKeyWords ? words[2 * slot] == 0 : data[2 * slot] == null;
    }

    @SuppressWarnings("unchecked")
    private C valueAt(int slot) {
        return reduce == null ? (C) data[2 * slot + 1] : (C) reduce.value(words[2 * slot + 1]);
    }

    @SuppressWarnings("unchecked")
    private C nullKeyValue() {
        return reduce == null ? (C) nullKeyCombiner : (C) reduce.value(nullKeyWord);
    }

    /**
     * The combiner the last call made or updated, for size sampling (combiners may grow); null for primitive
     * words, which the table holds and which never grow.
     */
    public Object lastCombiner() {
        return lastCombiner;
    }

    /** Whether merging into an entry can change its size: false for primitive words. */
    public boolean combinersGrow() {
        return reduce == null;
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
                int length = intKeyWords ? words.length : data.length;
                while (next >= 0 && next < length && slotIsEmpty(next / 2)) {
                    next += 2;
                }
                return next < 0 || next < length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Pair<K, C> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (next < 0) {
                    next = 0;
                    return Pair.of(null, nullKeyValue());
                }
                Object key = intKeyWords ? (Object) intKeyOf(words[next]) : data[next];
                Pair<K, C> pair = Pair.of((K) key, valueAt(next / 2));
                next += 2;
                return pair;
            }
        };
    }
}
