package io.rivulet.sql.expr;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.ByteType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The grouped state of {@link Percentile} and {@link ApproxPercentile}: per group every non-null value, as a long
 * that sorts as the value does (integers, dates and timestamps as themselves; floating values and decimals through
 * their double's bits, flipped so that the signed order of the bits is the numeric order, NaN last as Spark sorts
 * it). Partial state: an {@code array<bigint>} of those keys. Results pick from the sorted keys: exact percentiles
 * by Spark's linear interpolation, approximate ones as Spark's quantile summaries answer when they hold every value.
 */
final class PercentileState implements AggregateFunction.GroupedState {
    static final ArrayType STATE_TYPE = new ArrayType(DataTypes.LongType, false);

    private final DataType inputType;
    private final double[] percentages;
    private final boolean array;
    private final boolean interpolate;
    private final DataType resultType;
    private long[][] values = new long[0][];
    private int[] sizes = new int[0];
    /** The bytes of the groups' arrays, kept as they grow (the memory manager asks after every batch). */
    private long held;

    PercentileState(DataType inputType, double[] percentages, boolean array, boolean interpolate, DataType result) {
        this.inputType = inputType;
        this.percentages = percentages;
        this.array = array;
        this.interpolate = interpolate;
        this.resultType = result;
    }

    @Override
    public void ensureGroups(int groups) {
        if (groups > values.length) {
            int capacity = Math.max(groups, 2 * values.length);
            values = Arrays.copyOf(values, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
        }
    }

    private void add(int g, long key) {
        long[] group = values[g];
        if (group == null) {
            group = values[g] = new long[4];
            held += 16 + 8L * group.length;
        } else if (sizes[g] == group.length) {
            group = values[g] = Arrays.copyOf(group, 2 * group.length);
            held += 4L * group.length;
        }
        group[sizes[g]++] = key;
    }

    @Override
    public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
        ColumnVector v = arguments[0];
        boolean floating = floating(inputType);
        long[] integral = floating ? null : Vectors.longs(v);
        double[] doubles = floating ? Vectors.doubles(v) : null;
        for (int i = 0; i < rows; i++) {
            if (!v.isNull(i)) {
                add(groupIds[i], floating ? key(doubles[i]) : integral[i]);
            }
        }
    }

    @Override
    public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
        ArrayVector arrays = (ArrayVector) partial[0];
        long[] keys = ((LongVector) arrays.elements()).values();
        for (int i = 0; i < rows; i++) {
            for (int j = arrays.offset(i); j < arrays.offset(i + 1); j++) {
                add(groupIds[i], keys[j]);
            }
        }
    }

    @Override
    public ColumnVector[] partials(int groups) {
        ArrayVector.Builder builder = ArrayVector.builder(STATE_TYPE, groups);
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < sizes[g]; j++) {
                builder.elements().appendInternal(values[g][j]);
            }
            builder.endArray();
        }
        return new ColumnVector[] {builder.build()};
    }

    @Override
    public ColumnVector results(int groups) {
        if (array) {
            ArrayVector.Builder builder = ArrayVector.builder((ArrayType) resultType, groups);
            for (int g = 0; g < groups; g++) {
                if (sizes[g] == 0) {
                    builder.appendNull();
                    continue;
                }
                long[] sorted = sorted(g);
                for (double p : percentages) {
                    builder.elements().appendInternal(pick(sorted, p));
                }
                builder.endArray();
            }
            return builder.build();
        }
        VectorBuilder builder = VectorBuilder.forType(resultType, groups);
        for (int g = 0; g < groups; g++) {
            builder.appendInternal(sizes[g] == 0 ? null : pick(sorted(g), percentages[0]));
        }
        return builder.build();
    }

    private long[] sorted(int g) {
        long[] keys = Arrays.copyOf(values[g], sizes[g]);
        Arrays.sort(keys);
        return keys;
    }

    private Object pick(long[] sorted, double percentage) {
        return interpolate ? interpolated(sorted, percentage) : internal(sorted[rankIndex(sorted.length, percentage)]);
    }

    /** Spark's {@code Percentile}: between the values at the floor and the ceiling of {@code (n - 1) * p}. */
    private double interpolated(long[] sorted, double percentage) {
        double position = (sorted.length - 1) * percentage;
        int lower = (int) Math.floor(position);
        int higher = (int) Math.ceil(position);
        double low = toDouble(sorted[lower]);
        if (lower == higher) {
            return low;
        }
        return (higher - position) * low + (position - lower) * toDouble(sorted[higher]);
    }

    /**
     * The value of rank {@code ceil(p * n)} (1-based; the first for ranks below 1), as Spark's {@code
     * QuantileSummaries.query} gives when its summary holds every value: the smallest value with at least
     * {@code p} of the values at or below it.
     */
    private static int rankIndex(int n, double percentage) {
        long rank = (long) Math.ceil(percentage * n);
        return (int) Math.max(0, Math.min(n - 1, rank - 1));
    }

    private double toDouble(long key) {
        return floating(inputType) ? value(key) : (double) key;
    }

    /** The internal value of {@code key} in the input's type. */
    private Object internal(long key) {
        if (inputType instanceof DecimalType decimal) {
            return BigDecimal.valueOf(value(key)).setScale(decimal.scale(), RoundingMode.HALF_UP);
        } else if (inputType instanceof DoubleType) {
            return value(key);
        } else if (inputType instanceof FloatType) {
            return (float) value(key);
        } else if (inputType instanceof IntegerType || inputType instanceof io.rivulet.sql.types.DateType) {
            return (int) key;
        } else if (inputType instanceof ShortType) {
            return (short) key;
        } else if (inputType instanceof ByteType) {
            return (byte) key;
        }
        return key;
    }

    static boolean floating(DataType type) {
        return type instanceof DoubleType || type instanceof FloatType || type instanceof DecimalType;
    }

    /** A long whose signed order is the double's numeric order (NaN, canonical, above infinity). */
    static long key(double value) {
        long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    @Override
    public long estimatedBytes() {
        return 64 + 12L * values.length + held;
    }
}
