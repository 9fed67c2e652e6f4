package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.Storage;
import java.util.Arrays;

/**
 * The grouped state of {@link Min} and {@link Max}: per group the extreme so far and whether there is one. Longs
 * (and the int, date, timestamp and narrow decimal columns, widened) and doubles (NaN the greatest, as Spark) are
 * kept in primitive arrays; other types as internal values compared by {@link InternalValues}. The partial state is
 * the result itself.
 */
final class ExtremeState implements AggregateFunction.GroupedState {
    private final DataType type;
    private final boolean max;
    private final Storage storage;
    private long[] longs = new long[0];
    private double[] doubles = new double[0];
    private Object[] objects = new Object[0];
    private boolean[] set = new boolean[0];

    ExtremeState(DataType type, boolean max) {
        this.type = type;
        this.max = max;
        Storage s = Storage.of(type);
        this.storage = switch (s) {
            case LONG, INT, SHORT, BYTE -> Storage.LONG;
            case DOUBLE, FLOAT -> Storage.DOUBLE;
            default -> s;
        };
    }

    @Override
    public void ensureGroups(int groups) {
        set = GroupArrays.grow(set, groups);
        if (storage == Storage.LONG) {
            longs = GroupArrays.grow(longs, groups);
        } else if (storage == Storage.DOUBLE) {
            doubles = GroupArrays.grow(doubles, groups);
        } else {
            objects = GroupArrays.grow(objects, groups);
        }
    }

    @Override
    public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
        ColumnVector v = arguments[0];
        boolean[] nulls = v.nulls();
        if (storage == Storage.LONG) {
            long[] a = Vectors.longs(v);
            for (int i = 0; i < rows; i++) {
                if (nulls == null || !nulls[i]) {
                    int g = groupIds[i];
                    long x = a[i];
                    if (!set[g] || (max ? x > longs[g] : x < longs[g])) {
                        longs[g] = x;
                        set[g] = true;
                    }
                }
            }
        } else if (storage == Storage.DOUBLE) {
            double[] a = Vectors.doubles(v);
            for (int i = 0; i < rows; i++) {
                if (nulls == null || !nulls[i]) {
                    int g = groupIds[i];
                    int sign = set[g] ? InternalValues.compareDoubles(a[i], doubles[g]) : 0;
                    if (!set[g] || (max ? sign > 0 : sign < 0)) {
                        doubles[g] = a[i];
                        set[g] = true;
                    }
                }
            }
        } else {
            for (int i = 0; i < rows; i++) {
                if (!v.isNull(i)) {
                    int g = groupIds[i];
                    Object x = v.getInternal(i);
                    int sign = set[g] ? InternalValues.compare(type, x, objects[g]) : 0;
                    if (!set[g] || (max ? sign > 0 : sign < 0)) {
                        objects[g] = x;
                        set[g] = true;
                    }
                }
            }
        }
    }

    @Override
    public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
        update(groupIds, rows, partial);
    }

    @Override
    public ColumnVector[] partials(int groups) {
        return new ColumnVector[] {results(groups)};
    }

    @Override
    public ColumnVector results(int groups) {
        boolean[] nulls = new boolean[groups];
        for (int g = 0; g < groups; g++) {
            nulls[g] = !set[g];
        }
        if (storage == Storage.LONG) {
            return Vectors.ofLongs(type, groups, GroupArrays.head(longs, groups), nulls);
        } else if (storage == Storage.DOUBLE) {
            return Vectors.ofDoubles(type, groups, Arrays.copyOf(doubles, groups), nulls);
        }
        return Vectors.ofInternals(type, Arrays.copyOf(objects, groups), groups);
    }

    @Override
    public long estimatedBytes() {
        return 64 + set.length + 8L * longs.length + 8L * doubles.length + 40L * objects.length;
    }
}
