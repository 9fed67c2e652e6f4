package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.vector.ColumnVector;

/**
 * One partition of a window as its functions see it: {@code rows} rows sorted by the window's ORDER BY; {@code
 * arguments[k]}, the function's k-th child evaluated over them; {@code peerStart[i]}, the first row of row {@code
 * i}'s peer group (the rows equal to it in the ORDER BY keys; all rows are peers without an ORDER BY); and {@code
 * frameStart[i]} (inclusive) and {@code frameEnd[i]} (exclusive), the rows of row {@code i}'s frame, clamped to the
 * partition (an empty frame has {@code frameStart >= frameEnd}).
 */
public record WindowPartition(
        int rows, ColumnVector[] arguments, int[] peerStart, int[] frameStart, int[] frameEnd, EvalContext context) {
    public WindowPartition {
        requireNonNull(arguments, "arguments is null");
        requireNonNull(peerStart, "peerStart is null");
        requireNonNull(frameStart, "frameStart is null");
        requireNonNull(frameEnd, "frameEnd is null");
        requireNonNull(context, "context is null");
    }

    /**
     * A partition whose frames are computed from {@code frame}: ROWS offsets count rows; RANGE with UNBOUNDED and
     * CURRENT ROW bounds takes whole peer groups; RANGE with value offsets needs {@code orderKey} (the single
     * numeric ORDER BY key, ascending, over the sorted rows; null otherwise).
     */
    public static WindowPartition of(
            int rows,
            ColumnVector[] arguments,
            int[] peerStart,
            WindowFrame frame,
            ColumnVector orderKey,
            EvalContext context) {
        int[] start = new int[rows];
        int[] end = new int[rows];
        int[] peerEnd = peerEnds(peerStart, rows);
        for (int i = 0; i < rows; i++) {
            start[i] = bound(frame, frame.lower(), i, rows, peerStart, peerEnd, orderKey, true);
            end[i] = bound(frame, frame.upper(), i, rows, peerStart, peerEnd, orderKey, false);
        }
        return new WindowPartition(rows, arguments, peerStart, start, end, context);
    }

    /** The first row after each row's peer group. */
    static int[] peerEnds(int[] peerStart, int rows) {
        int[] end = new int[rows];
        for (int i = rows - 1; i >= 0; i--) {
            end[i] = i + 1 < rows && peerStart[i + 1] == peerStart[i] ? end[i + 1] : i + 1;
        }
        return end;
    }

    private static int bound(
            WindowFrame frame,
            long offset,
            int i,
            int rows,
            int[] peerStart,
            int[] peerEnd,
            ColumnVector orderKey,
            boolean lower) {
        if (offset == WindowFrame.UNBOUNDED_PRECEDING) {
            return 0;
        }
        if (offset == WindowFrame.UNBOUNDED_FOLLOWING) {
            return rows;
        }
        if (frame.type() == WindowFrame.FrameType.ROWS) {
            long row = i + offset + (lower ? 0 : 1);
            return (int) Math.max(0, Math.min(rows, row));
        }
        if (offset == WindowFrame.CURRENT_ROW) {
            return lower ? peerStart[i] : peerEnd[i];
        }
        if (orderKey == null) {
            throw new IllegalStateException("a RANGE frame with offsets needs the ORDER BY key");
        }
        return rangeBound(orderKey, i, rows, offset, lower);
    }

    /** The first row whose key is at least (lower) or above (upper) this row's key plus the offset. */
    private static int rangeBound(ColumnVector key, int i, int rows, long offset, boolean lower) {
        double[] keys = Vectors.doubles(key);
        if (key.isNull(i)) {
            int from = i;
            while (from > 0 && key.isNull(from - 1)) {
                from--;
            }
            int to = i;
            while (to < rows && key.isNull(to)) {
                to++;
            }
            return lower ? from : to;
        }
        double target = keys[i] + offset;
        int row = 0;
        while (row < rows && (key.isNull(row) || (lower ? keys[row] < target : keys[row] <= target))) {
            row++;
        }
        return row;
    }
}
