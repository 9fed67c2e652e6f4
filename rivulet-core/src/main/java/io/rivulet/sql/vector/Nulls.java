package io.rivulet.sql.vector;

import java.util.Arrays;

/** Null masks: {@code boolean[]} with true for null rows, or null when no row is null. */
final class Nulls {
    private Nulls() {}

    /** The mask itself if one of its first {@code size} entries is true, else null. */
    static boolean[] canonical(boolean[] nulls, int size) {
        if (nulls == null) {
            return null;
        }
        for (int i = 0; i < size; i++) {
            if (nulls[i]) {
                return nulls;
            }
        }
        return null;
    }

    static boolean[] gather(boolean[] nulls, int[] positions, int count) {
        if (nulls == null) {
            return null;
        }
        boolean[] out = new boolean[count];
        for (int i = 0; i < count; i++) {
            out[i] = nulls[positions[i]];
        }
        return out;
    }

    static boolean[] slice(boolean[] nulls, int from, int to) {
        return nulls == null ? null : Arrays.copyOfRange(nulls, from, to);
    }

    static long bytes(boolean[] nulls) {
        return nulls == null ? 0 : 16 + nulls.length;
    }

    static boolean[] allNull(int size) {
        boolean[] nulls = new boolean[size];
        Arrays.fill(nulls, true);
        return nulls;
    }

    /** Array capacity for at least {@code needed} elements: doubles, as the builders grow. */
    static int grow(int current, int needed) {
        if (needed < 0) {
            throw new IllegalStateException("A vector cannot hold more than " + Integer.MAX_VALUE + " values");
        }
        long doubled = Math.max(16L, 2L * current);
        return (int) Math.min(Math.max(doubled, needed), Integer.MAX_VALUE - 8);
    }
}
