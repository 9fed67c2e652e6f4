package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.util.Arrays;

/**
 * A column of boolean: a {@code boolean[]} and a null mask. Null rows hold false.
 */
public final class BooleanVector extends ColumnVector {
    private static final boolean[] EMPTY = new boolean[0];

    private final boolean[] values;

    /**
     * Takes ownership of {@code values} (at least {@code size} long, false at null rows) and of {@code nulls}
     * (null if no row is null).
     */
    public BooleanVector(DataType type, int size, boolean[] values, boolean[] nulls) {
        super(requireStorage(type), size, nulls);
        this.values = requireNonNull(values, "values is null");
        if (values.length < size) {
            throw new IllegalArgumentException(values.length + " values for a vector of " + size + " rows");
        }
    }

    private static DataType requireStorage(DataType type) {
        if (Storage.of(type) != Storage.BOOLEAN) {
            throw new IllegalArgumentException("A BooleanVector cannot hold values of type " + type.simpleString());
        }
        return type;
    }

    public static Builder builder(DataType type, int expectedRows) {
        return new Builder(type, expectedRows);
    }

    /** The backing array: row {@code i} is {@code values()[i]}; it may be longer than {@link #size()}. Never write to it. */
    public boolean[] values() {
        return values;
    }

    public boolean getBoolean(int row) {
        return values[row];
    }

    @Override
    public Object get(int row) {
        checkRow(row);
        return isNull(row) ? null : values[row];
    }

    @Override
    public Object getInternal(int row) {
        checkRow(row);
        return isNull(row) ? null : (Boolean) values[row];
    }

    @Override
    public BooleanVector gather(int[] positions, int count) {
        boolean[] out = new boolean[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new BooleanVector(type(), count, out, Nulls.gather(nulls(), positions, count));
    }

    @Override
    public BooleanVector slice(int from, int to) {
        checkSlice(from, to);
        if (from == 0 && to == size()) {
            return this;
        }
        return new BooleanVector(
                type(), to - from, Arrays.copyOfRange(values, from, to), Nulls.slice(nulls(), from, to));
    }

    @Override
    public long estimatedBytes() {
        return 32 + 1L * values.length + Nulls.bytes(nulls());
    }

    /** Appends booleans; see {@link VectorBuilder}. */
    public static final class Builder extends VectorBuilder {
        private boolean[] values = EMPTY;

        Builder(DataType type, int expectedRows) {
            super(requireStorage(type), expectedRows);
        }

        public void append(boolean value) {
            if (size == values.length) {
                grow(size + 1);
            }
            values[size++] = value;
        }

        @Override
        public void appendNull() {
            if (size == values.length) {
                grow(size + 1);
            }
            values[size] = false;
            markNull(size);
            size++;
        }

        @Override
        public void append(Object external) {
            if (external == null) {
                appendNull();
            } else {
                append(Internal.externalBoolean(type(), external));
            }
        }

        @Override
        public void appendInternal(Object internal) {
            if (internal == null) {
                appendNull();
            } else {
                append(((Boolean) internal).booleanValue());
            }
        }

        @Override
        public void appendFrom(ColumnVector source, int row) {
            if (source.isNull(row)) {
                appendNull();
            } else {
                append(((BooleanVector) source).values[row]);
            }
        }

        @Override
        public void appendRange(ColumnVector source, int from, int to) {
            BooleanVector vector = (BooleanVector) source;
            int count = to - from;
            if (size + count > values.length) {
                grow(size + count);
            }
            // Null rows of the source hold false, so copying them keeps that invariant here.
            System.arraycopy(vector.values, from, values, size, count);
            if (vector.hasNulls()) {
                for (int i = 0; i < count; i++) {
                    if (vector.isNull(from + i)) {
                        markNull(size + i);
                    }
                }
            }
            size += count;
        }

        @Override
        public BooleanVector build() {
            int rows = size;
            BooleanVector vector = new BooleanVector(type(), rows, values, takeNulls());
            values = EMPTY;
            return vector;
        }

        @Override
        public long estimatedBytes() {
            return 1L * values.length + nullBytes();
        }

        private void grow(int needed) {
            int capacity = values.length == 0 ? Math.max(expectedRows, needed) : Nulls.grow(values.length, needed);
            values = Arrays.copyOf(values, Math.max(capacity, 1));
        }
    }
}
