package io.rivulet.sql.execution;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import java.util.Arrays;
import java.util.List;

/**
 * A test aggregate over a long column: {@code sum} (null over no non-null value) or, with {@code count}, the
 * number of non-null values; until the aggregate functions of the {@code expr} branch are in.
 */
record TestSum(Expression child, boolean count) implements AggregateFunction {
    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new TestSum(children.get(0), count);
    }

    @Override
    public DataType dataType() {
        return DataTypes.LongType;
    }

    @Override
    public boolean nullable() {
        return !count;
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(DataTypes.LongType, DataTypes.LongType);
    }

    @Override
    public String sql() {
        return (count ? "count(" : "sum(") + child.sql() + ")";
    }

    @Override
    public String toString() {
        return (count ? "count(" : "sum(") + child + ")";
    }

    @Override
    public GroupedState newState() {
        return new GroupedState() {
            private long[] sums = new long[0];
            private long[] counts = new long[0];

            @Override
            public void ensureGroups(int groups) {
                if (groups > sums.length) {
                    sums = Arrays.copyOf(sums, groups);
                    counts = Arrays.copyOf(counts, groups);
                }
            }

            @Override
            public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
                LongVector values = (LongVector) arguments[0];
                for (int i = 0; i < rows; i++) {
                    if (!values.isNull(i)) {
                        sums[groupIds[i]] += values.getLong(i);
                        counts[groupIds[i]]++;
                    }
                }
            }

            @Override
            public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
                for (int i = 0; i < rows; i++) {
                    sums[groupIds[i]] += ((LongVector) partial[0]).getLong(i);
                    counts[groupIds[i]] += ((LongVector) partial[1]).getLong(i);
                }
            }

            @Override
            public ColumnVector[] partials(int groups) {
                return new ColumnVector[] {
                    new LongVector(DataTypes.LongType, groups, Arrays.copyOf(sums, groups), null),
                    new LongVector(DataTypes.LongType, groups, Arrays.copyOf(counts, groups), null)
                };
            }

            @Override
            public ColumnVector results(int groups) {
                long[] out = new long[groups];
                boolean[] nulls = new boolean[groups];
                for (int g = 0; g < groups; g++) {
                    out[g] = count ? counts[g] : sums[g];
                    nulls[g] = !count && counts[g] == 0;
                    if (nulls[g]) {
                        out[g] = 0;
                    }
                }
                return new LongVector(DataTypes.LongType, groups, out, nulls);
            }

            @Override
            public long estimatedBytes() {
                return 16L * sums.length;
            }
        };
    }
}
