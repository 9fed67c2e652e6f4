package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.List;

/** {@code (a + b)} of longs, raising ANSI's overflow error as the real one does. */
record TestPlus(Expression left, Expression right) implements Expression {
    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new TestPlus(children.get(0), children.get(1));
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
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector a = left.eval(batch, context);
        ColumnVector b = right.eval(batch, context);
        VectorBuilder out = VectorBuilder.forType(DataTypes.LongType, batch.numRows());
        for (int i = 0; i < batch.numRows(); i++) {
            if (a.isNull(i) || b.isNull(i)) {
                out.appendNull();
            } else {
                long x = (Long) a.getInternal(i);
                long y = (Long) b.getInternal(i);
                try {
                    out.appendInternal(Math.addExact(x, y));
                } catch (ArithmeticException e) {
                    throw new ArithmeticException("[ARITHMETIC_OVERFLOW] long overflow in " + this);
                }
            }
        }
        return out.build();
    }

    @Override
    public String sql() {
        return "(" + left.sql() + " + " + right.sql() + ")";
    }

    @Override
    public String toString() {
        return "(" + left + " + " + right + ")";
    }
}
