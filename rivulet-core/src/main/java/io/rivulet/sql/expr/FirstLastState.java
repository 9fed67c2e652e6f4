package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnVector;
import java.util.Arrays;

/**
 * The grouped state of {@link First} and {@link Last}: per group a value and whether one was set. With {@code
 * ignoreNulls}, null values are passed over. Partial state: the value and the flag; merging in the order the
 * partials come (which, as in Spark, is not deterministic across tasks).
 */
final class FirstLastState implements AggregateFunction.GroupedState {
    private final DataType type;
    private final boolean first;
    private final boolean ignoreNulls;
    private Object[] values = new Object[0];
    private boolean[] set = new boolean[0];

    FirstLastState(DataType type, boolean first, boolean ignoreNulls) {
        this.type = type;
        this.first = first;
        this.ignoreNulls = ignoreNulls;
    }

    @Override
    public void ensureGroups(int groups) {
        values = GroupArrays.grow(values, groups);
        set = GroupArrays.grow(set, groups);
    }

    @Override
    public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
        ColumnVector v = arguments[0];
        for (int i = 0; i < rows; i++) {
            int g = groupIds[i];
            if ((first && set[g]) || (ignoreNulls && v.isNull(i))) {
                continue;
            }
            values[g] = v.getInternal(i);
            set[g] = true;
        }
    }

    @Override
    public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
        ColumnVector v = partial[0];
        BooleanVector isSet = (BooleanVector) partial[1];
        for (int i = 0; i < rows; i++) {
            int g = groupIds[i];
            if (!isSet.getBoolean(i) || (first && set[g])) {
                continue;
            }
            values[g] = v.getInternal(i);
            set[g] = true;
        }
    }

    @Override
    public ColumnVector[] partials(int groups) {
        return new ColumnVector[] {
            results(groups), new BooleanVector(DataTypes.BooleanType, groups, Arrays.copyOf(set, groups), null)
        };
    }

    @Override
    public ColumnVector results(int groups) {
        return Vectors.ofInternals(type, Arrays.copyOf(values, groups), groups);
    }

    @Override
    public long estimatedBytes() {
        return 64 + set.length + 40L * values.length;
    }
}
