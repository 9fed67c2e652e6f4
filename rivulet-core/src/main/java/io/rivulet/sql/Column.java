package io.rivulet.sql;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.Expression;

/**
 * A column expression of the DataFrame API, as Spark's {@code Column}: {@code col("age").geq(65)},
 * {@code col("a").plus(col("b")).as("c")}. Immutable; building one runs nothing, and names are resolved when
 * the DataFrame that uses it is made.
 */
public final class Column {
    private final Expression expression;

    Column(Expression expression) {
        this.expression = requireNonNull(expression, "expression is null");
    }

    Expression expression() {
        return expression;
    }

    /** The expression as Spark prints a column: {@code (a + 1)}. */
    @Override
    public String toString() {
        return expression.sql();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Column that && expression.equals(that.expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }
}
