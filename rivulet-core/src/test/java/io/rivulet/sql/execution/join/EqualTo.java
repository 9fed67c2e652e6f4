package io.rivulet.sql.execution.join;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Objects;

/** A test-only {@code left = right} (the real one is on another branch), recognized by its name as the real one. */
public record EqualTo(Expression left, Expression right) implements Expression {
    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new EqualTo(children.get(0), children.get(1));
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
        return "(" + left.sql() + " = " + right.sql() + ")";
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector a = left.eval(batch, context);
        ColumnVector b = right.eval(batch, context);
        int rows = batch.numRows();
        boolean[] values = new boolean[rows];
        boolean[] nulls = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            nulls[i] = a.isNull(i) || b.isNull(i);
            values[i] = !nulls[i] && Objects.equals(a.get(i), b.get(i));
        }
        return new BooleanVector(DataTypes.BooleanType, rows, values, nulls);
    }

    @Override
    public String toString() {
        return "(" + left + " = " + right + ")";
    }
}
