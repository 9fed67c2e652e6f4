package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A function of a double giving a double ({@code sqrt}, {@code exp}, {@code ln}, trigonometry, ...), named as Spark
 * names its columns ({@code SQRT(x)}, {@code ln(x)}). The logarithms are null at and below their asymptote
 * ({@code ln(0)}, {@code log1p(-1)}), as Spark's; the others follow {@link Math} (NaN outside their domain).
 */
public record MathUnary(Kind kind, Expression child) implements ImplicitCastInputTypes {
    /** The function: its column name and its computation. */
    public enum Kind {
        SQRT("SQRT", Math::sqrt),
        CBRT("CBRT", Math::cbrt),
        EXP("EXP", Math::exp),
        EXPM1("EXPM1", Math::expm1),
        LN("ln", Math::log, 0),
        LOG10("LOG10", Math::log10, 0),
        LOG2("LOG2", x -> Math.log(x) / Math.log(2), 0),
        LOG1P("LOG1P", Math::log1p, -1),
        SIN("SIN", Math::sin),
        COS("COS", Math::cos),
        TAN("TAN", Math::tan),
        COT("COT", x -> 1 / Math.tan(x)),
        SEC("SEC", x -> 1 / Math.cos(x)),
        CSC("CSC", x -> 1 / Math.sin(x)),
        ASIN("ASIN", Math::asin),
        ACOS("ACOS", Math::acos),
        ATAN("ATAN", Math::atan),
        SINH("SINH", Math::sinh),
        COSH("COSH", Math::cosh),
        TANH("TANH", Math::tanh),
        ASINH("ASINH", x -> x == Double.NEGATIVE_INFINITY ? x : Math.log(x + Math.sqrt(x * x + 1))),
        ACOSH("ACOSH", x -> Math.log(x + Math.sqrt(x * x - 1))),
        ATANH("ATANH", x -> 0.5 * Math.log((1 + x) / (1 - x))),
        DEGREES("DEGREES", Math::toDegrees),
        RADIANS("RADIANS", Math::toRadians),
        RINT("rint", Math::rint),
        SIGNUM("SIGNUM", Math::signum),
        SIGN("sign", Math::signum);

        private final String function;
        private final DoubleUnaryOperator operator;
        private final double asymptote;

        Kind(String function, DoubleUnaryOperator operator) {
            this(function, operator, Double.NaN);
        }

        Kind(String function, DoubleUnaryOperator operator, double asymptote) {
            this.function = function;
            this.operator = operator;
            this.asymptote = asymptote;
        }

        public String function() {
            return function;
        }

        /** Whether values at or below an asymptote give null (the logarithms). */
        boolean hasAsymptote() {
            return !Double.isNaN(asymptote);
        }
    }

    public MathUnary {
        requireNonNull(kind, "kind is null");
        requireNonNull(child, "child is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.DOUBLE);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new MathUnary(kind, children.get(0));
    }

    @Override
    public DataType dataType() {
        return DataTypes.DoubleType;
    }

    @Override
    public boolean nullable() {
        return child.nullable() || kind.hasAsymptote();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector in = child.eval(batch, context);
        int n = batch.numRows();
        double[] a = Vectors.doubles(in);
        double[] out = new double[n];
        DoubleUnaryOperator op = kind.operator;
        for (int i = 0; i < n; i++) {
            out[i] = op.applyAsDouble(a[i]);
        }
        boolean[] nulls = in.nulls();
        if (kind.hasAsymptote()) {
            double asymptote = kind.asymptote;
            for (int i = 0; i < n; i++) {
                if (a[i] <= asymptote && !Vectors.isNull(nulls, i)) {
                    nulls = nulls == in.nulls() ? Vectors.writable(nulls, n) : nulls;
                    nulls[i] = true;
                }
            }
        }
        return Vectors.ofDoubles(DataTypes.DoubleType, n, out, nulls);
    }

    @Override
    public String sql() {
        return kind.function() + "(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return kind.function() + "(" + child + ")";
    }
}
