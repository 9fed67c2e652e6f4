package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

/**
 * The rows of a window partition a function sees around the current row: {@code ROWS BETWEEN 1 PRECEDING AND
 * CURRENT ROW}, {@code RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW} (Spark's default with an ordering).
 * Offsets are relative to the current row: negative before it, {@link #UNBOUNDED_PRECEDING} and
 * {@link #UNBOUNDED_FOLLOWING} for the partition's ends, 0 for the current row (for {@code RANGE}, its peers).
 */
public record WindowFrame(FrameType type, long lower, long upper, boolean writtenAsPreceding) {
    public static final long UNBOUNDED_PRECEDING = Long.MIN_VALUE;
    public static final long UNBOUNDED_FOLLOWING = Long.MAX_VALUE;
    public static final long CURRENT_ROW = 0;

    /** Whether offsets count rows or values of the ordering key. */
    public enum FrameType {
        ROWS,
        RANGE
    }

    public WindowFrame {
        requireNonNull(type, "type is null");
    }

    /**
     * A frame with offsets given as numbers ({@code Window.rowsBetween(-1, 1)}, lag's frame), which Spark names
     * {@code -1 FOLLOWING}; SQL text's {@code 1 PRECEDING} ({@code writtenAsPreceding}) is named as written.
     */
    public WindowFrame(FrameType type, long lower, long upper) {
        this(type, lower, upper, false);
    }

    /** With an ordering, Spark's default frame: the partition up to the current row and its peers. */
    public static final WindowFrame DEFAULT_ORDERED =
            new WindowFrame(FrameType.RANGE, UNBOUNDED_PRECEDING, CURRENT_ROW);

    /** Without an ordering, the whole partition. */
    public static final WindowFrame WHOLE_PARTITION =
            new WindowFrame(FrameType.ROWS, UNBOUNDED_PRECEDING, UNBOUNDED_FOLLOWING);

    @Override
    public String toString() {
        return (type == FrameType.ROWS ? "rowsBetween" : "rangeBetween") + "(" + bound(lower) + ", " + bound(upper)
                + ")";
    }

    private static String bound(long offset) {
        if (offset == UNBOUNDED_PRECEDING) {
            return "unboundedpreceding$()";
        } else if (offset == UNBOUNDED_FOLLOWING) {
            return "unboundedfollowing$()";
        } else if (offset == CURRENT_ROW) {
            return "currentrow$()";
        }
        return Long.toString(offset);
    }
}
