package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ByteVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DecimalVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.FloatVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.NullVector;
import io.rivulet.sql.vector.ShortVector;
import io.rivulet.sql.vector.Storage;
import io.rivulet.sql.vector.VectorBuilder;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The building blocks of the kernels: the primitive arrays of vectors (widened to {@code long[]} or {@code
 * double[]} where a kernel computes in the widest type), null masks combined, and vectors made of arrays with the
 * invariant that null rows hold zeros. Widening copies; a {@link LongVector}'s or {@link DoubleVector}'s own array
 * is returned as it is (never written to).
 */
final class Vectors {
    private Vectors() {}

    /** The union of two null masks over {@code n} rows: null when neither has a null. */
    static boolean[] or(boolean[] a, boolean[] b, int n) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = a[i] | b[i];
        }
        return out;
    }

    /** A mask the caller may write to: a copy of {@code nulls}, or a fresh one. */
    static boolean[] writable(boolean[] nulls, int n) {
        return nulls == null ? new boolean[n] : Arrays.copyOf(nulls, Math.max(n, 0));
    }

    /** The null mask of {@code vector}, or null. */
    static boolean[] nulls(ColumnVector vector) {
        return vector.nulls();
    }

    /** Whether {@code nulls} marks {@code row} null (a null mask means no null). */
    static boolean isNull(boolean[] nulls, int row) {
        return nulls != null && nulls[row];
    }

    /** The values of an integral, date, timestamp or narrow-decimal vector as longs. */
    static long[] longs(ColumnVector vector) {
        int n = vector.size();
        if (vector instanceof LongVector v) {
            return v.values();
        }
        long[] out = new long[n];
        if (vector instanceof IntVector v) {
            int[] values = v.values();
            for (int i = 0; i < n; i++) {
                out[i] = values[i];
            }
        } else if (vector instanceof ShortVector v) {
            short[] values = v.values();
            for (int i = 0; i < n; i++) {
                out[i] = values[i];
            }
        } else if (vector instanceof ByteVector v) {
            byte[] values = v.values();
            for (int i = 0; i < n; i++) {
                out[i] = values[i];
            }
        } else if (vector instanceof BooleanVector v) {
            boolean[] values = v.values();
            for (int i = 0; i < n; i++) {
                out[i] = values[i] ? 1 : 0;
            }
        } else if (!(vector instanceof NullVector)) {
            throw new IllegalStateException("not an integral vector: " + vector);
        }
        return out;
    }

    /** The values of a numeric vector as doubles (decimals converted, integers widened). */
    static double[] doubles(ColumnVector vector) {
        int n = vector.size();
        if (vector instanceof DoubleVector v) {
            return v.values();
        }
        double[] out = new double[n];
        if (vector instanceof FloatVector v) {
            float[] values = v.values();
            for (int i = 0; i < n; i++) {
                out[i] = values[i];
            }
        } else if (vector.type() instanceof DecimalType decimal) {
            for (int i = 0; i < n; i++) {
                out[i] = vector.isNull(i) ? 0 : decimal(vector, i, decimal).doubleValue();
            }
        } else if (!(vector instanceof NullVector)) {
            long[] values = longs(vector);
            for (int i = 0; i < n; i++) {
                out[i] = values[i];
            }
        }
        return out;
    }

    /** The decimal at {@code row} of a decimal vector (long-backed or not). */
    static BigDecimal decimal(ColumnVector vector, int row, DecimalType type) {
        if (vector instanceof LongVector v) {
            return BigDecimal.valueOf(v.values()[row], type.scale());
        }
        return ((DecimalVector) vector).values()[row];
    }

    /** The bytes vector of a string or binary column. */
    static BytesVector bytes(ColumnVector vector) {
        return (BytesVector) vector;
    }

    /** A vector of {@code type} from longs: narrowed to the type's storage; null rows are zeroed. */
    static ColumnVector ofLongs(DataType type, int n, long[] values, boolean[] nulls) {
        zero(values, nulls, n);
        switch (Storage.of(type)) {
            case LONG:
                return new LongVector(type, n, values, nulls);
            case INT: {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (int) values[i];
                }
                return new IntVector(type, n, out, nulls);
            }
            case SHORT: {
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (short) values[i];
                }
                return new ShortVector(type, n, out, nulls);
            }
            case BYTE: {
                byte[] out = new byte[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) values[i];
                }
                return new ByteVector(type, n, out, nulls);
            }
            default:
                throw new IllegalStateException("longs cannot make a vector of " + type.simpleString());
        }
    }

    /** A double or float vector from doubles; null rows are zeroed. */
    static ColumnVector ofDoubles(DataType type, int n, double[] values, boolean[] nulls) {
        if (nulls != null) {
            for (int i = 0; i < n; i++) {
                if (nulls[i]) {
                    values[i] = 0;
                }
            }
        }
        if (Storage.of(type) == Storage.FLOAT) {
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = (float) values[i];
            }
            return new FloatVector(type, n, out, nulls);
        }
        return new DoubleVector(type, n, values, nulls);
    }

    static BooleanVector ofBooleans(int n, boolean[] values, boolean[] nulls) {
        if (nulls != null) {
            for (int i = 0; i < n; i++) {
                if (nulls[i]) {
                    values[i] = false;
                }
            }
        }
        return new BooleanVector(DataTypes.BooleanType, n, values, nulls);
    }

    /** A decimal vector from values at the type's scale (null at null rows). */
    static ColumnVector ofDecimals(DecimalType type, int n, BigDecimal[] values, boolean[] nulls) {
        if (Storage.of(type) == Storage.LONG) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = values[i] == null || isNull(nulls, i)
                        ? 0
                        : values[i].unscaledValue().longValueExact();
            }
            return new LongVector(type, n, out, nulls);
        }
        BigDecimal zero = BigDecimal.ZERO.setScale(type.scale());
        BigDecimal[] out = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            out[i] = values[i] == null || isNull(nulls, i) ? zero : values[i];
        }
        return new DecimalVector(type, n, out, nulls);
    }

    private static void zero(long[] values, boolean[] nulls, int n) {
        if (nulls != null) {
            for (int i = 0; i < n; i++) {
                if (nulls[i]) {
                    values[i] = 0;
                }
            }
        }
    }

    /** {@code rows} copies of one internal value (null: all null), filled without a builder for primitives. */
    static ColumnVector constant(DataType type, Object internal, int rows) {
        if (internal == null) {
            return allNull(type, rows);
        }
        switch (Storage.of(type)) {
            case BOOLEAN: {
                boolean[] values = new boolean[rows];
                Arrays.fill(values, (Boolean) internal);
                return new BooleanVector(type, rows, values, null);
            }
            case INT: {
                int[] values = new int[rows];
                Arrays.fill(values, (Integer) internal);
                return new IntVector(type, rows, values, null);
            }
            case LONG: {
                long[] values = new long[rows];
                Arrays.fill(values, (Long) internal);
                return new LongVector(type, rows, values, null);
            }
            case DOUBLE: {
                double[] values = new double[rows];
                Arrays.fill(values, (Double) internal);
                return new DoubleVector(type, rows, values, null);
            }
            default: {
                VectorBuilder builder = VectorBuilder.forType(type, rows);
                for (int i = 0; i < rows; i++) {
                    builder.appendInternal(internal);
                }
                return builder.build();
            }
        }
    }

    /** {@code rows} nulls of {@code type}. */
    static ColumnVector allNull(DataType type, int rows) {
        if (Storage.of(type) == Storage.NULL) {
            return new NullVector(rows);
        }
        VectorBuilder builder = VectorBuilder.forType(type, rows);
        for (int i = 0; i < rows; i++) {
            builder.appendNull();
        }
        return builder.build();
    }

    /** The boxed internal values of every row (null for null rows): the slow path of nested types. */
    static Object[] internals(ColumnVector vector) {
        Object[] out = new Object[vector.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = vector.getInternal(i);
        }
        return out;
    }

    /** A vector of {@code type} from boxed internal values (null for null). */
    static ColumnVector ofInternals(DataType type, Object[] values, int n) {
        VectorBuilder builder = VectorBuilder.forType(type, n);
        for (int i = 0; i < n; i++) {
            builder.appendInternal(values[i]);
        }
        return builder.build();
    }
}
