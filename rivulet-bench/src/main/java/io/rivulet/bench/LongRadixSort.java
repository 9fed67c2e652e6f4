package io.rivulet.bench;

/**
 * A least-significant-digit radix sort of a range of a {@code long[]} in signed order, for the hand-written
 * DataFrame peer: one pass counts all eight byte histograms, then each byte whose values are not all equal
 * gets a stable scatter pass between the array and a buffer of the same length. The sign bit is flipped
 * when taking the top byte, so negative values come first. {@code LongRadixSortTest} checks it against
 * {@link java.util.Arrays#sort(long[])}.
 */
final class LongRadixSort {
    private static final int DIGITS = 8;
    private static final int RADIX = 256;

    private LongRadixSort() {}

    /** Sorts {@code values[from, to)}, using {@code buffer[from, to)} as scratch space. */
    static void sort(long[] values, long[] buffer, int from, int to) {
        int[][] counts = new int[DIGITS][RADIX];
        for (int i = from; i < to; i++) {
            long key = values[i] ^ Long.MIN_VALUE;
            for (int d = 0; d < DIGITS; d++) {
                counts[d][(int) (key >>> (8 * d)) & 0xFF]++;
            }
        }
        long[] source = values;
        long[] target = buffer;
        int n = to - from;
        for (int d = 0; d < DIGITS; d++) {
            int[] count = counts[d];
            if (n == 0 || count[(int) ((source[from] ^ Long.MIN_VALUE) >>> (8 * d)) & 0xFF] == n) {
                continue; // every value has the same byte here: the pass would not move anything
            }
            int[] next = new int[RADIX];
            int offset = from;
            for (int b = 0; b < RADIX; b++) {
                next[b] = offset;
                offset += count[b];
            }
            int shift = 8 * d;
            for (int i = from; i < to; i++) {
                long value = source[i];
                target[next[(int) ((value ^ Long.MIN_VALUE) >>> shift) & 0xFF]++] = value;
            }
            long[] swap = source;
            source = target;
            target = swap;
        }
        if (source != values) {
            System.arraycopy(source, from, values, from, n);
        }
    }
}
