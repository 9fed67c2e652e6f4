package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/** {@code s.name}: field {@code ordinal} of a struct, null when the struct is. */
public record GetStructField(Expression child, int ordinal, String name) implements Expression {
    public GetStructField {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new GetStructField(children.get(0), ordinal, name);
    }

    private StructType struct() {
        return (StructType) child.dataType();
    }

    @Override
    public DataType dataType() {
        return struct().fields()[ordinal].dataType();
    }

    @Override
    public boolean nullable() {
        return child.nullable() || struct().fields()[ordinal].nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Nested.field(child.eval(batch, context), ordinal);
    }

    @Override
    public String sql() {
        return child.sql() + "." + SqlText.quoteIfNeeded(name);
    }

    @Override
    public String toString() {
        return child + "." + name;
    }
}
