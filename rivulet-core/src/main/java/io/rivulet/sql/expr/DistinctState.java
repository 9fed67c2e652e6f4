package io.rivulet.sql.expr;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of an aggregate over distinct arguments ({@code count(DISTINCT a)}, {@code sum(DISTINCT v)}): each
 * group keeps the set of argument tuples it has seen (rows with a null argument are skipped: every such aggregate
 * ignores them), travels as an array of them ({@code array<T>}, or {@code array<struct<...>>} for several
 * arguments), and its result is the plain aggregate over the set. So the aggregation operator needs no special
 * plan for distinct aggregates; the price is memory proportional to the distinct values.
 */
final class DistinctState implements AggregateFunction.GroupedState {
    private final AggregateFunction base;
    private final List<DataType> argumentTypes;
    private final List<Map<Object, Object[]>> seen = new ArrayList<>();
    private long bytes;

    DistinctState(AggregateFunction base, List<Expression> arguments) {
        this.base = base;
        this.argumentTypes = arguments.stream().map(Expression::dataType).toList();
    }

    static List<DataType> stateTypes(List<Expression> arguments) {
        return List.of(new ArrayType(
                elementType(arguments.stream().map(Expression::dataType).toList()), false));
    }

    private static DataType elementType(List<DataType> types) {
        if (types.size() == 1) {
            return types.get(0);
        }
        StructType struct = new StructType();
        for (int i = 0; i < types.size(); i++) {
            struct = struct.add("c" + i, types.get(i), true);
        }
        return struct;
    }

    @Override
    public void ensureGroups(int groups) {
        while (seen.size() < groups) {
            seen.add(new LinkedHashMap<>());
        }
    }

    private void add(int group, Object[] values) {
        List<Object> key = new ArrayList<>(values.length);
        for (Object value : values) {
            key.add(InternalValues.key(value));
        }
        if (seen.get(group).putIfAbsent(key, values) == null) {
            bytes += 64 + 24L * values.length;
        }
    }

    @Override
    public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
        rows:
        for (int i = 0; i < rows; i++) {
            Object[] values = new Object[arguments.length];
            for (int k = 0; k < arguments.length; k++) {
                if (arguments[k].isNull(i)) {
                    continue rows;
                }
                values[k] = arguments[k].getInternal(i);
            }
            add(groupIds[i], values);
        }
    }

    @Override
    public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
        ArrayVector sets = (ArrayVector) partial[0];
        ColumnVector elements = sets.elements();
        for (int i = 0; i < rows; i++) {
            for (int j = sets.offset(i); j < sets.offset(i + 1); j++) {
                Object element = elements.getInternal(j);
                add(groupIds[i], argumentTypes.size() == 1 ? new Object[] {element} : (Object[]) element);
            }
        }
    }

    @Override
    public ColumnVector[] partials(int groups) {
        ArrayType type = new ArrayType(elementType(argumentTypes), false);
        ArrayVector.Builder builder = ArrayVector.builder(type, groups);
        for (int g = 0; g < groups; g++) {
            for (Object[] values : seen.get(g).values()) {
                builder.elements().appendInternal(argumentTypes.size() == 1 ? values[0] : values);
            }
            builder.endArray();
        }
        return new ColumnVector[] {builder.build()};
    }

    @Override
    public ColumnVector results(int groups) {
        AggregateFunction.GroupedState state = base.newState();
        state.ensureGroups(groups);
        int total = 0;
        for (int g = 0; g < groups; g++) {
            total += seen.get(g).size();
        }
        int[] groupIds = new int[total];
        VectorBuilder[] builders = new VectorBuilder[argumentTypes.size()];
        for (int k = 0; k < builders.length; k++) {
            builders[k] = VectorBuilder.forType(argumentTypes.get(k), total);
        }
        int row = 0;
        for (int g = 0; g < groups; g++) {
            for (Object[] values : seen.get(g).values()) {
                groupIds[row++] = g;
                for (int k = 0; k < builders.length; k++) {
                    builders[k].appendInternal(values[k]);
                }
            }
        }
        ColumnVector[] arguments = new ColumnVector[builders.length];
        for (int k = 0; k < builders.length; k++) {
            arguments[k] = builders[k].build();
        }
        state.update(groupIds, total, arguments);
        return state.results(groups);
    }

    @Override
    public long estimatedBytes() {
        return 64 + 48L * seen.size() + bytes;
    }
}
