package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.ArrayType;
import java.util.Arrays;
import java.util.Collections;

/**
 * A column of arrays: the elements of all rows in one child vector, row {@code i} being elements {@code
 * offsets()[i] .. offsets()[i + 1]}. Null rows are empty.
 */
public final class ArrayVector extends ColumnVector {
    private final int[] offsets;
    private final ColumnVector elements;

    /**
     * Takes ownership of {@code offsets} ({@code size + 1} or more, from 0, never decreasing, the last at most
     * {@code elements.size()}) and {@code nulls}; {@code elements} has the element type (nullability aside).
     */
    public ArrayVector(ArrayType type, int size, int[] offsets, ColumnVector elements, boolean[] nulls) {
        super(type, size, nulls);
        this.offsets = requireNonNull(offsets, "offsets is null");
        this.elements = requireNonNull(elements, "elements is null");
        if (!Types.sameIgnoringNullability(elements.type(), type.elementType())) {
            throw new IllegalArgumentException(
                    "Elements of type " + elements.type().simpleString() + " in a vector of " + type.simpleString());
        }
        Offsets.check(offsets, size, elements.size(), type.simpleString());
    }

    public static Builder builder(ArrayType type, int expectedRows) {
        return new Builder(type, expectedRows);
    }

    public ArrayType arrayType() {
        return (ArrayType) type();
    }

    /** Never write to it. */
    public int[] offsets() {
        return offsets;
    }

    public ColumnVector elements() {
        return elements;
    }

    /** The position in {@link #elements()} of the first element of {@code row}. */
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
        Object[] values = new Object[length(row)];
        for (int i = 0; i < values.length; i++) {
            values[i] = elements.get(offsets[row] + i);
        }
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public Object getInternal(int row) {
        checkRow(row);
        if (isNull(row)) {
            return null;
        }
        Object[] values = new Object[length(row)];
        for (int i = 0; i < values.length; i++) {
            values[i] = elements.getInternal(offsets[row] + i);
        }
        return values;
    }

    @Override
    public ArrayVector gather(int[] positions, int count) {
        int[] outOffsets = new int[count + 1];
        int[] childPositions = Offsets.gatherChildPositions(offsets, positions, count, outOffsets);
        return new ArrayVector(
                arrayType(),
                count,
                outOffsets,
                elements.gather(childPositions, childPositions.length),
                Nulls.gather(nulls(), positions, count));
    }

    @Override
    public ArrayVector slice(int from, int to) {
        checkSlice(from, to);
        if (from == 0 && to == size()) {
            return this;
        }
        return new ArrayVector(
                arrayType(),
                to - from,
                Offsets.slice(offsets, from, to),
                elements.slice(offsets[from], offsets[to]),
                Nulls.slice(nulls(), from, to));
    }

    @Override
    public long estimatedBytes() {
        return 32 + 4L * offsets.length + Nulls.bytes(nulls()) + elements.estimatedBytes();
    }

    /**
     * Appends arrays. Typed use: append a row's elements to {@link #elements()}, then call {@link #endArray()};
     * {@link #appendNull()} adds a null row (append no elements for it).
     */
    public static final class Builder extends VectorBuilder {
        private final VectorBuilder elements;
        private final boolean containsNull;
        private int[] offsets;

        Builder(ArrayType type, int expectedRows) {
            super(type, expectedRows);
            this.elements = VectorBuilder.forType(type.elementType(), expectedRows);
            this.containsNull = type.containsNull();
        }

        public VectorBuilder elements() {
            return elements;
        }

        /** Ends a non-null row made of the elements appended since the previous row. */
        public void endArray() {
            offsets = Offsets.ensure(offsets, size, expectedRows);
            offsets[++size] = elements.size();
        }

        @Override
        public void appendNull() {
            offsets = Offsets.ensure(offsets, size, expectedRows);
            if (elements.size() != offsets[size]) {
                throw new IllegalStateException("Elements were appended to a null array");
            }
            markNull(size);
            offsets[++size] = elements.size();
        }

        @Override
        public void append(Object external) {
            if (external == null) {
                appendNull();
                return;
            }
            for (Object element : Internal.externalElements((ArrayType) type(), external)) {
                if (element == null && !containsNull) {
                    throw ValueException.nullValue("element", "an array that does not contain nulls");
                }
                try {
                    elements.append(element);
                } catch (IllegalArgumentException e) {
                    throw ValueException.at("element", e);
                }
            }
            endArray();
        }

        @Override
        public void appendInternal(Object internal) {
            if (internal == null) {
                appendNull();
                return;
            }
            for (Object element : (Object[]) internal) {
                elements.appendInternal(element);
            }
            endArray();
        }

        @Override
        public void appendFrom(ColumnVector source, int row) {
            if (source.isNull(row)) {
                appendNull();
                return;
            }
            ArrayVector vector = (ArrayVector) source;
            elements.appendRange(vector.elements, vector.offsets[row], vector.offsets[row + 1]);
            endArray();
        }

        @Override
        public ArrayVector build() {
            int rows = size;
            int[] built = offsets == null ? new int[1] : offsets;
            ArrayVector vector = new ArrayVector((ArrayType) type(), rows, built, elements.build(), takeNulls());
            offsets = null;
            return vector;
        }

        @Override
        public long estimatedBytes() {
            return (offsets == null ? 0 : 4L * offsets.length) + nullBytes() + elements.estimatedBytes();
        }
    }
}
