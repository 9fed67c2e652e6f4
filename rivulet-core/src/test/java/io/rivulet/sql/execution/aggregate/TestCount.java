package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import java.util.Arrays;
import java.util.List;

/** A test-only {@code count} (the real one is on another branch): rows whose arguments are all non-null. */
public record TestCount(List<Expression> children, boolean distinct) implements AggregateFunction {
    public TestCount {
        children = List.copyOf(children);
    }

    /** {@code count(*)}, as Spark writes it: {@code count(1)}. */
    public static TestCount star() {
        return new TestCount(List.of(Literal.of(1)), false);
    }

    public static TestCount of(Expression child) {
        return new TestCount(List.of(child), false);
    }

    public static TestCount distinctOf(Expression child) {
        return new TestCount(List.of(child), true);
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new TestCount(newChildren, distinct);
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
    public String sql() {
        return "count(" + (distinct ? "DISTINCT " : "") + children.get(0).sql() + ")";
    }

    @Override
    public String toString() {
        return "count(" + (distinct ? "DISTINCT " : "") + children.get(0) + ")";
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(DataTypes.LongType);
    }

    @Override
    public GroupedState newState() {
        return new State();
    }

    static final class State implements GroupedState {
        private long[] counts = new long[16];

        @Override
        public void ensureGroups(int groups) {
            if (groups > counts.length) {
                counts = Arrays.copyOf(counts, Math.max(groups, 2 * counts.length));
            }
        }

        @Override
        public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
            for (int i = 0; i < rows; i++) {
                boolean counted = true;
                for (ColumnVector argument : arguments) {
                    counted &= !argument.isNull(i);
                }
                if (counted) {
                    counts[groupIds[i]]++;
                }
            }
        }

        @Override
        public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
            long[] values = ((LongVector) partial[0]).values();
            for (int i = 0; i < rows; i++) {
                counts[groupIds[i]] += values[i];
            }
        }

        @Override
        public ColumnVector[] partials(int groups) {
            return new ColumnVector[] {results(groups)};
        }

        @Override
        public ColumnVector results(int groups) {
            return new LongVector(DataTypes.LongType, groups, Arrays.copyOf(counts, groups), null);
        }

        @Override
        public long estimatedBytes() {
            return 16 + 8L * counts.length;
        }
    }
}
