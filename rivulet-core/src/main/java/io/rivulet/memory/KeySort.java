package io.rivulet.memory;

import io.rivulet.Pair;
import io.rivulet.rdd.Orderings;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts a buffer of records by key. Records whose keys are all {@code Long}s, or all {@code Integer}s, in
 * natural order (ascending or descending) are sorted by a stable radix sort on the key's bits; anything
 * else by {@link List#sort} with the ordering.
 *
 * <p>Why: {@code sortByKey} of numbers is the common case, and a comparison sort of boxed keys follows two
 * pointers per comparison, n log n times, through a comparator chain (nulls first, then
 * {@code Comparable}); measured on 250 thousand {@code Long} keys, that was most of a sort task. The radix
 * sort reads each key once and moves only references, in eight passes at most over flat arrays (fewer when
 * the keys' high bytes are all alike). It needs {@value #WORKING_BYTES_PER_RECORD} bytes a record of
 * working arrays beside the buffer (TimSort needs 2), so a caller under a memory budget asks for them
 * first ({@link #workingBytes}) and sorts with the comparator when it cannot get them.
 */
public final class KeySort {
    private static final int DIGIT_BITS = 8;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    /** Below this, a comparison sort is as fast and allocates less. */
    private static final int RADIX_THRESHOLD = 1024;

    /** Two {@code long[]} and two reference arrays (4 bytes with compressed references) per record. */
    private static final int WORKING_BYTES_PER_RECORD = 24;

    private KeySort() {}

    /** The working memory a radix sort of {@code records} would need; 0 when it would not radix-sort. */
    public static long workingBytes(List<? extends Pair<?, ?>> records, Comparator<?> keyOrder) {
        boolean natural = keyOrder == Orderings.natural() || keyOrder == Orderings.naturalDescending();
        return natural && records.size() >= RADIX_THRESHOLD ? (long) WORKING_BYTES_PER_RECORD * records.size() : 0;
    }

    public static <K, V> void sort(List<Pair<K, V>> records, Comparator<? super K> keyOrder) {
        sort(records, keyOrder, true);
    }

    /** Sorts by {@code keyOrder}; by radix only if {@code mayUseWorkingMemory} and the keys allow it. */
    public static <K, V> void sort(
            List<Pair<K, V>> records, Comparator<? super K> keyOrder, boolean mayUseWorkingMemory) {
        if (mayUseWorkingMemory && workingBytes(records, keyOrder) > 0) {
            long[] keys = numericKeys(records, keyOrder == Orderings.natural());
            if (keys != null) {
                Object[] sorted = radixSort(keys, records.toArray());
                for (int i = 0; i < sorted.length; i++) {
                    @SuppressWarnings("unchecked")
                    Pair<K, V> record = (Pair<K, V>) sorted[i];
                    records.set(i, record);
                }
                return;
            }
        }
        records.sort((left, right) -> keyOrder.compare(left.key(), right.key()));
    }

    /**
     * The keys as longs whose unsigned order is the wanted order, or null unless every key is a Long or
     * every key is an Integer (mixed or null keys take the comparator path, which says what is wrong).
     */
    private static long[] numericKeys(List<? extends Pair<?, ?>> records, boolean ascending) {
        long[] keys = new long[records.size()];
        Class<?> type =
                records.get(0).key() == null ? null : records.get(0).key().getClass();
        if (type != Long.class && type != Integer.class) {
            return null;
        }
        // Flipping the sign bit makes unsigned order the signed order; flipping every other bit reverses it.
        long flip = ascending ? Long.MIN_VALUE : Long.MAX_VALUE;
        for (int i = 0; i < keys.length; i++) {
            Object key = records.get(i).key();
            if (key == null || key.getClass() != type) {
                return null;
            }
            keys[i] = ((Number) key).longValue() ^ flip;
        }
        return keys;
    }

    /** Least-significant-digit first, so each pass keeps the order of the one before: stable. */
    private static Object[] radixSort(long[] keys, Object[] values) {
        int n = keys.length;
        long[] otherKeys = new long[n];
        Object[] otherValues = new Object[n];
        int[] counts = new int[BUCKETS];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
            Arrays.fill(counts, 0);
            for (long key : keys) {
                counts[(int) (key >>> shift) & (BUCKETS - 1)]++;
            }
            if (counts[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every key has the same digit here: this pass would move nothing
            }
            int start = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int count = counts[b];
                counts[b] = start;
                start += count;
            }
            for (int i = 0; i < n; i++) {
                int to = counts[(int) (keys[i] >>> shift) & (BUCKETS - 1)]++;
                otherKeys[to] = keys[i];
                otherValues[to] = values[i];
            }
            long[] swapKeys = keys;
            keys = otherKeys;
            otherKeys = swapKeys;
            Object[] swapValues = values;
            values = otherValues;
            otherValues = swapValues;
        }
        return values;
    }
}
