package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.Storage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Decimal arithmetic with Spark's result types ({@code spark.sql.decimalOperations.allowPrecisionLoss}, its default):
 * {@code +,-}: scale {@code max(s1, s2)}, precision {@code max(p1 - s1, p2 - s2) + scale + 1}; {@code *}: {@code p1 +
 * p2 + 1}, {@code s1 + s2}; {@code /}: scale {@code max(6, s1 + p2 + 1)}, precision {@code p1 - s1 + s2 + scale};
 * {@code %} and {@code pmod}: scale {@code max(s1, s2)}, precision {@code min(p1 - s1, p2 - s2) + scale}; each then
 * {@link TypeWidening#adjustPrecisionScale adjusted} to 38 digits. A result rounded half up to the result scale that
 * still does not fit is an error in ANSI mode ({@code [NUMERIC_VALUE_OUT_OF_RANGE]}), else null.
 *
 * <p>Fast path: {@code +} and {@code -} of decimals stored as longs whose result has at most 18 digits, and {@code *}
 * whose operands' digits add up to at most 17, are computed on the unscaled longs (they cannot overflow: the result
 * type has room by construction). Everything else goes through {@code BigDecimal}.
 */
final class DecimalArithmetic {
    private static final BigInteger[] POWERS = new BigInteger[DecimalType.MAX_PRECISION + 2];
    private static final long[] LONG_POWERS = new long[19];

    static {
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = BigInteger.TEN.pow(i);
        }
        for (int i = 0; i < LONG_POWERS.length; i++) {
            LONG_POWERS[i] = POWERS[i].longValueExact();
        }
    }

    private DecimalArithmetic() {}

    static DecimalType resultType(ArithmeticOp op, DecimalType l, DecimalType r) {
        int p1 = l.precision();
        int s1 = l.scale();
        int p2 = r.precision();
        int s2 = r.scale();
        return switch (op) {
            case ADD, SUBTRACT -> {
                int scale = Math.max(s1, s2);
                yield TypeWidening.adjustPrecisionScale(Math.max(p1 - s1, p2 - s2) + scale + 1, scale);
            }
            case MULTIPLY -> TypeWidening.adjustPrecisionScale(p1 + p2 + 1, s1 + s2);
            case DIVIDE -> {
                int scale = Math.max(6, s1 + p2 + 1);
                yield TypeWidening.adjustPrecisionScale(p1 - s1 + s2 + scale, scale);
            }
            case REMAINDER, PMOD -> {
                int scale = Math.max(s1, s2);
                yield TypeWidening.adjustPrecisionScale(Math.min(p1 - s1, p2 - s2) + scale, scale);
            }
            case INTEGRAL_DIVIDE -> new DecimalType(DecimalType.MAX_PRECISION, 0);
        };
    }

    /** Whether {@code value} (at its scale) has at most {@code precision} digits. */
    static boolean fits(BigDecimal value, int precision) {
        return value.unscaledValue().abs().compareTo(POWERS[precision]) < 0;
    }

    static ColumnVector eval(BinaryArithmetic node, ColumnVector left, ColumnVector right, int n) {
        DecimalType l = (DecimalType) left.type();
        DecimalType r = (DecimalType) right.type();
        ArithmeticOp op = node.op();
        if (op == ArithmeticOp.INTEGRAL_DIVIDE) {
            return integralDivide(node, left, right, l, r, n);
        }
        DecimalType out = resultType(op, l, r);
        boolean longs = left instanceof LongVector && right instanceof LongVector && Storage.of(out) == Storage.LONG;
        if (longs && (op == ArithmeticOp.ADD || op == ArithmeticOp.SUBTRACT)) {
            return addLongs(op, (LongVector) left, (LongVector) right, l, r, out, n);
        }
        if (longs && op == ArithmeticOp.MULTIPLY && l.precision() + r.precision() <= 17) {
            long[] a = ((LongVector) left).values();
            long[] b = ((LongVector) right).values();
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = a[i] * b[i];
            }
            return new LongVector(out, n, values, Vectors.or(left.nulls(), right.nulls(), n));
        }
        return general(node, left, right, l, r, out, n);
    }

    private static ColumnVector addLongs(
            ArithmeticOp op, LongVector left, LongVector right, DecimalType l, DecimalType r, DecimalType out, int n) {
        long fa = LONG_POWERS[out.scale() - l.scale()];
        long fb = LONG_POWERS[out.scale() - r.scale()];
        long[] a = left.values();
        long[] b = right.values();
        long[] values = new long[n];
        if (op == ArithmeticOp.ADD) {
            for (int i = 0; i < n; i++) {
                values[i] = a[i] * fa + b[i] * fb;
            }
        } else {
            for (int i = 0; i < n; i++) {
                values[i] = a[i] * fa - b[i] * fb;
            }
        }
        return new LongVector(out, n, values, Vectors.or(left.nulls(), right.nulls(), n));
    }

    private static ColumnVector general(
            BinaryArithmetic node,
            ColumnVector left,
            ColumnVector right,
            DecimalType l,
            DecimalType r,
            DecimalType out,
            int n) {
        ArithmeticOp op = node.op();
        boolean[] nulls = Vectors.or(left.nulls(), right.nulls(), n);
        if (op.dividesBy()) {
            nulls = Arithmetic.markZeroDivisors(
                    node, i -> Vectors.decimal(right, i, r).signum() == 0, nulls, n);
        }
        BigDecimal[] values = new BigDecimal[n];
        boolean[] result = nulls;
        for (int i = 0; i < n; i++) {
            if (Vectors.isNull(nulls, i)) {
                continue;
            }
            BigDecimal x = Vectors.decimal(left, i, l);
            BigDecimal y = Vectors.decimal(right, i, r);
            BigDecimal v = switch (op) {
                case ADD -> x.add(y);
                case SUBTRACT -> x.subtract(y);
                case MULTIPLY -> x.multiply(y);
                case DIVIDE -> x.divide(y, out.scale(), RoundingMode.HALF_UP);
                case REMAINDER -> x.remainder(y);
                case PMOD -> {
                    BigDecimal rem = x.remainder(y);
                    yield rem.signum() < 0 ? rem.add(y).remainder(y) : rem;
                }
                case INTEGRAL_DIVIDE -> throw new IllegalStateException("integral divide has its own kernel");
            };
            BigDecimal rounded = v.setScale(out.scale(), RoundingMode.HALF_UP);
            if (!fits(rounded, out.precision())) {
                if (node.evalMode() == EvalMode.ANSI) {
                    throw Errors.decimalOutOfRange(v, out.precision(), out.scale(), node);
                }
                result = result == nulls ? Vectors.writable(nulls, n) : result;
                result[i] = true;
                continue;
            }
            values[i] = rounded;
        }
        return Vectors.ofDecimals(out, n, values, result);
    }

    private static ColumnVector integralDivide(
            BinaryArithmetic node, ColumnVector left, ColumnVector right, DecimalType l, DecimalType r, int n) {
        boolean[] nulls = Vectors.or(left.nulls(), right.nulls(), n);
        nulls = Arithmetic.markZeroDivisors(
                node, i -> Vectors.decimal(right, i, r).signum() == 0, nulls, n);
        long[] values = new long[n];
        boolean[] result = nulls;
        for (int i = 0; i < n; i++) {
            if (Vectors.isNull(nulls, i)) {
                continue;
            }
            BigInteger q = Vectors.decimal(left, i, l)
                    .divideToIntegralValue(Vectors.decimal(right, i, r))
                    .toBigInteger();
            if (q.bitLength() > 63) {
                if (node.evalMode() == EvalMode.ANSI) {
                    throw Errors.overflow("Overflow in integral divide", "try_divide", node);
                }
                result = result == nulls ? Vectors.writable(nulls, n) : result;
                result[i] = true;
                continue;
            }
            values[i] = q.longValue();
        }
        return Vectors.ofLongs(DataTypes.LongType, n, values, result);
    }
}
