package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import java.util.List;

/** A test-only {@code left + right} of longs, null if either is (the real arithmetic is on another branch). */
public record TestAdd(Expression left, Expression right) implements Expression {
    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new TestAdd(children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return DataTypes.LongType;
    }

    @Override
    public boolean nullable() {
        return left.nullable() || right.nullable();
    }

    @Override
    public String sql() {
        return "(" + left.sql() + " + " + right.sql() + ")";
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        LongVector a = (LongVector) left.eval(batch, context);
        LongVector b = (LongVector) right.eval(batch, context);
        int rows = batch.numRows();
        long[] out = new long[rows];
        boolean[] nulls = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            nulls[i] = a.isNull(i) || b.isNull(i);
            out[i] = nulls[i] ? 0 : a.getLong(i) + b.getLong(i);
        }
        return new LongVector(DataTypes.LongType, rows, out, nulls);
    }

    @Override
    public String toString() {
        return "(" + left + " + " + right + ")";
    }
}
