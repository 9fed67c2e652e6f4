package io.rivulet.memory;

import io.rivulet.Pair;
import io.rivulet.util.Orderings;
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
 * sort reads each key once and moves keys and positions, in six passes at most over flat arrays (fewer
 * when the keys' high digits are all alike), then puts each record in its place once. It needs
 * {@value #WORKING_BYTES_PER_RECORD} bytes a record of working arrays beside the buffer (TimSort needs 2),
 * so a caller under a memory budget asks for them first ({@link #workingBytes}) and sorts with the
 * comparator when it cannot get them.
 */
final class KeySort {
    /** 11-bit digits: six passes over 64 bits, and a histogram (8 KiB) that stays in the L1 cache. */
    private static final int DIGIT_BITS = 11;

    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int PASSES = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;
    /** Below this, a comparison sort is as fast and allocates less. */
    private static final int RADIX_THRESHOLD = 1024;

    /** Two {@code long[]} and two {@code int[]} per record. */
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
                permute(records, radixOrder(keys));
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

    /**
     * The positions of the records in sorted order. Least-significant digit first, so each pass keeps the
     * order of the one before: stable. The passes move a key and an int position, not the records: moving
     * references into an array of the old generation costs a GC write barrier per store, and that was half
     * of the sort's time.
     */
    private static int[] radixOrder(long[] keys) {
        int n = keys.length;
        int[][] counts = digitCounts(keys);
        long[] otherKeys = new long[n];
        int[] order = new int[n];
        int[] otherOrder = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int pass = 0; pass < PASSES; pass++) {
            int shift = pass * DIGIT_BITS;
            int[] starts = counts[pass];
            if (starts[digit(keys[0], shift)] == n) {
                continue; // every key has the same digit here: this pass would move nothing
            }
            int start = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int count = starts[b];
                starts[b] = start;
                start += count;
            }
            for (int i = 0; i < n; i++) {
                long key = keys[i];
                int to = starts[digit(key, shift)]++;
                otherKeys[to] = key;
                otherOrder[to] = order[i];
            }
            long[] swapKeys = keys;
            keys = otherKeys;
            otherKeys = swapKeys;
            int[] swapOrder = order;
            order = otherOrder;
            otherOrder = swapOrder;
        }
        return order;
    }

    /** Every pass's digit histogram, counted in one read of the keys. */
    private static int[][] digitCounts(long[] keys) {
        int[][] counts = new int[PASSES][BUCKETS];
        for (long key : keys) {
            for (int pass = 0; pass < PASSES; pass++) {
                counts[pass][digit(key, pass * DIGIT_BITS)]++;
            }
        }
        return counts;
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & (BUCKETS - 1);
    }

    /**
     * Puts the record at {@code order[i]} at position i, in place: follows each cycle of the permutation,
     * so every record is stored once and no second array of references is needed.
     */
    private static <T> void permute(List<T> records, int[] order) {
        for (int start = 0; start < order.length; start++) {
            if (order[start] < 0) {
                continue; // already placed, as part of an earlier cycle
            }
            T first = records.get(start);
            int to = start;
            int from = order[start];
            while (from != start) {
                records.set(to, records.get(from));
                order[to] = ~from;
                to = from;
                from = order[from];
            }
            records.set(to, first);
            order[to] = ~from;
        }
    }
}
