package io.rivulet.sql.vector;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;

/** A column of the void type: every row is null, nothing else is stored. */
public final class NullVector extends ColumnVector {
    public NullVector(int size) {
        super(DataTypes.NullType, size, Nulls.allNull(size));
    }

    public static Builder builder(DataType type, int expectedRows) {
        return new Builder(type, expectedRows);
    }

    @Override
    public Object get(int row) {
        checkRow(row);
        return null;
    }

    @Override
    public Object getInternal(int row) {
        checkRow(row);
        return null;
    }

    @Override
    public NullVector gather(int[] positions, int count) {
        return new NullVector(count);
    }

    @Override
    public NullVector slice(int from, int to) {
        checkSlice(from, to);
        return from == 0 && to == size() ? this : new NullVector(to - from);
    }

    @Override
    public long estimatedBytes() {
        return 32 + Nulls.bytes(nulls());
    }

    /** Counts nulls; a non-null value throws. */
    public static final class Builder extends VectorBuilder {
        Builder(DataType type, int expectedRows) {
            super(requireNullType(type), expectedRows);
        }

        private static DataType requireNullType(DataType type) {
            if (Storage.of(type) != Storage.NULL) {
                throw new IllegalArgumentException("A NullVector cannot hold values of type " + type.simpleString());
            }
            return type;
        }

        @Override
        public void appendNull() {
            size++;
        }

        @Override
        public void append(Object external) {
            if (external != null) {
                throw wrongClass(external, "null");
            }
            size++;
        }

        @Override
        public void appendInternal(Object internal) {
            append(internal);
        }

        @Override
        public void appendFrom(ColumnVector source, int row) {
            size++;
        }

        @Override
        public NullVector build() {
            int rows = size;
            takeNulls();
            return new NullVector(rows);
        }

        @Override
        public long estimatedBytes() {
            return size;
        }
    }
}
