package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ByteVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.FloatVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.ShortVector;
import io.rivulet.sql.vector.Storage;
import io.rivulet.sql.vector.StringUtf8;

/**
 * Key columns as the hash tables and sorts see them: a primitive key as one {@code long} per row, whole columns
 * hashed in one loop, the rows where some key is null.
 *
 * <p>Grouping and join semantics are Spark's: {@code NaN} equals {@code NaN} and {@code -0.0} equals {@code 0.0}
 * (Spark's {@code NormalizeFloatingNumbers}), so a float or double key is its bits after turning {@code -0.0}
 * into {@code 0.0} ({@link Double#doubleToLongBits} already makes every NaN the canonical one). Integral keys of
 * any width become the same {@code long}: an int key 5 and a long key 5 are equal, hash alike and sort alike.
 */
public final class KeyValues {
    /** 2^64 divided by the golden ratio: Fibonacci hashing spreads consecutive keys over the whole table. */
    static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private KeyValues() {}

    /**
     * The keys of rows {@code [0, rows)} of a fixed-width primitive column as longs: the column's own array
     * for a long column (never write to it), else {@code scratch} (grown when too short) filled in. Null rows
     * hold 0, as in the vectors.
     */
    public static long[] longs(ColumnVector vector, int rows, long[] scratch) {
        if (vector instanceof LongVector longs) {
            return longs.values();
        }
        long[] out = scratch != null && scratch.length >= rows ? scratch : new long[Math.max(rows, 16)];
        if (vector instanceof IntVector ints) {
            int[] values = ints.values();
            for (int i = 0; i < rows; i++) {
                out[i] = values[i];
            }
        } else if (vector instanceof DoubleVector doubles) {
            double[] values = doubles.values();
            for (int i = 0; i < rows; i++) {
                out[i] = doubleKey(values[i]);
            }
        } else if (vector instanceof FloatVector floats) {
            float[] values = floats.values();
            for (int i = 0; i < rows; i++) {
                out[i] = floatKey(values[i]);
            }
        } else if (vector instanceof ShortVector shorts) {
            short[] values = shorts.values();
            for (int i = 0; i < rows; i++) {
                out[i] = values[i];
            }
        } else if (vector instanceof ByteVector bytes) {
            byte[] values = bytes.values();
            for (int i = 0; i < rows; i++) {
                out[i] = values[i];
            }
        } else if (vector instanceof BooleanVector booleans) {
            boolean[] values = booleans.values();
            for (int i = 0; i < rows; i++) {
                out[i] = values[i] ? 1 : 0;
            }
        } else {
            throw new IllegalStateException("not a primitive key column: " + vector);
        }
        return out;
    }

    /** A double key: its bits, {@code -0.0} as {@code 0.0}, every NaN as the canonical NaN. */
    public static long doubleKey(double value) {
        return value == 0.0 ? 0L : Double.doubleToLongBits(value);
    }

    public static long floatKey(float value) {
        return value == 0.0f ? 0L : Float.floatToIntBits(value);
    }

    /**
     * The column of {@code type} whose row {@code i} has key {@code values[i]} (as {@link #longs} gives it), null
     * where {@code nulls[i]}: the inverse of {@link #longs}, for the keys of a table's groups. Takes ownership
     * of {@code nulls}.
     */
    public static ColumnVector fromLongs(DataType type, long[] values, boolean[] nulls, int rows) {
        Storage storage = Storage.of(type);
        switch (storage) {
            case LONG:
                return new LongVector(type, rows, java.util.Arrays.copyOf(values, rows), nulls);
            case INT: {
                int[] out = new int[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = (int) values[i];
                }
                return new IntVector(type, rows, out, nulls);
            }
            case DOUBLE: {
                double[] out = new double[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = Double.longBitsToDouble(values[i]);
                }
                return new DoubleVector(type, rows, out, nulls);
            }
            case FLOAT: {
                float[] out = new float[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = Float.intBitsToFloat((int) values[i]);
                }
                return new FloatVector(type, rows, out, nulls);
            }
            default:
                return smallFromLongs(type, storage, values, nulls, rows);
        }
    }

    private static ColumnVector smallFromLongs(
            DataType type, Storage storage, long[] values, boolean[] nulls, int rows) {
        switch (storage) {
            case SHORT: {
                short[] out = new short[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = (short) values[i];
                }
                return new ShortVector(type, rows, out, nulls);
            }
            case BYTE: {
                byte[] out = new byte[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = (byte) values[i];
                }
                return new ByteVector(type, rows, out, nulls);
            }
            case BOOLEAN: {
                boolean[] out = new boolean[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = values[i] != 0;
                }
                return new BooleanVector(type, rows, out, nulls);
            }
            default:
                throw new IllegalStateException("not a primitive key type: " + type);
        }
    }

    /**
     * {@code vector} with {@code -0.0} as {@code 0.0} and every NaN the canonical one, for float and double
     * columns (the key of a group is shown normalized, as Spark's); other columns as they are.
     */
    public static ColumnVector normalizeFloats(ColumnVector vector) {
        if (vector instanceof DoubleVector doubles) {
            double[] values = java.util.Arrays.copyOf(doubles.values(), vector.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = Double.longBitsToDouble(doubleKey(values[i]));
            }
            return new DoubleVector(vector.type(), values.length, values, vector.nulls());
        }
        if (vector instanceof FloatVector floats) {
            float[] values = java.util.Arrays.copyOf(floats.values(), vector.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = Float.intBitsToFloat((int) floatKey(values[i]));
            }
            return new FloatVector(vector.type(), values.length, values, vector.nulls());
        }
        return vector;
    }

    /** A strong 64-bit mix (Murmur3's finalizer): for hashes whose every bit is used, as sort keys are. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * Each row's sort key: the key itself for {@link KeyShape#LONG} (so that equal keys are equal sort keys and
     * integral keys sort by value), else the 64-bit hash of the key's bytes. Equal keys always have equal sort
     * keys; equal sort keys are equal keys only for {@link KeyShape#LONG}.
     */
    public static void sortKeys(KeyShape shape, ColumnVector[] keys, int rows, long[] out) {
        switch (shape) {
            case LONG -> System.arraycopy(longs(keys[0], rows, out), 0, out, 0, rows);
            case BYTES -> {
                BytesVector bytes = (BytesVector) keys[0];
                byte[] data = bytes.bytes();
                int[] offsets = bytes.offsets();
                for (int i = 0; i < rows; i++) {
                    out[i] = StringUtf8.hash(data, offsets[i], offsets[i + 1] - offsets[i]);
                }
            }
            case ROW -> {
                RowKeyEncoder.Encoded encoded = RowKeyEncoder.encode(keys, rows);
                for (int i = 0; i < rows; i++) {
                    out[i] = encoded.hash(i);
                }
            }
        }
    }

    /** Which of rows {@code [0, rows)} have a null key in some column; null when none has. */
    public static boolean[] anyNull(ColumnVector[] keys, int rows) {
        boolean[] result = null;
        for (ColumnVector key : keys) {
            boolean[] nulls = key.nulls();
            if (nulls == null) {
                continue;
            }
            if (result == null) {
                result = java.util.Arrays.copyOf(nulls, rows);
            } else {
                for (int i = 0; i < rows; i++) {
                    result[i] |= nulls[i];
                }
            }
        }
        return result;
    }
}
