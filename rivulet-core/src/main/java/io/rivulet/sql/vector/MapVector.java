package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.MapType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A column of maps: the keys of all rows in one child vector and the values in another, row {@code i} being
 * entries {@code offsets()[i] .. offsets()[i + 1]}. Entries keep their order; keys are never null; null rows are
 * empty.
 */
public final class MapVector extends ColumnVector {
    private final int[] offsets;
    private final ColumnVector keys;
    private final ColumnVector values;

    /** Takes ownership of {@code offsets} (as {@link ArrayVector}'s) and {@code nulls}. */
    public MapVector(MapType type, int size, int[] offsets, ColumnVector keys, ColumnVector values, boolean[] nulls) {
        super(type, size, nulls);
        this.offsets = requireNonNull(offsets, "offsets is null");
        this.keys = requireNonNull(keys, "keys is null");
        this.values = requireNonNull(values, "values is null");
        if (!Types.sameIgnoringNullability(keys.type(), type.keyType())
                || !Types.sameIgnoringNullability(values.type(), type.valueType())) {
            throw new IllegalArgumentException("Keys of type " + keys.type().simpleString() + " and values of type "
                    + values.type().simpleString() + " in a vector of " + type.simpleString());
        }
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException(keys.size() + " keys but " + values.size() + " values");
        }
        Offsets.check(offsets, size, keys.size(), type.simpleString());
    }

    public static Builder builder(MapType type, int expectedRows) {
        return new Builder(type, expectedRows);
    }

    public MapType mapType() {
        return (MapType) type();
    }

    /** Never write to it. */
    public int[] offsets() {
        return offsets;
    }

    public ColumnVector keys() {
        return keys;
    }

    public ColumnVector values() {
        return values;
    }

    public int offset(int row) {
        return offsets[row];
    }

    public int length(int row) {
        return offsets[row + 1] - offsets[row];
    }

    @Override
    public Object get(int row) {
        checkRow(row);
        if (isNull(row)) {
            return null;
        }
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = offsets[row]; i < offsets[row + 1]; i++) {
            map.put(keys.get(i), values.get(i));
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Object getInternal(int row) {
        checkRow(row);
        if (isNull(row)) {
            return null;
        }
        int length = length(row);
        Object[][] entries = {new Object[length], new Object[length]};
        for (int i = 0; i < length; i++) {
            entries[0][i] = keys.getInternal(offsets[row] + i);
            entries[1][i] = values.getInternal(offsets[row] + i);
        }
        return entries;
    }

    @Override
    public MapVector gather(int[] positions, int count) {
        int[] outOffsets = new int[count + 1];
        int[] childPositions = Offsets.gatherChildPositions(offsets, positions, count, outOffsets);
        return new MapVector(
                mapType(),
                count,
                outOffsets,
                keys.gather(childPositions, childPositions.length),
                values.gather(childPositions, childPositions.length),
                Nulls.gather(nulls(), positions, count));
    }

    @Override
    public MapVector slice(int from, int to) {
        checkSlice(from, to);
        if (from == 0 && to == size()) {
            return this;
        }
        return new MapVector(
                mapType(),
                to - from,
                Offsets.slice(offsets, from, to),
                keys.slice(offsets[from], offsets[to]),
                values.slice(offsets[from], offsets[to]),
                Nulls.slice(nulls(), from, to));
    }

    @Override
    public long estimatedBytes() {
        return 40 + 4L * offsets.length + Nulls.bytes(nulls()) + keys.estimatedBytes() + values.estimatedBytes();
    }

    /**
     * Appends maps. Typed use: append a row's keys to {@link #keys()} and as many values to {@link #values()}, then
     * call {@link #endMap()}.
     */
    public static final class Builder extends VectorBuilder {
        private final VectorBuilder keys;
        private final VectorBuilder values;
        private final boolean valueContainsNull;
        private int[] offsets;

        Builder(MapType type, int expectedRows) {
            super(type, expectedRows);
            this.keys = VectorBuilder.forType(type.keyType(), expectedRows);
            this.values = VectorBuilder.forType(type.valueType(), expectedRows);
            this.valueContainsNull = type.valueContainsNull();
        }

        public VectorBuilder keys() {
            return keys;
        }

        public VectorBuilder values() {
            return values;
        }

        /** Ends a non-null row made of the entries appended since the previous row. */
        public void endMap() {
            if (keys.size() != values.size()) {
                throw new IllegalStateException(keys.size() + " keys but " + values.size() + " values appended");
            }
            offsets = Offsets.ensure(offsets, size, expectedRows);
            offsets[++size] = keys.size();
        }

        @Override
        public void appendNull() {
            offsets = Offsets.ensure(offsets, size, expectedRows);
            if (keys.size() != offsets[size] || values.size() != offsets[size]) {
                throw new IllegalStateException("Entries were appended to a null map");
            }
            markNull(size);
            offsets[++size] = keys.size();
        }

        @Override
        public void append(Object external) {
            if (external == null) {
                appendNull();
                return;
            }
            for (Map.Entry<?, ?> entry :
                    Internal.externalMap((MapType) type(), external).entrySet()) {
                if (entry.getKey() == null) {
                    throw ValueException.nullValue("key", "a map, whose keys are never null");
                }
                if (entry.getValue() == null && !valueContainsNull) {
                    throw ValueException.nullValue("value", "a map whose values are not nullable");
                }
                appendChild(keys, "key", entry.getKey());
                appendChild(values, "value", entry.getValue());
            }
            endMap();
        }

        private static void appendChild(VectorBuilder child, String segment, Object value) {
            try {
                child.append(value);
            } catch (IllegalArgumentException e) {
                throw ValueException.at(segment, e);
            }
        }

        @Override
        public void appendInternal(Object internal) {
            if (internal == null) {
                appendNull();
                return;
            }
            Object[][] entries = (Object[][]) internal;
            for (int i = 0; i < entries[0].length; i++) {
                keys.appendInternal(entries[0][i]);
                values.appendInternal(entries[1][i]);
            }
            endMap();
        }

        @Override
        public void appendFrom(ColumnVector source, int row) {
            if (source.isNull(row)) {
                appendNull();
                return;
            }
            MapVector vector = (MapVector) source;
            keys.appendRange(vector.keys, vector.offsets[row], vector.offsets[row + 1]);
            values.appendRange(vector.values, vector.offsets[row], vector.offsets[row + 1]);
            endMap();
        }

        @Override
        public MapVector build() {
            int rows = size;
            int[] built = offsets == null ? new int[1] : offsets;
            MapVector vector = new MapVector((MapType) type(), rows, built, keys.build(), values.build(), takeNulls());
            offsets = null;
            return vector;
        }

        @Override
        public long estimatedBytes() {
            return (offsets == null ? 0 : 4L * offsets.length)
                    + nullBytes()
                    + keys.estimatedBytes()
                    + values.estimatedBytes();
        }
    }
}
