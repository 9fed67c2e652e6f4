package io.rivulet.sql.execution.aggregate;

/**
 * The order of {@code n} rows by a {@code long} sort key each, ascending as signed longs, stable: a
 * least-significant-digit radix sort of the keys with the row numbers beside them (the rows themselves are then
 * gathered once, column by column). Passes in which every key has the same digit are skipped, so keys of a
 * small range (ids, years) take two or three passes, not six.
 */
public final class LongSort {
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int PASSES = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;
    /** Below this, an insertion sort costs less than the histograms. */
    private static final int SMALL = 48;

    private LongSort() {}

    /** The rows {@code [0, n)} in the order of {@code keys[0, n)} (not modified). */
    public static int[] order(long[] keys, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n < SMALL) {
            insertionSort(keys, order, n);
            return order;
        }
        long[] current = new long[n];
        for (int i = 0; i < n; i++) {
            current[i] = keys[i] ^ Long.MIN_VALUE; // unsigned order of these is the signed order of the keys
        }
        int[][] counts = histograms(current, n);
        long[] otherKeys = new long[n];
        int[] otherOrder = new int[n];
        for (int pass = 0; pass < PASSES; pass++) {
            int shift = pass * DIGIT_BITS;
            int[] starts = counts[pass];
            if (starts[digit(current[0], shift)] == n) {
                continue;
            }
            int start = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int count = starts[b];
                starts[b] = start;
                start += count;
            }
            for (int i = 0; i < n; i++) {
                long key = current[i];
                int to = starts[digit(key, shift)]++;
                otherKeys[to] = key;
                otherOrder[to] = order[i];
            }
            long[] swapKeys = current;
            current = otherKeys;
            otherKeys = swapKeys;
            int[] swapOrder = order;
            order = otherOrder;
            otherOrder = swapOrder;
        }
        return order;
    }

    private static void insertionSort(long[] keys, int[] order, int n) {
        for (int i = 1; i < n; i++) {
            int row = order[i];
            long key = keys[row];
            int j = i - 1;
            while (j >= 0 && keys[order[j]] > key) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = row;
        }
    }

    private static int[][] histograms(long[] keys, int n) {
        int[][] counts = new int[PASSES][BUCKETS];
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            for (int pass = 0; pass < PASSES; pass++) {
                counts[pass][digit(key, pass * DIGIT_BITS)]++;
            }
        }
        return counts;
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & (BUCKETS - 1);
    }

    /** The keys in {@code order}: {@code keys[order[i]]}. */
    public static long[] gather(long[] keys, int[] order, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = keys[order[i]];
        }
        return out;
    }
}
