package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.util.Arrays;

/**
 * A column of integer, and date as days since 1970-01-01: a {@code int[]} and a null mask. Null rows hold 0.
 */
public final class IntVector extends ColumnVector {
    private static final int[] EMPTY = new int[0];

    private final int[] values;

    /**
     * Takes ownership of {@code values} (at least {@code size} long, 0 at null rows) and of {@code nulls}
     * (null if no row is null).
     */
    public IntVector(DataType type, int size, int[] values, boolean[] nulls) {
        super(requireStorage(type), size, nulls);
        this.values = requireNonNull(values, "values is null");
        if (values.length < size) {
            throw new IllegalArgumentException(values.length + " values for a vector of " + size + " rows");
        }
    }

    private static DataType requireStorage(DataType type) {
        if (Storage.of(type) != Storage.INT) {
            throw new IllegalArgumentException("A IntVector cannot hold values of type " + type.simpleString());
        }
        return type;
    }

    public static Builder builder(DataType type, int expectedRows) {
        return new Builder(type, expectedRows);
    }

    /** The backing array: row {@code i} is {@code values()[i]}; it may be longer than {@link #size()}. Never write to it. */
    public int[] values() {
        return values;
    }

    public int getInt(int row) {
        return values[row];
    }

    @Override
    public Object get(int row) {
        checkRow(row);
        return isNull(row) ? null : Internal.intToExternal(type(), values[row]);
    }

    @Override
    public Object getInternal(int row) {
        checkRow(row);
        return isNull(row) ? null : (Integer) values[row];
    }

    @Override
    public IntVector gather(int[] positions, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new IntVector(type(), count, out, Nulls.gather(nulls(), positions, count));
    }

    @Override
    public IntVector slice(int from, int to) {
        checkSlice(from, to);
        if (from == 0 && to == size()) {
            return this;
        }
        return new IntVector(type(), to - from, Arrays.copyOfRange(values, from, to), Nulls.slice(nulls(), from, to));
    }

    @Override
    public long estimatedBytes() {
        return 32 + 4L * values.length + Nulls.bytes(nulls());
    }

    /** Appends ints; see {@link VectorBuilder}. */
    public static final class Builder extends VectorBuilder {
        private int[] values = EMPTY;

        Builder(DataType type, int expectedRows) {
            super(requireStorage(type), expectedRows);
        }

        public void append(int value) {
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
            values[size] = 0;
            markNull(size);
            size++;
        }

        @Override
        public void append(Object external) {
            if (external == null) {
                appendNull();
            } else {
                append(Internal.externalInt(type(), external));
            }
        }

        @Override
        public void appendInternal(Object internal) {
            if (internal == null) {
                appendNull();
            } else {
                append(((Integer) internal).intValue());
            }
        }

        @Override
        public void appendFrom(ColumnVector source, int row) {
            if (source.isNull(row)) {
                appendNull();
            } else {
                append(((IntVector) source).values[row]);
            }
        }

        @Override
        public void appendRange(ColumnVector source, int from, int to) {
            IntVector vector = (IntVector) source;
            int count = to - from;
            if (size + count > values.length) {
                grow(size + count);
            }
            // Null rows of the source hold 0, so copying them keeps that invariant here.
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
        public IntVector build() {
            int rows = size;
            IntVector vector = new IntVector(type(), rows, values, takeNulls());
            values = EMPTY;
            return vector;
        }

        @Override
        public long estimatedBytes() {
            return 4L * values.length + nullBytes();
        }

        private void grow(int needed) {
            int capacity = values.length == 0 ? Math.max(expectedRows, needed) : Nulls.grow(values.length, needed);
            values = Arrays.copyOf(values, Math.max(capacity, 1));
        }
    }
}
