package io.rivulet.sql.expr;

import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;

/**
 * An expression that makes zero or more rows of each input row ({@code explode}, {@code posexplode},
 * {@code inline}): planned as a {@code Generate} node, never evaluated as a column.
 */
public interface Generator extends Expression {
    /** The columns each generated row has, with their default names ({@code col}; {@code pos, col}; {@code key, value}). */
    StructType elementSchema();

    /**
     * The rows generated from every row of {@code input}: {@link Generated#parents()}{@code [j]} is the input row
     * that generated row {@code j}, in input order. With {@code outer}, a row that generates nothing generates one
     * row of nulls instead.
     */
    Generated generate(ColumnBatch input, boolean outer, EvalContext context);

    /** What a generator made of one batch: the generated columns, and the input row of each generated row. */
    record Generated(ColumnBatch rows, int[] parents) {}

    @Override
    default boolean foldable() {
        return false;
    }
}
