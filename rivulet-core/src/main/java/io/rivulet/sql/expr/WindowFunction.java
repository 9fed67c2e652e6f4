package io.rivulet.sql.expr;

import io.rivulet.sql.vector.ColumnVector;
import java.util.Optional;

/**
 * A function of a row's place in its window partition ({@code row_number}, {@code rank}, {@code dense_rank}, {@code
 * percent_rank}, {@code cume_dist}, {@code ntile}, {@code lag}, {@code lead}, {@code nth_value}); aggregates over a
 * frame ({@code sum(x) OVER w}, {@code first_value}) are {@link AggregateFunction}s, computed with {@link
 * WindowAggregates#evaluate}. Never evaluated as a column.
 *
 * <p>How the window operator calls it, for each partition: sort the partition's rows by the window's ORDER BY;
 * evaluate the function's {@link #children()} over the sorted rows; make a {@link WindowPartition} (the argument
 * vectors, where each peer group starts, and each row's frame, {@link WindowPartition#of}); call {@link #evaluate},
 * which gives one value per row in the same order.
 */
public interface WindowFunction extends Expression {
    /**
     * The frame this function is defined over, which the analyzer puts in the window's spec (Spark's {@code
     * WindowFunction.frame}): {@code ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW} for the ranking functions,
     * {@code RANGE ...} for {@code cume_dist}, {@code ROWS BETWEEN -k FOLLOWING AND -k FOLLOWING} for {@code lag(x,
     * k)}; empty when the spec's frame (or the default) applies.
     */
    default Optional<WindowFrame> requiredFrame() {
        return Optional.empty();
    }

    /** The values of every row of {@code partition}, in its order. */
    ColumnVector evaluate(WindowPartition partition);

    @Override
    default boolean foldable() {
        return false;
    }
}
