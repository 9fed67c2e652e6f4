package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/** {@code m[key]}: the value of {@code key}, null when the map, the key or the entry is missing. */
public record GetMapValue(Expression child, Expression key) implements Expression {
    public GetMapValue {
        requireNonNull(child, "child is null");
        requireNonNull(key, "key is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child, key);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new GetMapValue(children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return ((MapType) child.dataType()).valueType();
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Nested.mapLookup(child.eval(batch, context), key.eval(batch, context), dataType());
    }

    @Override
    public String sql() {
        return child.sql() + "[" + key.sql() + "]";
    }

    @Override
    public String toString() {
        return child + "[" + key + "]";
    }
}
