package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.LongVector;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The grouped state of {@link Sum} (and of {@link Average}'s sum, which also counts): per group the sum (a long, a
 * double or a {@code BigDecimal}), whether no value was added yet, and whether the sum overflowed (TRY and LEGACY
 * decimals: the result is null). Longs are added with an overflow test per row; the loop over a long or double
 * vector reads its array.
 */
class SumState implements AggregateFunction.GroupedState {
    private final DataType sumType;
    private final EvalMode mode;
    private final Expression node;
    private final boolean counting;
    private long[] longs = new long[0];
    private double[] doubles = new double[0];
    private Object[] decimals = new Object[0];
    private boolean[] empty = new boolean[0];
    private boolean[] overflowed = new boolean[0];
    private long[] counts = new long[0];

    SumState(DataType sumType, EvalMode mode, Expression node, boolean counting) {
        this.sumType = sumType;
        this.mode = mode;
        this.node = node;
        this.counting = counting;
    }

    @Override
    public void ensureGroups(int groups) {
        // only the arrays of this sum's type: each is read at random by group, and what is not held cannot miss
        if (sumType instanceof LongType) {
            longs = GroupArrays.grow(longs, groups);
        } else if (sumType instanceof DecimalType) {
            decimals = GroupArrays.grow(decimals, groups);
        } else {
            doubles = GroupArrays.grow(doubles, groups);
        }
        empty = GroupArrays.growTrue(empty, groups);
        overflowed = GroupArrays.grow(overflowed, groups);
        if (counting) {
            counts = GroupArrays.grow(counts, groups);
        }
    }

    @Override
    public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
        ColumnVector v = arguments[0];
        boolean[] nulls = v.nulls();
        if (sumType instanceof LongType) {
            long[] a = Vectors.longs(v);
            if (nulls == null && !counting) {
                addLongs(groupIds, a, rows);
                return;
            }
            for (int i = 0; i < rows; i++) {
                if (nulls == null || !nulls[i]) {
                    addLong(groupIds[i], a[i], 1);
                }
            }
        } else if (sumType instanceof DecimalType decimal) {
            DecimalType in = (DecimalType) v.type();
            for (int i = 0; i < rows; i++) {
                if (nulls == null || !nulls[i]) {
                    addDecimal(groupIds[i], Vectors.decimal(v, i, in), 1, decimal);
                }
            }
        } else {
            double[] a = Vectors.doubles(v);
            for (int i = 0; i < rows; i++) {
                if (nulls == null || !nulls[i]) {
                    int g = groupIds[i];
                    doubles[g] += a[i];
                    empty[g] = false;
                    if (counting) {
                        counts[g]++;
                    }
                }
            }
        }
    }

    /** A plain sum's loop over rows without nulls: two group arrays touched a row, not three. */
    private void addLongs(int[] groupIds, long[] values, int rows) {
        long[] sums = longs;
        boolean[] isEmpty = empty;
        for (int i = 0; i < rows; i++) {
            int g = groupIds[i];
            long value = values[i];
            long old = sums[g];
            long s = old + value;
            if (((old ^ s) & (value ^ s)) < 0) {
                overflow(g);
            }
            sums[g] = s;
            isEmpty[g] = false;
        }
    }

    private void addLong(int g, long value, long count) {
        long s = longs[g] + value;
        if (((longs[g] ^ s) & (value ^ s)) < 0) {
            overflow(g);
        }
        longs[g] = s;
        empty[g] = false;
        if (counting) {
            counts[g] += count;
        }
    }

    private void overflow(int g) {
        if (overflowed[g]) {
            return;
        }
        if (mode == EvalMode.ANSI) {
            throw Errors.overflow("long overflow", "try_sum", node);
        }
        overflowed[g] = mode == EvalMode.TRY;
    }

    private void addDecimal(int g, BigDecimal value, long count, DecimalType type) {
        empty[g] = false;
        if (counting) {
            counts[g] += count;
        }
        if (overflowed[g]) {
            return;
        }
        BigDecimal s = decimals[g] == null ? value : ((BigDecimal) decimals[g]).add(value);
        if (!DecimalArithmetic.fits(s.setScale(type.scale(), RoundingMode.HALF_UP), type.precision())) {
            if (mode == EvalMode.ANSI) {
                throw Errors.decimalOutOfRange(s, type.precision(), type.scale(), node);
            }
            overflowed[g] = true;
            decimals[g] = null;
            return;
        }
        decimals[g] = s;
    }

    @Override
    public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
        ColumnVector sums = partial[0];
        BooleanVector isEmpty = (BooleanVector) partial[1];
        long[] partialCounts = counting ? ((LongVector) partial[2]).values() : null;
        for (int i = 0; i < rows; i++) {
            if (isEmpty.getBoolean(i)) {
                continue;
            }
            int g = groupIds[i];
            long count = counting ? partialCounts[i] : 0;
            if (sums.isNull(i)) {
                empty[g] = false;
                overflowed[g] = true;
                if (counting) {
                    counts[g] += count;
                }
            } else if (sumType instanceof LongType) {
                addLong(g, ((LongVector) sums).getLong(i), count);
            } else if (sumType instanceof DecimalType decimal) {
                addDecimal(g, Vectors.decimal(sums, i, decimal), count, decimal);
            } else {
                doubles[g] += ((DoubleVector) sums).getDouble(i);
                empty[g] = false;
                if (counting) {
                    counts[g] += count;
                }
            }
        }
    }

    @Override
    public ColumnVector[] partials(int groups) {
        boolean[] isEmpty = java.util.Arrays.copyOf(empty, groups);
        ColumnVector sums = sums(groups, false);
        ColumnVector emptiness = new BooleanVector(DataTypes.BooleanType, groups, isEmpty, null);
        if (counting) {
            return new ColumnVector[] {sums, emptiness, counts(groups)};
        }
        return new ColumnVector[] {sums, emptiness};
    }

    /** The sums: null where empty ({@code emptyIsNull}) or overflowed. */
    ColumnVector sums(int groups, boolean emptyIsNull) {
        boolean[] nulls = new boolean[groups];
        for (int g = 0; g < groups; g++) {
            nulls[g] = overflowed[g] || (emptyIsNull && empty[g]);
        }
        if (sumType instanceof LongType) {
            return Vectors.ofLongs(sumType, groups, GroupArrays.head(longs, groups), nulls);
        } else if (sumType instanceof DecimalType decimal) {
            java.math.BigDecimal[] values = new java.math.BigDecimal[groups];
            for (int g = 0; g < groups; g++) {
                values[g] = decimals[g] == null
                        ? BigDecimal.ZERO.setScale(decimal.scale())
                        : ((BigDecimal) decimals[g]).setScale(decimal.scale(), RoundingMode.HALF_UP);
            }
            return Vectors.ofDecimals(decimal, groups, values, nulls);
        }
        return Vectors.ofDoubles(sumType, groups, java.util.Arrays.copyOf(doubles, groups), nulls);
    }

    LongVector counts(int groups) {
        return new LongVector(DataTypes.LongType, groups, GroupArrays.head(counts, groups), null);
    }

    boolean[] empties(int groups) {
        return java.util.Arrays.copyOf(empty, groups);
    }

    @Override
    public ColumnVector results(int groups) {
        return sums(groups, true);
    }

    @Override
    public long estimatedBytes() {
        long bytes = 64 + 8L * longs.length + 8L * doubles.length + 8L * counts.length + 2L * empty.length;
        return bytes + (sumType instanceof DecimalType ? 56L * decimals.length : 8L * decimals.length);
    }
}
