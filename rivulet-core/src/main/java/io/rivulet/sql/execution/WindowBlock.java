package io.rivulet.sql.execution;

import io.rivulet.sql.expr.WindowFrame;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.FloatVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.ShortVector;

/**
 * Rows of one or more whole window partitions, sorted by the window's order, that the window operator evaluates
 * together: the rows ({@link #rows}), where each partition starts ({@link #starts}, one more entry than there are
 * partitions, the last being the row count), the order key columns and where each peer group (rows equal in all
 * order keys) starts. From these it computes any row's frame ({@link #frames}): the rows {@code [lower, upper)} a
 * function sees around it.
 */
final class WindowBlock {
    private final ColumnBatch rows;
    private final int[] starts;
    private final ColumnBatch orderKeys;
    private final boolean[] orderAscending;
    /** For each row, the first row of its peer group and the row after its last. */
    private final int[] peerStart;

    private final int[] peerEnd;

    WindowBlock(ColumnBatch rows, int[] starts, ColumnBatch orderKeys, ColumnOrdering orderOrdering) {
        this.rows = rows;
        this.starts = starts;
        this.orderKeys = orderKeys;
        this.orderAscending = orderOrdering.ascending();
        int n = rows.numRows();
        peerStart = new int[n];
        peerEnd = new int[n];
        for (int p = 0; p + 1 < starts.length; p++) {
            int from = starts[p];
            int to = starts[p + 1];
            int groupStart = from;
            for (int i = from; i < to; i++) {
                if (i > from && orderOrdering.compare(orderKeys, i - 1, orderKeys, i) != 0) {
                    for (int j = groupStart; j < i; j++) {
                        peerEnd[j] = i;
                    }
                    groupStart = i;
                }
                peerStart[i] = groupStart;
            }
            for (int j = groupStart; j < to; j++) {
                peerEnd[j] = to;
            }
        }
    }

    ColumnBatch rows() {
        return rows;
    }

    int numRows() {
        return rows.numRows();
    }

    int[] starts() {
        return starts;
    }

    int numPartitions() {
        return starts.length - 1;
    }

    /** The first row of row {@code i}'s peer group. */
    int peerStart(int i) {
        return peerStart[i];
    }

    /** The row after the last of row {@code i}'s peer group. */
    int peerEnd(int i) {
        return peerEnd[i];
    }

    /** The frames of every row: {@code lower[i]} to {@code upper[i]} (exclusive), empty when lower >= upper. */
    int[][] frames(WindowFrame frame) {
        int n = numRows();
        int[] lower = new int[n];
        int[] upper = new int[n];
        boolean range = frame.type() == WindowFrame.FrameType.RANGE;
        for (int p = 0; p < numPartitions(); p++) {
            int from = starts[p];
            int to = starts[p + 1];
            for (int i = from; i < to; i++) {
                lower[i] = range
                        ? rangeBound(frame.lower(), i, from, to, true)
                        : rowsBound(frame.lower(), i, from, to, true);
                upper[i] = range
                        ? rangeBound(frame.upper(), i, from, to, false)
                        : rowsBound(frame.upper(), i, from, to, false);
                if (upper[i] < lower[i]) {
                    upper[i] = lower[i];
                }
            }
        }
        return new int[][] {lower, upper};
    }

    private static int rowsBound(long offset, int i, int from, int to, boolean lower) {
        if (offset == WindowFrame.UNBOUNDED_PRECEDING) {
            return from;
        } else if (offset == WindowFrame.UNBOUNDED_FOLLOWING) {
            return to;
        }
        long bound = (long) i + offset + (lower ? 0 : 1);
        return (int) Math.max(from, Math.min(to, bound));
    }

    private int rangeBound(long offset, int i, int from, int to, boolean lower) {
        if (offset == WindowFrame.UNBOUNDED_PRECEDING) {
            return from;
        } else if (offset == WindowFrame.UNBOUNDED_FOLLOWING) {
            return to;
        } else if (offset == WindowFrame.CURRENT_ROW) {
            return lower ? peerStart[i] : peerEnd[i];
        }
        ColumnVector key = orderKeys.column(0);
        if (key.isNull(i)) {
            return lower ? peerStart[i] : peerEnd[i]; // a null's range is its null peers
        }
        // The non-null rows of the partition: nulls are first or last, in one peer group.
        int lo = from;
        int hi = to;
        if (key.isNull(from)) {
            lo = peerEnd[from];
        }
        if (key.isNull(to - 1)) {
            hi = peerStart[to - 1];
        }
        long signedOffset = orderAscending[0] ? offset : -offset;
        // lower: the first row whose value is at or past the target; upper: the first one past it.
        while (lo < hi) {
            int middle = (lo + hi) >>> 1;
            int d = compareToTarget(key, middle, i, signedOffset);
            if (!orderAscending[0]) {
                d = -d;
            }
            if (d < 0 || (!lower && d == 0)) {
                lo = middle + 1;
            } else {
                hi = middle;
            }
        }
        return lo;
    }

    /** The sign of {@code value(row) - (value(current) + offset)}: exact for integral keys (saturating). */
    private static int compareToTarget(ColumnVector key, int row, int current, long offset) {
        if (key instanceof LongVector
                || key instanceof IntVector
                || key instanceof ShortVector
                || key instanceof io.rivulet.sql.vector.ByteVector) {
            long base = key instanceof LongVector l ? l.getLong(current) : (long) value(key, current);
            long target = offset > 0
                    ? (base > Long.MAX_VALUE - offset ? Long.MAX_VALUE : base + offset)
                    : (base < Long.MIN_VALUE - offset ? Long.MIN_VALUE : base + offset);
            long v = key instanceof LongVector l ? l.getLong(row) : (long) value(key, row);
            return Long.compare(v, target);
        }
        double target = value(key, current) + offset;
        return Double.compare(value(key, row), target);
    }

    /** A numeric order key's value (RANGE frames with offsets need exactly one numeric key; the analyzer checks). */
    private static double value(ColumnVector key, int row) {
        if (key instanceof LongVector v) {
            return v.getLong(row);
        } else if (key instanceof IntVector v) {
            return v.getInt(row);
        } else if (key instanceof DoubleVector v) {
            return v.getDouble(row);
        } else if (key instanceof FloatVector v) {
            return v.values()[row];
        } else if (key instanceof ShortVector v) {
            return v.values()[row];
        } else if (key instanceof io.rivulet.sql.vector.ByteVector v) {
            return v.values()[row];
        }
        throw new IllegalStateException(
                "a RANGE frame with offsets over " + key.type().simpleString());
    }
}
