package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.Types;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * {@code round(x, scale)} (half up) and {@code bround(x, scale)} (half even) as Spark's: a double is rounded as its
 * decimal string ({@code round(2.675, 2)} is 2.68, not the binary 2.67); integers keep their type (a negative scale
 * rounds to tens, hundreds, ...); a {@code decimal(p, s)} becomes {@code decimal(p - s + 1 + min(s, scale),
 * min(s, scale))}. {@code scale} must be a constant int.
 */
public record Round(Expression child, Expression scale, boolean halfEven) implements ImplicitCastInputTypes {
    public Round {
        requireNonNull(child, "child is null");
        requireNonNull(scale, "scale is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.NUMERIC, ExpectedType.INT);
    }

    @Override
    public List<Expression> children() {
        return List.of(child, scale);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Round(children.get(0), children.get(1), halfEven);
    }

    @Override
    public Optional<String> checkInputTypes() {
        Optional<String> types = ImplicitCastInputTypes.super.checkInputTypes();
        return types.isPresent() ? types : TypeChecks.foldable(this, "`scale`", "\"INT\"", scale);
    }

    private int scaleValue() {
        Object value = scale instanceof Literal l
                ? l.value()
                : scale.eval(
                                new io.rivulet.sql.vector.ColumnBatch(1, List.of()),
                                EvalContext.forPlanning(java.time.ZoneOffset.UTC, true))
                        .getInternal(0);
        return value == null ? 0 : ((Number) value).intValue();
    }

    @Override
    public DataType dataType() {
        if (child.dataType() instanceof DecimalType d) {
            int s = scaleValue();
            int integral = d.precision() - d.scale() + 1;
            return s < 0
                    ? TypeWidening.bounded(integral, 0)
                    : TypeWidening.bounded(integral + Math.min(d.scale(), s), Math.min(d.scale(), s));
        }
        return child.dataType();
    }

    @Override
    public boolean nullable() {
        return child.nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector in = child.eval(batch, context);
        int n = batch.numRows();
        int s = scaleValue();
        RoundingMode mode = halfEven ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP;
        DataType type = in.type();
        if (type instanceof DoubleType || type instanceof FloatType) {
            double[] a = Vectors.doubles(in);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                double x = a[i];
                out[i] = Double.isNaN(x) || Double.isInfinite(x)
                        ? x
                        : new BigDecimal(Double.toString(x)).setScale(s, mode).doubleValue();
            }
            return Vectors.ofDoubles(type, n, out, in.nulls());
        }
        if (type instanceof DecimalType d) {
            DecimalType result = (DecimalType) dataType();
            BigDecimal[] out = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                if (!in.isNull(i)) {
                    out[i] = Vectors.decimal(in, i, d)
                            .setScale(s, mode)
                            .setScale(result.scale(), RoundingMode.UNNECESSARY);
                }
            }
            return Vectors.ofDecimals(result, n, out, in.nulls());
        }
        long[] a = Vectors.longs(in);
        if (s >= 0 || !Types.isIntegral(type)) {
            return in;
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = BigDecimal.valueOf(a[i]).setScale(s, mode).longValue();
        }
        return Vectors.ofLongs(type, n, out, in.nulls());
    }

    @Override
    public String sql() {
        return SqlText.call(halfEven ? "bround" : "round", children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan(halfEven ? "bround" : "round", children());
    }
}
