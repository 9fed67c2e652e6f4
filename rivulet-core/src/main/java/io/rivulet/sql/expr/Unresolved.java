package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;

/**
 * A node the analyzer has yet to resolve: it has no type, is never evaluated, and a plan that still holds one
 * after analysis fails with an error naming it.
 */
public interface Unresolved extends Expression {
    @Override
    default DataType dataType() {
        throw new IllegalStateException("unresolved: " + sql() + " has no type yet");
    }

    @Override
    default boolean nullable() {
        throw new IllegalStateException("unresolved: " + sql() + " has no nullability yet");
    }

    @Override
    default boolean resolved() {
        return false;
    }

    @Override
    default boolean foldable() {
        return false;
    }
}
