package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/**
 * A function of two doubles: {@code POWER(x, y)} (also {@code pow}), {@code ATAN2(y, x)}, {@code HYPOT(x, y)},
 * {@code LOG(base, x)} (null when either is not positive, as Spark's).
 */
public record MathBinary(Kind kind, Expression left, Expression right) implements ImplicitCastInputTypes {
    /** The function and its column name. */
    public enum Kind {
        POWER("POWER"),
        POW("pow"),
        ATAN2("ATAN2"),
        HYPOT("HYPOT"),
        LOG("LOG");

        private final String function;

        Kind(String function) {
            this.function = function;
        }

        public String function() {
            return function;
        }
    }

    public MathBinary {
        requireNonNull(kind, "kind is null");
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.DOUBLE, ExpectedType.DOUBLE);
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new MathBinary(kind, children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return DataTypes.DoubleType;
    }

    @Override
    public boolean nullable() {
        return kind == Kind.LOG || left.nullable() || right.nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector l = left.eval(batch, context);
        ColumnVector r = right.eval(batch, context);
        int n = batch.numRows();
        double[] a = Vectors.doubles(l);
        double[] b = Vectors.doubles(r);
        double[] out = new double[n];
        boolean[] nulls = Vectors.or(l.nulls(), r.nulls(), n);
        switch (kind) {
            case POWER, POW -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Math.pow(a[i], b[i]);
                }
            }
            case ATAN2 -> {
                for (int i = 0; i < n; i++) {
                    // Spark adds 0.0 to turn -0.0 into 0.0
                    out[i] = Math.atan2(a[i] + 0.0, b[i] + 0.0);
                }
            }
            case HYPOT -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Math.hypot(a[i], b[i]);
                }
            }
            case LOG -> {
                boolean[] result = Vectors.writable(nulls, n);
                for (int i = 0; i < n; i++) {
                    if (a[i] <= 0 || b[i] <= 0) {
                        result[i] = true;
                    } else {
                        out[i] = Math.log(b[i]) / Math.log(a[i]);
                    }
                }
                nulls = result;
            }
        }
        return Vectors.ofDoubles(DataTypes.DoubleType, n, out, nulls);
    }

    @Override
    public String sql() {
        return kind.function() + "(" + left.sql() + ", " + right.sql() + ")";
    }

    @Override
    public String toString() {
        return kind.function() + "(" + left + ", " + right + ")";
    }
}
