package io.rivulet.sql.expr;

import io.rivulet.sql.types.ByteType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.Types;
import java.util.Optional;
import java.util.function.Function;

/**
 * The evaluation of {@link BinaryArithmetic}: result types, type checks, names, and the kernels over whole vectors.
 *
 * <p>Integers are computed in {@code long}: a loop over the two arrays that also notes whether any row left the
 * type's range (one branch-free {@code |=} per row); only when one did does a second pass find the rows and raise
 * (ANSI), null them (TRY) or let them wrap (LEGACY, which narrowing does). Null rows hold zeros, so they never
 * overflow; a zero divisor is only an error at a non-null row. Floats and doubles are computed in {@code double}
 * (exact for {@code + - * / %} once narrowed back to float) and never overflow, as in Spark; decimals are in {@link
 * DecimalArithmetic}.
 */
final class Arithmetic {
    private Arithmetic() {}

    static DataType resultType(BinaryArithmetic node) {
        DataType left = node.left().dataType();
        DataType right = node.right().dataType();
        if (node.op() == ArithmeticOp.INTEGRAL_DIVIDE) {
            return DataTypes.LongType;
        }
        if (left instanceof DecimalType l && right instanceof DecimalType r) {
            return DecimalArithmetic.resultType(node.op(), l, r);
        }
        return left;
    }

    static boolean nullable(BinaryArithmetic node) {
        return node.evalMode() != EvalMode.ANSI
                || node.op().dividesBy()
                || node.left().nullable()
                || node.right().nullable();
    }

    static String sql(BinaryArithmetic node, Function<Expression, String> print) {
        String l = print.apply(node.left());
        String r = print.apply(node.right());
        ArithmeticOp op = node.op();
        if (node.evalMode() == EvalMode.TRY && op != ArithmeticOp.INTEGRAL_DIVIDE && op != ArithmeticOp.PMOD) {
            return op.tryFunction() + "(" + l + ", " + r + ")";
        }
        if (op == ArithmeticOp.PMOD) {
            return "pmod(" + l + ", " + r + ")";
        }
        return "(" + l + " " + op.symbol() + " " + r + ")";
    }

    static Optional<String> check(BinaryArithmetic node) {
        DataType left = node.left().dataType();
        DataType right = node.right().dataType();
        boolean bothDecimal = left instanceof DecimalType && right instanceof DecimalType;
        if (!bothDecimal) {
            Optional<String> same = TypeChecks.sameType(node, node.left(), node.right());
            if (same.isPresent()) {
                return same;
            }
        }
        return switch (node.op()) {
            case DIVIDE ->
                left instanceof DoubleType || left instanceof DecimalType
                        ? Optional.empty()
                        : TypeChecks.binaryOpWrongType(node, "(\"DOUBLE\" or \"DECIMAL\")", left);
            case INTEGRAL_DIVIDE ->
                left instanceof LongType || left instanceof DecimalType
                        ? Optional.empty()
                        : TypeChecks.binaryOpWrongType(node, "(\"BIGINT\" or \"DECIMAL\")", left);
            default ->
                Types.isNumeric(left)
                        ? Optional.empty()
                        : TypeChecks.binaryOpWrongType(
                                node,
                                "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\")",
                                left);
        };
    }

    static ColumnVector eval(BinaryArithmetic node, ColumnVector left, ColumnVector right, int n) {
        DataType type = left.type();
        if (type instanceof DecimalType || right.type() instanceof DecimalType) {
            return DecimalArithmetic.eval(node, left, right, n);
        }
        if (type instanceof DoubleType || type instanceof FloatType) {
            return floating(node, left, right, n);
        }
        return integral(node, left, right, n);
    }

    // ---- integers ---------------------------------------------------------------------------------

    static long min(DataType type) {
        if (type instanceof IntegerType) {
            return Integer.MIN_VALUE;
        } else if (type instanceof ShortType) {
            return Short.MIN_VALUE;
        } else if (type instanceof ByteType) {
            return Byte.MIN_VALUE;
        }
        return Long.MIN_VALUE;
    }

    static long max(DataType type) {
        if (type instanceof IntegerType) {
            return Integer.MAX_VALUE;
        } else if (type instanceof ShortType) {
            return Short.MAX_VALUE;
        } else if (type instanceof ByteType) {
            return Byte.MAX_VALUE;
        }
        return Long.MAX_VALUE;
    }

    private static ColumnVector integral(BinaryArithmetic node, ColumnVector left, ColumnVector right, int n) {
        DataType type = left.type();
        long[] a = Vectors.longs(left);
        long[] b = Vectors.longs(right);
        boolean[] nulls = Vectors.or(left.nulls(), right.nulls(), n);
        long[] out = new long[n];
        boolean wide = type instanceof LongType;
        long min = min(type);
        long max = max(type);
        boolean overflow = false;
        switch (node.op()) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    long x = a[i];
                    long y = b[i];
                    long s = x + y;
                    out[i] = s;
                    overflow |= wide ? ((x ^ s) & (y ^ s)) < 0 : s < min | s > max;
                }
            }
            case SUBTRACT -> {
                for (int i = 0; i < n; i++) {
                    long x = a[i];
                    long y = b[i];
                    long s = x - y;
                    out[i] = s;
                    overflow |= wide ? ((x ^ y) & (x ^ s)) < 0 : s < min | s > max;
                }
            }
            case MULTIPLY -> {
                for (int i = 0; i < n; i++) {
                    long x = a[i];
                    long y = b[i];
                    long s = x * y;
                    out[i] = s;
                    overflow |= wide ? Math.multiplyHigh(x, y) != (s >> 63) : s < min | s > max;
                }
            }
            default -> {
                return integralDivision(node, type, a, b, nulls, n);
            }
        }
        if (overflow) {
            nulls = overflowRows(node, type, a, b, out, nulls, n);
        }
        return Vectors.ofLongs(type, n, out, nulls);
    }

    /** The second pass after an overflow: finds the rows and raises, nulls or keeps (wrapping) them. */
    private static boolean[] overflowRows(
            BinaryArithmetic node, DataType type, long[] a, long[] b, long[] out, boolean[] nulls, int n) {
        boolean[] result = nulls;
        for (int i = 0; i < n; i++) {
            if (Vectors.isNull(nulls, i) || !overflows(node.op(), type, a[i], b[i])) {
                continue;
            }
            switch (node.evalMode()) {
                case ANSI -> throw overflowError(node, type, a[i], b[i]);
                case TRY -> {
                    if (result == nulls) {
                        result = Vectors.writable(nulls, n);
                    }
                    result[i] = true;
                }
                case LEGACY -> {
                    // narrowing to the type wraps around, as Java and Spark 3 do
                }
            }
        }
        return result;
    }

    private static boolean overflows(ArithmeticOp op, DataType type, long x, long y) {
        try {
            long exact = switch (op) {
                case ADD -> Math.addExact(x, y);
                case SUBTRACT -> Math.subtractExact(x, y);
                default -> Math.multiplyExact(x, y);
            };
            return exact < min(type) || exact > max(type);
        } catch (ArithmeticException e) {
            return true;
        }
    }

    static RuntimeException overflowError(Expression node, DataType type, long x, long y) {
        String tryFunction = node instanceof BinaryArithmetic b ? b.op().tryFunction() : null;
        if (type instanceof ByteType || type instanceof ShortType) {
            Object left = type instanceof ByteType ? (Object) (byte) x : (Object) (short) x;
            Object right = type instanceof ByteType ? (Object) (byte) y : (Object) (short) y;
            String symbol = node instanceof BinaryArithmetic b ? b.op().symbol() : "-";
            return Errors.binaryOverflow(left, symbol, right, type, tryFunction, node);
        }
        return Errors.overflow(type instanceof LongType ? "long overflow" : "integer overflow", tryFunction, node);
    }

    private static ColumnVector integralDivision(
            BinaryArithmetic node, DataType type, long[] a, long[] b, boolean[] inNulls, int n) {
        ArithmeticOp op = node.op();
        boolean[] nulls = zeroDivisors(node, b, inNulls, n);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long y = b[i];
            if (y == 0) {
                continue;
            }
            long x = a[i];
            out[i] = switch (op) {
                case REMAINDER -> x % y;
                case PMOD -> {
                    long r = x % y;
                    yield r < 0 ? (r + y) % y : r;
                }
                default -> x / y;
            };
        }
        if (op == ArithmeticOp.INTEGRAL_DIVIDE) {
            for (int i = 0; i < n; i++) {
                if (a[i] == Long.MIN_VALUE && b[i] == -1 && !Vectors.isNull(nulls, i)) {
                    if (node.evalMode() == EvalMode.ANSI) {
                        throw Errors.overflow("Overflow in integral divide", "try_divide", node);
                    } else if (node.evalMode() == EvalMode.TRY) {
                        nulls = nulls == inNulls ? Vectors.writable(nulls, n) : nulls;
                        nulls[i] = true;
                    }
                }
            }
        }
        return Vectors.ofLongs(op == ArithmeticOp.INTEGRAL_DIVIDE ? DataTypes.LongType : type, n, out, nulls);
    }

    /** The null mask with the rows of a zero divisor added; in ANSI mode, the error of the first such row. */
    static boolean[] zeroDivisors(Expression node, long[] divisors, boolean[] nulls, int n) {
        boolean any = false;
        for (int i = 0; i < n; i++) {
            any |= divisors[i] == 0;
        }
        return any ? markZeroDivisors(node, i -> divisors[i] == 0, nulls, n) : nulls;
    }

    static boolean[] markZeroDivisors(Expression node, java.util.function.IntPredicate zero, boolean[] nulls, int n) {
        boolean[] result = nulls;
        for (int i = 0; i < n; i++) {
            if (zero.test(i) && !Vectors.isNull(nulls, i)) {
                if (node instanceof BinaryArithmetic b && b.evalMode() == EvalMode.ANSI) {
                    throw b.op() == ArithmeticOp.REMAINDER || b.op() == ArithmeticOp.PMOD
                            ? Errors.remainderByZero(node)
                            : Errors.divideByZero(node);
                }
                if (result == nulls) {
                    result = Vectors.writable(nulls, n);
                }
                result[i] = true;
            }
        }
        return result;
    }

    // ---- floats and doubles -----------------------------------------------------------------------

    private static ColumnVector floating(BinaryArithmetic node, ColumnVector left, ColumnVector right, int n) {
        double[] a = Vectors.doubles(left);
        double[] b = Vectors.doubles(right);
        boolean[] nulls = Vectors.or(left.nulls(), right.nulls(), n);
        double[] out = new double[n];
        ArithmeticOp op = node.op();
        switch (op) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] + b[i];
                }
            }
            case SUBTRACT -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] - b[i];
                }
            }
            case MULTIPLY -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] * b[i];
                }
            }
            default -> {
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    any |= b[i] == 0;
                }
                if (any) {
                    nulls = markZeroDivisors(node, i -> b[i] == 0, nulls, n);
                }
                for (int i = 0; i < n; i++) {
                    double x = a[i];
                    double y = b[i];
                    out[i] = switch (op) {
                        case DIVIDE -> x / y;
                        case REMAINDER -> x % y;
                        case PMOD -> {
                            double r = x % y;
                            yield r < 0 ? (r + y) % y : r;
                        }
                        default -> throw new IllegalStateException("no double kernel for " + op);
                    };
                }
            }
        }
        return Vectors.ofDoubles(left.type(), n, out, nulls);
    }
}
