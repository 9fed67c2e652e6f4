package io.rivulet.sql.execution;

import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ByteVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DecimalVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.FloatVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.MapVector;
import io.rivulet.sql.vector.ShortVector;
import io.rivulet.sql.vector.StructVector;
import java.util.List;

/**
 * The hash of rows' key values that hash exchanges partition by, vectorized: a column at a time over its
 * primitive array. Values that SQL calls equal hash alike ({@code -0.0} and {@code 0.0}, every NaN), so equal keys
 * of the two sides of a join meet in one partition when their key types are the same (the analyzer makes them
 * so). Not Spark's Murmur3, which nothing outside needs to reproduce; any good 64-bit mix.
 */
public final class RowHashing {
    private static final long SEED = 42;
    private static final long NULL_HASH = 0x5bd1e9955bd1e995L;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private RowHashing() {}

    /** The hash of each row {@code [0, rows)} of {@code keys} taken together. */
    public static long[] hash(List<ColumnVector> keys, int rows) {
        long[] hashes = new long[rows];
        java.util.Arrays.fill(hashes, SEED);
        for (ColumnVector key : keys) {
            combine(hashes, key, rows);
        }
        for (int i = 0; i < rows; i++) {
            hashes[i] = mix(hashes[i]);
        }
        return hashes;
    }

    /** The partition in {@code [0, numPartitions)} of each hash. */
    public static int[] partitions(long[] hashes, int rows, int numPartitions) {
        int[] partitions = new int[rows];
        for (int i = 0; i < rows; i++) {
            partitions[i] = (int) Long.remainderUnsigned(hashes[i], numPartitions);
        }
        return partitions;
    }

    /** MurmurHash3's 64-bit finalizer: every input bit reaches every output bit. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static void combine(long[] hashes, ColumnVector key, int rows) {
        if (key instanceof LongVector v) {
            long[] values = v.values();
            for (int i = 0; i < rows; i++) {
                hashes[i] = hashes[i] * MULTIPLIER + mix(values[i]);
            }
        } else if (key instanceof IntVector v) {
            int[] values = v.values();
            for (int i = 0; i < rows; i++) {
                hashes[i] = hashes[i] * MULTIPLIER + mix(values[i]);
            }
        } else if (key instanceof BytesVector v) {
            for (int i = 0; i < rows; i++) {
                hashes[i] = hashes[i] * MULTIPLIER + v.hash(i);
            }
        } else if (key instanceof DoubleVector v) {
            double[] values = v.values();
            for (int i = 0; i < rows; i++) {
                hashes[i] = hashes[i] * MULTIPLIER + mix(doubleBits(values[i]));
            }
        } else {
            for (int i = 0; i < rows; i++) {
                hashes[i] = hashes[i] * MULTIPLIER + valueHash(key, i);
            }
        }
        if (key.hasNulls()) {
            // Null rows hold zeros, which hashed like a zero; give them a hash of their own instead.
            boolean[] nulls = key.nulls();
            for (int i = 0; i < rows; i++) {
                if (nulls[i]) {
                    hashes[i] = hashes[i] - valueHashOfZero(key) + NULL_HASH;
                }
            }
        }
    }

    /** What {@link #combine} added for a null row before it was corrected: the hash of the zero it holds. */
    private static long valueHashOfZero(ColumnVector key) {
        if (key instanceof LongVector || key instanceof IntVector) {
            return mix(0);
        } else if (key instanceof DoubleVector) {
            return mix(doubleBits(0.0));
        } else if (key instanceof BytesVector) {
            return io.rivulet.sql.vector.StringUtf8.hash(new byte[0], 0, 0);
        }
        return 0; // valueHash gives 0 for nulls
    }

    private static long doubleBits(double value) {
        return Double.doubleToLongBits(value == 0.0 ? 0.0 : value); // one NaN, one zero
    }

    /** The hash of one value (0 for a null), for every storage; nested values hash their parts. */
    static long valueHash(ColumnVector vector, int row) {
        if (vector.isNull(row)) {
            return 0;
        }
        if (vector instanceof LongVector v) {
            return mix(v.getLong(row));
        } else if (vector instanceof IntVector v) {
            return mix(v.getInt(row));
        } else if (vector instanceof ShortVector v) {
            return mix(v.values()[row]);
        } else if (vector instanceof ByteVector v) {
            return mix(v.values()[row]);
        } else if (vector instanceof BooleanVector v) {
            return mix(v.getBoolean(row) ? 1 : 2);
        } else if (vector instanceof DoubleVector v) {
            return mix(doubleBits(v.getDouble(row)));
        } else if (vector instanceof FloatVector v) {
            float value = v.values()[row];
            return mix(Float.floatToIntBits(value == 0.0f ? 0.0f : value));
        } else if (vector instanceof DecimalVector v) {
            return mix(v.getDecimal(row).unscaledValue().hashCode());
        } else if (vector instanceof BytesVector v) {
            return v.hash(row);
        } else if (vector instanceof ArrayVector v) {
            return sequenceHash(v.elements(), v.offset(row), v.offset(row) + v.length(row));
        } else if (vector instanceof MapVector v) {
            int from = v.offset(row);
            int to = from + v.length(row);
            return sequenceHash(v.keys(), from, to) * 31 + sequenceHash(v.values(), from, to);
        } else if (vector instanceof StructVector v) {
            long h = SEED;
            for (ColumnVector child : v.children()) {
                h = h * MULTIPLIER + valueHash(child, row);
            }
            return mix(h);
        }
        return 0; // void: every value is null
    }

    private static long sequenceHash(ColumnVector elements, int from, int to) {
        long h = SEED + to - from;
        for (int i = from; i < to; i++) {
            h = h * MULTIPLIER + (elements.isNull(i) ? NULL_HASH : valueHash(elements, i));
        }
        return mix(h);
    }
}
