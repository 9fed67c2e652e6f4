package io.rivulet.sql.vector;

import java.util.Arrays;

/** Offsets of variable-length rows (arrays, maps) into their children: checks, gathers, slices, building. */
final class Offsets {
    private Offsets() {}

    static void check(int[] offsets, int size, int childSize, String what) {
        if (offsets.length < size + 1 || offsets[0] != 0 || offsets[size] > childSize) {
            throw new IllegalArgumentException(
                    "Invalid offsets for " + size + " rows of " + what + " over " + childSize + " child values");
        }
    }

    /** The child positions of the rows at {@code positions}, in order; {@code outOffsets} receives the new offsets. */
    static int[] gatherChildPositions(int[] offsets, int[] positions, int count, int[] outOffsets) {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += offsets[positions[i] + 1] - offsets[positions[i]];
        }
        int[] childPositions = new int[Math.toIntExact(total)];
        int at = 0;
        for (int i = 0; i < count; i++) {
            for (int j = offsets[positions[i]]; j < offsets[positions[i] + 1]; j++) {
                childPositions[at++] = j;
            }
            outOffsets[i + 1] = at;
        }
        return childPositions;
    }

    /** Offsets of rows {@code from..to}, rebased to start at 0. */
    static int[] slice(int[] offsets, int from, int to) {
        int[] out = new int[to - from + 1];
        int start = offsets[from];
        for (int i = from; i <= to; i++) {
            out[i - from] = offsets[i] - start;
        }
        return out;
    }

    /** Room for the offset that ends row {@code row}: {@code offsets[row + 1]}. */
    static int[] ensure(int[] offsets, int row, int expectedRows) {
        if (offsets == null) {
            return new int[Math.max(Math.max(expectedRows, 16), row + 1) + 1];
        }
        return row + 2 > offsets.length ? Arrays.copyOf(offsets, Nulls.grow(offsets.length, row + 2)) : offsets;
    }
}
