package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import java.util.List;

/** {@code date_add(start, days)} and {@code date_sub(start, days)} ({@code subtract}): whole vectors of days. */
public record DateAdd(Expression start, Expression days, boolean subtract) implements ImplicitCastInputTypes {
    public DateAdd {
        requireNonNull(start, "start is null");
        requireNonNull(days, "days is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.DATE, ExpectedType.INT);
    }

    @Override
    public List<Expression> children() {
        return List.of(start, days);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new DateAdd(children.get(0), children.get(1), subtract);
    }

    @Override
    public DataType dataType() {
        return DataTypes.DateType;
    }

    @Override
    public boolean nullable() {
        return start.nullable() || days.nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector s = start.eval(batch, context);
        ColumnVector d = days.eval(batch, context);
        int n = batch.numRows();
        int[] a = ((IntVector) s).values();
        long[] b = Vectors.longs(d);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) (subtract ? a[i] - b[i] : a[i] + b[i]);
        }
        return Vectors.ofLongs(DataTypes.DateType, n, copy(out), Vectors.or(s.nulls(), d.nulls(), n));
    }

    private static long[] copy(int[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    @Override
    public String sql() {
        return SqlText.call(subtract ? "date_sub" : "date_add", children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan(subtract ? "date_sub" : "date_add", children());
    }
}
