package io.rivulet.sql.execution;

/**
 * Stable sorts of row positions ({@code int[]}), for the sort operators: a comparison merge sort over an
 * {@link IndexComparator} (no boxing, unlike {@code Integer[]} with a {@code Comparator}), and an LSD radix sort
 * by {@code long} keys for the single-primitive-key fast path.
 *
 * <p>Why a radix sort: ordering by one long, int, date, timestamp or double column is the common case; the radix
 * sort reads each key a few times in flat arrays (six 11-bit passes at most, fewer when the high digits are all
 * alike), where a comparison sort makes n log n calls through the comparator. {@link #mergeSort} is its slow twin:
 * {@code IndexSortTest} checks that both agree on random keys.
 */
public final class IndexSort {
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int PASSES = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;
    private static final int INSERTION_RUN = 24;

    private IndexSort() {}

    /** Compares rows by their positions. */
    @FunctionalInterface
    public interface IndexComparator {
        int compare(int left, int right);
    }

    /** Sorts {@code positions[0, n)} by {@code comparator}, stably. */
    public static void mergeSort(int[] positions, int n, IndexComparator comparator) {
        if (n < 2) {
            return;
        }
        for (int from = 0; from < n; from += INSERTION_RUN) {
            insertionSort(positions, from, Math.min(n, from + INSERTION_RUN), comparator);
        }
        if (n <= INSERTION_RUN) {
            return;
        }
        int[] source = positions;
        int[] target = new int[n];
        for (int width = INSERTION_RUN; width < n; width *= 2) {
            for (int from = 0; from < n; from += 2 * width) {
                int middle = Math.min(n, from + width);
                int to = Math.min(n, from + 2 * width);
                merge(source, target, from, middle, to, comparator);
            }
            int[] swap = source;
            source = target;
            target = swap;
        }
        if (source != positions) {
            System.arraycopy(source, 0, positions, 0, n);
        }
    }

    private static void insertionSort(int[] a, int from, int to, IndexComparator comparator) {
        for (int i = from + 1; i < to; i++) {
            int value = a[i];
            int j = i - 1;
            while (j >= from && comparator.compare(a[j], value) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = value;
        }
    }

    private static void merge(int[] source, int[] target, int from, int middle, int to, IndexComparator comparator) {
        if (middle >= to || comparator.compare(source[middle - 1], source[middle]) <= 0) {
            System.arraycopy(source, from, target, from, to - from); // already in order
            return;
        }
        int i = from;
        int j = middle;
        int k = from;
        while (i < middle && j < to) {
            target[k++] = comparator.compare(source[j], source[i]) < 0 ? source[j++] : source[i++];
        }
        while (i < middle) {
            target[k++] = source[i++];
        }
        while (j < to) {
            target[k++] = source[j++];
        }
    }

    /**
     * The positions {@code positions[0, n)} ordered by their keys ({@code keys[i]} is the key of
     * {@code positions[i]}), ascending in signed order, stably. Returns a new array; both inputs are left as
     * they were.
     */
    public static int[] radixSort(long[] keys, int[] positions, int n) {
        long[] current = new long[n];
        for (int i = 0; i < n; i++) {
            current[i] = keys[i] ^ Long.MIN_VALUE; // unsigned digit order is then the signed order
        }
        int[] order = java.util.Arrays.copyOf(positions, n);
        if (n < 2) {
            return order;
        }
        int[][] counts = new int[PASSES][BUCKETS];
        for (int i = 0; i < n; i++) {
            long key = current[i];
            for (int pass = 0; pass < PASSES; pass++) {
                counts[pass][(int) (key >>> (pass * DIGIT_BITS)) & (BUCKETS - 1)]++;
            }
        }
        long[] otherKeys = new long[n];
        int[] otherOrder = new int[n];
        for (int pass = 0; pass < PASSES; pass++) {
            int shift = pass * DIGIT_BITS;
            int[] starts = counts[pass];
            if (starts[(int) (current[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every key has the same digit here
            }
            int start = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int count = starts[b];
                starts[b] = start;
                start += count;
            }
            for (int i = 0; i < n; i++) {
                long key = current[i];
                int to = starts[(int) (key >>> shift) & (BUCKETS - 1)]++;
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
}
