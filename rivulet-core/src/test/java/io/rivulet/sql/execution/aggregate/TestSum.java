package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import java.util.Arrays;
import java.util.List;

/** A test-only {@code sum} of a long or int column (the real one is on another branch): null when no value. */
public record TestSum(Expression child, boolean distinct) implements AggregateFunction {
    public TestSum(Expression child) {
        this(child, false);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new TestSum(children.get(0), distinct);
    }

    @Override
    public DataType dataType() {
        return DataTypes.LongType;
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public String sql() {
        return "sum(" + (distinct ? "DISTINCT " : "") + child.sql() + ")";
    }

    @Override
    public String toString() {
        return "sum(" + (distinct ? "DISTINCT " : "") + child + ")";
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(DataTypes.LongType);
    }

    @Override
    public GroupedState newState() {
        return new State();
    }

    /** The sums, and whether each group saw a value. */
    static final class State implements GroupedState {
        private long[] sums = new long[16];
        private boolean[] seen = new boolean[16];

        @Override
        public void ensureGroups(int groups) {
            if (groups > sums.length) {
                int capacity = Math.max(groups, 2 * sums.length);
                sums = Arrays.copyOf(sums, capacity);
                seen = Arrays.copyOf(seen, capacity);
            }
        }

        @Override
        public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
            add(groupIds, rows, arguments[0]);
        }

        private void add(int[] groupIds, int rows, ColumnVector values) {
            boolean[] nulls = values.nulls();
            if (values instanceof LongVector longs) {
                long[] v = longs.values();
                for (int i = 0; i < rows; i++) {
                    if (nulls == null || !nulls[i]) {
                        sums[groupIds[i]] += v[i];
                        seen[groupIds[i]] = true;
                    }
                }
            } else {
                int[] v = ((IntVector) values).values();
                for (int i = 0; i < rows; i++) {
                    if (nulls == null || !nulls[i]) {
                        sums[groupIds[i]] += v[i];
                        seen[groupIds[i]] = true;
                    }
                }
            }
        }

        @Override
        public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
            add(groupIds, rows, partial[0]);
        }

        @Override
        public ColumnVector[] partials(int groups) {
            return new ColumnVector[] {results(groups)};
        }

        @Override
        public ColumnVector results(int groups) {
            boolean[] nulls = new boolean[groups];
            for (int g = 0; g < groups; g++) {
                nulls[g] = !seen[g];
            }
            return new LongVector(DataTypes.LongType, groups, Arrays.copyOf(sums, groups), nulls);
        }

        @Override
        public long estimatedBytes() {
            return 32 + 9L * sums.length;
        }
    }
}
