package io.rivulet.sql.execution.join;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import java.util.List;

/** A test-only {@code left < right} of longs, null if either is: a post-filter. */
public record LessThan(Expression left, Expression right) implements Expression {
    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new LessThan(children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return DataTypes.BooleanType;
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public String sql() {
        return "(" + left.sql() + " < " + right.sql() + ")";
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        LongVector a = (LongVector) left.eval(batch, context);
        LongVector b = (LongVector) right.eval(batch, context);
        int rows = batch.numRows();
        boolean[] values = new boolean[rows];
        boolean[] nulls = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            nulls[i] = a.isNull(i) || b.isNull(i);
            values[i] = !nulls[i] && a.getLong(i) < b.getLong(i);
        }
        return new BooleanVector(DataTypes.BooleanType, rows, values, nulls);
    }

    @Override
    public String toString() {
        return "(" + left + " < " + right + ")";
    }
}
