package io.rivulet.sql.expr;

import java.util.Arrays;

/** Growth of the per-group arrays of aggregation states: doubling, new groups zeroed (or filled). */
final class GroupArrays {
    private GroupArrays() {}

    static int capacity(int current, int groups) {
        return groups <= current ? current : Math.max(groups, Math.max(16, 2 * current));
    }

    static long[] grow(long[] a, int groups) {
        return groups <= a.length ? a : Arrays.copyOf(a, capacity(a.length, groups));
    }

    static double[] grow(double[] a, int groups) {
        return groups <= a.length ? a : Arrays.copyOf(a, capacity(a.length, groups));
    }

    static boolean[] grow(boolean[] a, int groups) {
        return groups <= a.length ? a : Arrays.copyOf(a, capacity(a.length, groups));
    }

    /** Grows a boolean array whose new entries start true. */
    static boolean[] growTrue(boolean[] a, int groups) {
        if (groups <= a.length) {
            return a;
        }
        int old = a.length;
        boolean[] out = Arrays.copyOf(a, capacity(a.length, groups));
        Arrays.fill(out, old, out.length, true);
        return out;
    }

    static Object[] grow(Object[] a, int groups) {
        return groups <= a.length ? a : Arrays.copyOf(a, capacity(a.length, groups));
    }

    /** The first {@code n} entries, as a vector's array must have at least its size. */
    static long[] head(long[] a, int n) {
        return Arrays.copyOf(a, n);
    }
}
