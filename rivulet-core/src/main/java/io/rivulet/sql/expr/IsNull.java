package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/** {@code child IS NULL} (also {@code isnull(child)}): never null. */
public record IsNull(Expression child) implements Expression {
    public IsNull {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new IsNull(children.get(0));
    }

    @Override
    public DataType dataType() {
        return DataTypes.BooleanType;
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector in = child.eval(batch, context);
        int n = batch.numRows();
        boolean[] nulls = in.nulls();
        boolean[] out = new boolean[n];
        if (nulls != null) {
            for (int i = 0; i < n; i++) {
                out[i] = nulls[i];
            }
        }
        return Vectors.ofBooleans(n, out, null);
    }

    @Override
    public String sql() {
        return "(" + child.sql() + " IS NULL)";
    }

    @Override
    public String toString() {
        return "(" + child + " IS NULL)";
    }
}
