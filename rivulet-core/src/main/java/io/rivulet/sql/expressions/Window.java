package io.rivulet.sql.expressions;

import io.rivulet.sql.Column;
import io.rivulet.sql.expr.WindowFrame;
import java.util.List;
import java.util.Optional;

/**
 * Where window specs start, as Spark's {@code Window}: {@code Window.partitionBy("dept").orderBy(col("salary")
 * .desc()).rowsBetween(Window.unboundedPreceding(), Window.currentRow())}.
 */
public final class Window {
    private static final WindowSpec EMPTY = new WindowSpec(List.of(), List.of(), Optional.empty());

    private Window() {}

    /** The empty spec: one partition, no ordering, the default frame. */
    public static WindowSpec spec() {
        return EMPTY;
    }

    public static WindowSpec partitionBy(Column... columns) {
        return EMPTY.partitionBy(columns);
    }

    public static WindowSpec partitionBy(String column, String... columns) {
        return EMPTY.partitionBy(column, columns);
    }

    public static WindowSpec orderBy(Column... columns) {
        return EMPTY.orderBy(columns);
    }

    public static WindowSpec orderBy(String column, String... columns) {
        return EMPTY.orderBy(column, columns);
    }

    public static WindowSpec rowsBetween(long start, long end) {
        return EMPTY.rowsBetween(start, end);
    }

    public static WindowSpec rangeBetween(long start, long end) {
        return EMPTY.rangeBetween(start, end);
    }

    /** The first row of the partition, as a frame boundary ({@code Long.MIN_VALUE}, as in Spark). */
    public static long unboundedPreceding() {
        return WindowFrame.UNBOUNDED_PRECEDING;
    }

    /** The last row of the partition, as a frame boundary ({@code Long.MAX_VALUE}). */
    public static long unboundedFollowing() {
        return WindowFrame.UNBOUNDED_FOLLOWING;
    }

    /** The current row (for a range frame, its peers), as a frame boundary (0). */
    public static long currentRow() {
        return WindowFrame.CURRENT_ROW;
    }
}
