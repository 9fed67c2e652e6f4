package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import java.util.List;

/**
 * {@code count(*)} (written {@code count(1)}: a non-null literal), {@code count(x)} and {@code count(a, b)} (rows
 * where none is null), {@code count(DISTINCT ...)}: a bigint, 0 for a group without rows. State: the count.
 */
public record Count(List<Expression> children, boolean distinct) implements AggregateFunction {
    public Count {
        children = List.copyOf(children);
    }

    /** {@code count(*)}, as Spark spells it: {@code count(1)}. */
    public static Count star() {
        return new Count(List.of(Literal.of(1)), false);
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new Count(newChildren, distinct);
    }

    @Override
    public DataType dataType() {
        return DataTypes.LongType;
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public List<DataType> stateTypes() {
        return distinct ? DistinctState.stateTypes(children) : List.of(DataTypes.LongType);
    }

    @Override
    public GroupedState newState() {
        return distinct ? new DistinctState(new Count(children, false), children) : new State();
    }

    @Override
    public String sql() {
        return AggregateSql.call("count", distinct, children, false);
    }

    @Override
    public String toString() {
        return AggregateSql.call("count", distinct, children, true);
    }

    private static final class State implements GroupedState {
        private long[] counts = new long[0];

        @Override
        public void ensureGroups(int groups) {
            counts = GroupArrays.grow(counts, groups);
        }

        @Override
        public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
            boolean[] skip = null;
            for (ColumnVector argument : arguments) {
                if (argument.hasNulls()) {
                    skip = Vectors.or(skip, argument.nulls(), rows);
                }
            }
            for (int i = 0; i < rows; i++) {
                if (skip == null || !skip[i]) {
                    counts[groupIds[i]]++;
                }
            }
        }

        @Override
        public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
            long[] other = ((LongVector) partial[0]).values();
            for (int i = 0; i < rows; i++) {
                counts[groupIds[i]] += other[i];
            }
        }

        @Override
        public ColumnVector[] partials(int groups) {
            return new ColumnVector[] {results(groups)};
        }

        @Override
        public ColumnVector results(int groups) {
            return new LongVector(DataTypes.LongType, groups, GroupArrays.head(counts, groups), null);
        }

        @Override
        public long estimatedBytes() {
            return 16 + 8L * counts.length;
        }
    }
}
