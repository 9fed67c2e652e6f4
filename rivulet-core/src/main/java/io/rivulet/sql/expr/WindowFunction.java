package io.rivulet.sql.expr;

/**
 * A function of a row's place in its window partition ({@code row_number}, {@code rank}, {@code dense_rank},
 * {@code percent_rank}, {@code ntile}, {@code lag}, {@code lead}, {@code first_value}, {@code last_value}); also
 * any {@link AggregateFunction} over a frame. Computed by the window operator over each partition's rows in
 * order, never evaluated as a column.
 */
public interface WindowFunction extends Expression {
    @Override
    default boolean foldable() {
        return false;
    }
}
