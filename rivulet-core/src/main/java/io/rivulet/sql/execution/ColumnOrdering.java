package io.rivulet.sql.execution;

import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ByteVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.FloatVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.ShortVector;
import java.io.Serializable;
import java.util.Arrays;

/**
 * An ordering of rows by key columns of a batch: column {@code ordinals[k]}, ascending or not, nulls first or last
 * (independently of the direction, as SQL's {@code DESC NULLS LAST}). What sorts, top-N, merges of spilled runs and
 * range exchanges compare rows with.
 *
 * <p>Two ways to compare. {@link #compare} takes rows of any two batches (merging runs, searching range bounds), a
 * value at a time through {@link ValueOrdering}. {@link #sort} orders the rows of one batch: with a single key of a
 * primitive type (long, int, date, timestamp, short, byte, boolean, double, float) the keys are <em>normalized</em>
 * to longs whose signed order is the wanted one ({@code ~key} for descending, doubles by their bits with the
 * negative ones flipped) and radix-sorted, nulls put apart; otherwise a stable merge sort runs over comparators
 * specialized per column, a lambda over each column's array, with a string key's first 8 bytes compared as one long
 * before its bytes. The plain merge sort over {@link #compare} is the slow twin the tests check both against.
 */
public record ColumnOrdering(int[] ordinals, boolean[] ascending, boolean[] nullsFirst) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int RADIX_MIN_ROWS = 64;

    public ColumnOrdering {
        if (ordinals.length != ascending.length || ordinals.length != nullsFirst.length) {
            throw new IllegalArgumentException("one direction and null order per key: " + ordinals.length + ", "
                    + ascending.length + ", " + nullsFirst.length);
        }
        ordinals = ordinals.clone();
        ascending = ascending.clone();
        nullsFirst = nullsFirst.clone();
    }

    public int numKeys() {
        return ordinals.length;
    }

    /** Compares row {@code i} of {@code a} with row {@code j} of {@code b} (batches of the same column types). */
    public int compare(ColumnBatch a, int i, ColumnBatch b, int j) {
        for (int k = 0; k < ordinals.length; k++) {
            ColumnVector x = a.column(ordinals[k]);
            ColumnVector y = b.column(ordinals[k]);
            boolean xNull = x.isNull(i);
            boolean yNull = y.isNull(j);
            int c;
            if (xNull || yNull) {
                if (xNull == yNull) {
                    continue;
                }
                c = xNull == nullsFirst[k] ? -1 : 1;
                return c;
            }
            c = ValueOrdering.compare(x, i, y, j);
            if (c != 0) {
                return ascending[k] ? c : -c;
            }
        }
        return 0;
    }

    /** The positions of the rows of {@code batch} in order: stable, by the fastest path the keys allow. */
    public int[] sort(ColumnBatch batch) {
        int n = batch.numRows();
        if (ordinals.length == 1 && n >= RADIX_MIN_ROWS) {
            long[] normalized = normalizedKeys(batch.column(ordinals[0]), ascending[0]);
            if (normalized != null) {
                return radixSort(batch.column(ordinals[0]), normalized, nullsFirst[0]);
            }
        }
        int[] positions = Batches.identity(n);
        IndexSort.mergeSort(positions, n, comparator(batch));
        return positions;
    }

    /** The slow twin of {@link #sort}: a merge sort over {@link #compare}. */
    int[] sortSlowly(ColumnBatch batch) {
        int[] positions = Batches.identity(batch.numRows());
        IndexSort.mergeSort(positions, positions.length, (x, y) -> compare(batch, x, batch, y));
        return positions;
    }

    private static int[] radixSort(ColumnVector key, long[] normalized, boolean nullsFirst) {
        int n = key.size();
        if (!key.hasNulls()) {
            return IndexSort.radixSort(normalized, Batches.identity(n), n);
        }
        int nullCount = key.nullCount();
        int[] nonNull = new int[n - nullCount];
        long[] nonNullKeys = new long[n - nullCount];
        int[] nulls = new int[nullCount];
        int v = 0;
        int u = 0;
        for (int i = 0; i < n; i++) {
            if (key.isNull(i)) {
                nulls[u++] = i;
            } else {
                nonNullKeys[v] = normalized[i];
                nonNull[v++] = i;
            }
        }
        int[] sorted = IndexSort.radixSort(nonNullKeys, nonNull, nonNull.length);
        int[] result = new int[n];
        if (nullsFirst) {
            System.arraycopy(nulls, 0, result, 0, nullCount);
            System.arraycopy(sorted, 0, result, nullCount, sorted.length);
        } else {
            System.arraycopy(sorted, 0, result, 0, sorted.length);
            System.arraycopy(nulls, 0, result, sorted.length, nullCount);
        }
        return result;
    }

    /**
     * The values as longs in the wanted signed order, or null when the column is not of a primitive type. Null
     * rows get whatever their zero normalizes to; the caller puts them apart.
     */
    static long[] normalizedKeys(ColumnVector column, boolean ascending) {
        int n = column.size();
        long[] keys = new long[n];
        if (column instanceof LongVector v) {
            System.arraycopy(v.values(), 0, keys, 0, n);
        } else if (column instanceof IntVector v) {
            int[] values = v.values();
            for (int i = 0; i < n; i++) {
                keys[i] = values[i];
            }
        } else if (column instanceof DoubleVector v) {
            double[] values = v.values();
            for (int i = 0; i < n; i++) {
                keys[i] = doubleKey(values[i]);
            }
        } else if (column instanceof FloatVector v) {
            float[] values = v.values();
            for (int i = 0; i < n; i++) {
                keys[i] = doubleKey(values[i]);
            }
        } else if (column instanceof ShortVector v) {
            short[] values = v.values();
            for (int i = 0; i < n; i++) {
                keys[i] = values[i];
            }
        } else if (column instanceof ByteVector v) {
            byte[] values = v.values();
            for (int i = 0; i < n; i++) {
                keys[i] = values[i];
            }
        } else if (column instanceof BooleanVector v) {
            boolean[] values = v.values();
            for (int i = 0; i < n; i++) {
                keys[i] = values[i] ? 1 : 0;
            }
        } else {
            return null;
        }
        if (!ascending) {
            for (int i = 0; i < n; i++) {
                keys[i] = ~keys[i]; // reverses signed order exactly
            }
        }
        return keys;
    }

    /** A long whose signed order is Spark's order of doubles: -0.0 as 0.0, NaN above +Infinity. */
    static long doubleKey(double value) {
        long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** A comparator of rows of {@code batch} by all keys, specialized per key column. */
    IndexSort.IndexComparator comparator(ColumnBatch batch) {
        IndexSort.IndexComparator[] keys = new IndexSort.IndexComparator[ordinals.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = columnComparator(batch.column(ordinals[k]), ascending[k], nullsFirst[k]);
        }
        if (keys.length == 1) {
            return keys[0];
        }
        return (x, y) -> {
            for (IndexSort.IndexComparator key : keys) {
                int c = key.compare(x, y);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private static IndexSort.IndexComparator columnComparator(
            ColumnVector column, boolean ascending, boolean nullsFirst) {
        IndexSort.IndexComparator values = valueComparator(column);
        IndexSort.IndexComparator directed = ascending ? values : (x, y) -> values.compare(y, x);
        if (!column.hasNulls()) {
            return directed;
        }
        boolean[] nulls = column.nulls();
        int nullSide = nullsFirst ? -1 : 1;
        return (x, y) -> {
            boolean xNull = nulls[x];
            boolean yNull = nulls[y];
            if (xNull || yNull) {
                return xNull == yNull ? 0 : xNull ? nullSide : -nullSide;
            }
            return directed.compare(x, y);
        };
    }

    private static IndexSort.IndexComparator valueComparator(ColumnVector column) {
        if (column instanceof BytesVector v) {
            long[] prefixes = prefixes(v);
            return (x, y) -> {
                int c = Long.compareUnsigned(prefixes[x], prefixes[y]);
                return c != 0 ? c : v.compare(x, v, y);
            };
        }
        long[] normalized = normalizedKeys(column, true);
        if (normalized != null) {
            return (x, y) -> Long.compare(normalized[x], normalized[y]);
        }
        return (x, y) -> ValueOrdering.compare(column, x, column, y);
    }

    /** The first 8 bytes of each value, big-endian, zero-padded: their unsigned order is the bytes' order. */
    private static long[] prefixes(BytesVector vector) {
        int n = vector.size();
        long[] prefixes = new long[n];
        byte[] bytes = vector.bytes();
        for (int i = 0; i < n; i++) {
            int from = vector.offset(i);
            int length = Math.min(8, vector.length(i));
            long prefix = 0;
            for (int b = 0; b < length; b++) {
                prefix |= (bytes[from + b] & 0xFFL) << (56 - 8 * b);
            }
            prefixes[i] = prefix;
        }
        return prefixes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnOrdering that
                && Arrays.equals(ordinals, that.ordinals)
                && Arrays.equals(ascending, that.ascending)
                && Arrays.equals(nullsFirst, that.nullsFirst);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ordinals) * 31 + Arrays.hashCode(ascending);
    }

    @Override
    public String toString() {
        return "ColumnOrdering" + Arrays.toString(ordinals);
    }
}
