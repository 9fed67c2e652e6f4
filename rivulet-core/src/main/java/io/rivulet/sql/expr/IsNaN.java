package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/** {@code isnan(child)} of a double or float: false for null, never null. */
public record IsNaN(Expression child) implements ImplicitCastInputTypes {
    public IsNaN {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.anyOf(ExpectedType.DOUBLE, ExpectedType.of(DataTypes.FloatType)));
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new IsNaN(children.get(0));
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
        double[] a = Vectors.doubles(in);
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = Double.isNaN(a[i]);
        }
        return Vectors.ofBooleans(n, out, null);
    }

    @Override
    public String sql() {
        return "isnan(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return "isnan(" + child + ")";
    }
}
