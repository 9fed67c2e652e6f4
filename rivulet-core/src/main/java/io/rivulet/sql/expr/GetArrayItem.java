package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import java.util.List;

/**
 * {@code arr[i]}: the element at 0-based {@code ordinal}; null when the array or the index is null, and (as Spark's
 * {@code getItem}) when the index is out of bounds.
 */
public record GetArrayItem(Expression child, Expression ordinal) implements Expression {
    public GetArrayItem {
        requireNonNull(child, "child is null");
        requireNonNull(ordinal, "ordinal is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child, ordinal);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new GetArrayItem(children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return ((ArrayType) child.dataType()).elementType();
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public String sql() {
        return child.sql() + "[" + ordinal.sql() + "]";
    }

    @Override
    public String toString() {
        return child + "[" + ordinal + "]";
    }
}
