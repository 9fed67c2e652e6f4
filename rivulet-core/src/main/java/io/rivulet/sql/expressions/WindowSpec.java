package io.rivulet.sql.expressions;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.Column;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.UnresolvedAttribute;
import io.rivulet.sql.expr.WindowFrame;
import io.rivulet.sql.expr.WindowSpecDefinition;
import io.rivulet.sql.session.Frames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A window: how rows are partitioned, ordered and framed for a window function ({@code Column.over(spec)}), as
 * Spark's {@code WindowSpec}. Immutable: each method gives a new spec. Without a frame, a function gets Spark's
 * default: the whole partition without an ordering, {@code RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW} with
 * one.
 */
public final class WindowSpec {
    static {
        Frames.registerWindows(spec -> spec.definition);
    }

    private final WindowSpecDefinition definition;

    WindowSpec(List<Expression> partition, List<SortOrder> order, Optional<WindowFrame> frame) {
        this.definition = new WindowSpecDefinition(partition, order, frame);
    }

    /** Partitioned by {@code columns} (replacing an earlier partitioning, as in Spark). */
    public WindowSpec partitionBy(Column... columns) {
        return new WindowSpec(expressions(columns), definition.orderSpec(), definition.frame());
    }

    public WindowSpec partitionBy(String column, String... columns) {
        return partitionBy(named(column, columns));
    }

    /** Ordered by {@code columns}: ascending unless a column says {@code desc()}. */
    public WindowSpec orderBy(Column... columns) {
        List<SortOrder> order = new ArrayList<>();
        for (Expression e : expressions(columns)) {
            order.add(e instanceof SortOrder sort ? sort : SortOrder.asc(e));
        }
        return new WindowSpec(definition.partitionSpec(), order, definition.frame());
    }

    public WindowSpec orderBy(String column, String... columns) {
        return orderBy(named(column, columns));
    }

    /**
     * The rows from {@code start} to {@code end} relative to the current one (negative before it): {@link
     * Window#unboundedPreceding()}, {@link Window#currentRow()}, {@link Window#unboundedFollowing()} or an offset.
     */
    public WindowSpec rowsBetween(long start, long end) {
        return framed(WindowFrame.FrameType.ROWS, rowBoundary("start", start), rowBoundary("end", end));
    }

    /** A row offset must be a 32-bit integer unless it is one of the unbounded ends, as in Spark. */
    private static long rowBoundary(String which, long boundary) {
        boolean unbounded = boundary == WindowFrame.UNBOUNDED_PRECEDING || boundary == WindowFrame.UNBOUNDED_FOLLOWING;
        if (!unbounded && (boundary < Integer.MIN_VALUE || boundary > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("Boundary " + which + " is not a valid integer: " + boundary);
        }
        return boundary;
    }

    /** The rows whose ordering value lies from {@code start} to {@code end} from the current row's. */
    public WindowSpec rangeBetween(long start, long end) {
        return framed(WindowFrame.FrameType.RANGE, start, end);
    }

    private WindowSpec framed(WindowFrame.FrameType type, long start, long end) {
        WindowFrame frame = new WindowFrame(type, start, end);
        return new WindowSpec(definition.partitionSpec(), definition.orderSpec(), Optional.of(frame));
    }

    private static List<Expression> expressions(Column... columns) {
        requireNonNull(columns, "columns is null");
        List<Expression> out = new ArrayList<>(columns.length);
        for (Column column : columns) {
            out.add(Frames.expression(requireNonNull(column, "column is null")));
        }
        return out;
    }

    private static Column[] named(String column, String... columns) {
        Column[] all = new Column[columns.length + 1];
        all[0] = Frames.column(UnresolvedAttribute.quoted(requireNonNull(column, "column is null")));
        for (int i = 0; i < columns.length; i++) {
            all[i + 1] = Frames.column(UnresolvedAttribute.quoted(requireNonNull(columns[i], "column is null")));
        }
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WindowSpec that && definition.equals(that.definition);
    }

    @Override
    public int hashCode() {
        return definition.hashCode();
    }

    @Override
    public String toString() {
        return definition.toString();
    }
}
