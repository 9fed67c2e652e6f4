package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/**
 * {@code shiftleft(a, n)}, {@code shiftright(a, n)}, {@code shiftrightunsigned(a, n)} of an int or bigint by an int,
 * as Java shifts it (the count taken modulo the width).
 */
public record Shift(Kind kind, Expression left, Expression right) implements ImplicitCastInputTypes {
    /** The direction. */
    public enum Kind {
        LEFT("shiftleft"),
        RIGHT("shiftright"),
        RIGHT_UNSIGNED("shiftrightunsigned");

        private final String function;

        Kind(String function) {
            this.function = function;
        }

        public String function() {
            return function;
        }
    }

    public Shift {
        requireNonNull(kind, "kind is null");
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.anyOf(ExpectedType.INT, ExpectedType.LONG), ExpectedType.INT);
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Shift(kind, children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return left.dataType();
    }

    @Override
    public boolean nullable() {
        return left.nullable() || right.nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector l = left.eval(batch, context);
        ColumnVector r = right.eval(batch, context);
        int n = batch.numRows();
        long[] a = Vectors.longs(l);
        long[] b = Vectors.longs(r);
        long[] out = new long[n];
        boolean wide = l.type() instanceof LongType;
        for (int i = 0; i < n; i++) {
            int by = (int) b[i];
            if (wide) {
                out[i] = switch (kind) {
                    case LEFT -> a[i] << by;
                    case RIGHT -> a[i] >> by;
                    case RIGHT_UNSIGNED -> a[i] >>> by;
                };
            } else {
                int x = (int) a[i];
                out[i] = switch (kind) {
                    case LEFT -> x << by;
                    case RIGHT -> x >> by;
                    case RIGHT_UNSIGNED -> x >>> by;
                };
            }
        }
        return Vectors.ofLongs(l.type(), n, out, Vectors.or(l.nulls(), r.nulls(), n));
    }

    @Override
    public String sql() {
        return SqlText.call(kind.function(), children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan(kind.function(), children());
    }
}
