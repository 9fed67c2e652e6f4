package io.rivulet.sql.expr;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.ColumnVector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grouped state of {@link CollectList} and {@link CollectSet}: per group the non-null values in the order they
 * came (for a set, the first of each equal value). Partial state and result: an {@code array<T>}.
 */
final class CollectState implements AggregateFunction.GroupedState {
    private final ArrayType type;
    private final boolean set;
    private final List<Map<Object, Object>> groups = new ArrayList<>();
    private final List<List<Object>> lists = new ArrayList<>();
    private long bytes;

    CollectState(DataType elementType, boolean set) {
        this.type = new ArrayType(elementType, false);
        this.set = set;
    }

    @Override
    public void ensureGroups(int count) {
        while (lists.size() < count) {
            lists.add(new ArrayList<>());
            groups.add(set ? new LinkedHashMap<>() : null);
        }
    }

    private void add(int g, Object value) {
        if (set) {
            if (groups.get(g).putIfAbsent(InternalValues.key(value), value) != null) {
                return;
            }
        }
        lists.get(g).add(value);
        bytes += 48;
    }

    @Override
    public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
        ColumnVector v = arguments[0];
        for (int i = 0; i < rows; i++) {
            if (!v.isNull(i)) {
                add(groupIds[i], v.getInternal(i));
            }
        }
    }

    @Override
    public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
        ArrayVector arrays = (ArrayVector) partial[0];
        ColumnVector elements = arrays.elements();
        for (int i = 0; i < rows; i++) {
            for (int j = arrays.offset(i); j < arrays.offset(i + 1); j++) {
                if (!elements.isNull(j)) {
                    add(groupIds[i], elements.getInternal(j));
                }
            }
        }
    }

    @Override
    public ColumnVector[] partials(int count) {
        return new ColumnVector[] {results(count)};
    }

    @Override
    public ColumnVector results(int count) {
        ArrayVector.Builder builder = ArrayVector.builder(type, count);
        for (int g = 0; g < count; g++) {
            for (Object value : lists.get(g)) {
                builder.elements().appendInternal(value);
            }
            builder.endArray();
        }
        return builder.build();
    }

    @Override
    public long estimatedBytes() {
        return 64 + 64L * lists.size() + bytes * (set ? 2 : 1);
    }
}
