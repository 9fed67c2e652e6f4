package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DecimalVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.Storage;
import java.util.Arrays;

/**
 * The comparison kernels. Two vectors: one pass computes the sign of every row's comparison over the typed arrays
 * (unsigned bytes for strings, NaN-aware for doubles, {@link InternalValues} for nested types), a second turns the
 * signs into the operator's booleans. A column compared with a constant of a long, int or double column (the usual
 * filter, {@code a > 5}) skips the sign array: one loop per operator over the values.
 */
final class Comparisons {
    private Comparisons() {}

    static ColumnVector eval(
            ComparisonOp op, Expression left, Expression right, ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        if (op != ComparisonOp.NULL_SAFE_EQUAL) {
            if (right instanceof Literal literal && literal.value() != null && !(left instanceof Literal)) {
                BooleanVector fast = scalar(op, left.eval(batch, context), literal.value(), n);
                if (fast != null) {
                    return fast;
                }
            } else if (left instanceof Literal literal && literal.value() != null && !(right instanceof Literal)) {
                BooleanVector fast = scalar(op.flip(), right.eval(batch, context), literal.value(), n);
                if (fast != null) {
                    return fast;
                }
            }
        }
        return compare(op, left.eval(batch, context), right.eval(batch, context), n);
    }

    /** {@code op} of every row of {@code l} and {@code r} (one type). */
    static BooleanVector compare(ComparisonOp op, ColumnVector l, ColumnVector r, int n) {
        int[] sign = signs(l, r, n);
        boolean[] out = new boolean[n];
        if (op == ComparisonOp.NULL_SAFE_EQUAL) {
            for (int i = 0; i < n; i++) {
                boolean ln = l.isNull(i);
                boolean rn = r.isNull(i);
                out[i] = ln ? rn : !rn && sign[i] == 0;
            }
            return Vectors.ofBooleans(n, out, null);
        }
        boolean[] nulls = Vectors.or(l.nulls(), r.nulls(), n);
        switch (op) {
            case EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = sign[i] == 0;
                }
            }
            case LESS -> {
                for (int i = 0; i < n; i++) {
                    out[i] = sign[i] < 0;
                }
            }
            case LESS_OR_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = sign[i] <= 0;
                }
            }
            case GREATER -> {
                for (int i = 0; i < n; i++) {
                    out[i] = sign[i] > 0;
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[i] = sign[i] >= 0;
                }
            }
        }
        return Vectors.ofBooleans(n, out, nulls);
    }

    /** The sign of the comparison of every row; rows where either side is null hold an unspecified sign. */
    static int[] signs(ColumnVector l, ColumnVector r, int n) {
        int[] sign = new int[n];
        DataType type = l.type();
        switch (Storage.of(type)) {
            case LONG -> {
                long[] a = ((LongVector) l).values();
                long[] b = ((LongVector) r).values();
                for (int i = 0; i < n; i++) {
                    sign[i] = Long.compare(a[i], b[i]);
                }
            }
            case INT -> {
                int[] a = ((IntVector) l).values();
                int[] b = ((IntVector) r).values();
                for (int i = 0; i < n; i++) {
                    sign[i] = Integer.compare(a[i], b[i]);
                }
            }
            case SHORT, BYTE, BOOLEAN -> {
                long[] a = Vectors.longs(l);
                long[] b = Vectors.longs(r);
                for (int i = 0; i < n; i++) {
                    sign[i] = Long.compare(a[i], b[i]);
                }
            }
            case DOUBLE, FLOAT -> {
                double[] a = Vectors.doubles(l);
                double[] b = Vectors.doubles(r);
                for (int i = 0; i < n; i++) {
                    sign[i] = InternalValues.compareDoubles(a[i], b[i]);
                }
            }
            case DECIMAL -> {
                java.math.BigDecimal[] a = ((DecimalVector) l).values();
                java.math.BigDecimal[] b = ((DecimalVector) r).values();
                for (int i = 0; i < n; i++) {
                    sign[i] = a[i].compareTo(b[i]);
                }
            }
            case BYTES -> {
                BytesVector a = (BytesVector) l;
                BytesVector b = (BytesVector) r;
                for (int i = 0; i < n; i++) {
                    sign[i] = a.compare(i, b, i);
                }
            }
            case NULL -> Arrays.fill(sign, 0);
            default -> {
                for (int i = 0; i < n; i++) {
                    Object x = l.getInternal(i);
                    Object y = r.getInternal(i);
                    sign[i] = x == null || y == null ? 0 : InternalValues.compare(type, x, y);
                }
            }
        }
        return sign;
    }

    /** {@code column op constant} for long, int and double columns; null for other storages. */
    private static BooleanVector scalar(ComparisonOp op, ColumnVector column, Object constant, int n) {
        boolean[] out = new boolean[n];
        if (column instanceof LongVector v && constant instanceof Long c) {
            scalarLongs(op, v.values(), c, out, n);
        } else if (column instanceof IntVector v && constant instanceof Integer c) {
            scalarInts(op, v.values(), c, out, n);
        } else if (column instanceof DoubleVector v && constant instanceof Double c && !c.isNaN()) {
            double[] a = v.values();
            if (!scalarDoubles(op, a, c, out, n)) {
                return null;
            }
        } else {
            return null;
        }
        return Vectors.ofBooleans(n, out, column.nulls());
    }

    private static void scalarLongs(ComparisonOp op, long[] a, long c, boolean[] out, int n) {
        switch (op) {
            case EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] == c;
                }
            }
            case LESS -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] < c;
                }
            }
            case LESS_OR_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] <= c;
                }
            }
            case GREATER -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] > c;
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] >= c;
                }
            }
        }
    }

    private static void scalarInts(ComparisonOp op, int[] a, int c, boolean[] out, int n) {
        switch (op) {
            case EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] == c;
                }
            }
            case LESS -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] < c;
                }
            }
            case LESS_OR_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] <= c;
                }
            }
            case GREATER -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] > c;
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] >= c;
                }
            }
        }
    }

    /** A non-NaN constant: a NaN row is above it (greater, not equal), -0.0 equals 0.0 ({@code ==} does both). */
    private static boolean scalarDoubles(ComparisonOp op, double[] a, double c, boolean[] out, int n) {
        switch (op) {
            case EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] == c;
                }
            }
            case LESS -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] < c;
                }
            }
            case LESS_OR_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] <= c;
                }
            }
            case GREATER -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] > c || a[i] != a[i];
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] >= c || a[i] != a[i];
                }
            }
        }
        return true;
    }
}
