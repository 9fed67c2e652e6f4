package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/**
 * {@code arr[i]}: the element at 0-based {@code ordinal}; null when the array or the index is null; out of bounds
 * an error in ANSI mode ({@code [INVALID_ARRAY_INDEX]}, as Spark 4's), null otherwise.
 */
public record GetArrayItem(Expression child, Expression ordinal) implements MayRaise {
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
    public boolean mayRaise() {
        return true;
    }

    /** In ANSI mode an index out of bounds is {@code [INVALID_ARRAY_INDEX]}, as Spark 4's {@code arr[i]}. */
    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Nested.arrayItem(
                child.eval(batch, context), ordinal.eval(batch, context), dataType(), context.ansi(), this);
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
