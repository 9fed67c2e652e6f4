package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import java.util.List;

/** {@code datediff(end, start)} (also {@code date_diff}, named as called): the days from {@code start} to {@code end}. */
public record DateDiff(Expression end, Expression start, String name) implements ImplicitCastInputTypes {
    public DateDiff {
        requireNonNull(end, "end is null");
        requireNonNull(start, "start is null");
        requireNonNull(name, "name is null");
    }

    public DateDiff(Expression end, Expression start) {
        this(end, start, "datediff");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.DATE, ExpectedType.DATE);
    }

    @Override
    public List<Expression> children() {
        return List.of(end, start);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new DateDiff(children.get(0), children.get(1), name);
    }

    @Override
    public DataType dataType() {
        return DataTypes.IntegerType;
    }

    @Override
    public boolean nullable() {
        return end.nullable() || start.nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector e = end.eval(batch, context);
        ColumnVector s = start.eval(batch, context);
        int n = batch.numRows();
        int[] a = ((IntVector) e).values();
        int[] b = ((IntVector) s).values();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = a[i] - b[i];
        }
        boolean[] nulls = Vectors.or(e.nulls(), s.nulls(), n);
        if (nulls != null) {
            for (int i = 0; i < n; i++) {
                out[i] = nulls[i] ? 0 : out[i];
            }
        }
        return new IntVector(DataTypes.IntegerType, n, out, nulls);
    }

    @Override
    public String sql() {
        return SqlText.call(name, children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan(name, children());
    }
}
