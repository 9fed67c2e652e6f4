package io.rivulet.sql.expr;

import io.rivulet.sql.types.ByteType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.Types;
import java.math.BigDecimal;
import java.util.Optional;

/** The kernels of {@link UnaryMinus} and {@link Abs}: the minimum integer of a type has no negation. */
final class UnaryArithmetic {
    private UnaryArithmetic() {}

    static Optional<String> checkNumeric(Expression node, Expression child) {
        return Types.isNumeric(child.dataType())
                ? Optional.empty()
                : TypeChecks.unexpectedInput(
                        node,
                        0,
                        "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\")",
                        child);
    }

    static ColumnVector eval(Expression node, ColumnVector in, EvalMode mode, boolean abs) {
        int n = in.size();
        DataType type = in.type();
        if (type instanceof DoubleType || type instanceof FloatType) {
            double[] a = Vectors.doubles(in);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = abs ? Math.abs(a[i]) : -a[i];
            }
            return Vectors.ofDoubles(type, n, out, in.nulls());
        }
        if (type instanceof DecimalType decimal) {
            BigDecimal[] out = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                if (!in.isNull(i)) {
                    BigDecimal v = Vectors.decimal(in, i, decimal);
                    out[i] = abs ? v.abs() : v.negate();
                }
            }
            return Vectors.ofDecimals(decimal, n, out, in.nulls());
        }
        long[] a = Vectors.longs(in);
        long[] out = new long[n];
        long min = Arithmetic.min(type);
        boolean overflow = false;
        for (int i = 0; i < n; i++) {
            long x = a[i];
            out[i] = abs ? Math.abs(x) : -x;
            overflow |= x == min;
        }
        boolean[] nulls = in.nulls();
        if (overflow && mode != EvalMode.LEGACY) {
            for (int i = 0; i < n; i++) {
                if (a[i] == min && !in.isNull(i)) {
                    if (mode == EvalMode.ANSI) {
                        throw Errors.overflow(overflowMessage(type), null, node);
                    }
                    nulls = nulls == in.nulls() ? Vectors.writable(nulls, n) : nulls;
                    nulls[i] = true;
                }
            }
        }
        return Vectors.ofLongs(type, n, out, nulls);
    }

    private static String overflowMessage(DataType type) {
        if (type instanceof LongType) {
            return "long overflow";
        } else if (type instanceof ShortType) {
            return "smallint overflow";
        } else if (type instanceof ByteType) {
            return "tinyint overflow";
        }
        return "integer overflow";
    }
}
