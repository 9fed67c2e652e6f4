package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructType;
import java.util.Arrays;

/**
 * Appends values to a column and {@link #build}s it into a {@link ColumnVector}. Arrays grow by doubling from
 * {@code expectedRows}. {@link #build} hands the arrays to the vector without copying and starts the builder over
 * empty, so one builder can make batch after batch.
 *
 * <p>Values come as external objects ({@link #append}, which accepts what Spark's {@code createDataFrame} would,
 * see {@link Internal#toInternal}), as internal ones ({@link #appendInternal}), as rows of other vectors ({@link
 * #appendFrom}), or through the typed methods of the concrete builders ({@code LongVector.Builder.append(long)},
 * ...). A value of the wrong class throws {@code IllegalArgumentException} naming the type and the class; after
 * any exception the builder is in an unspecified state and must not be built. Not thread-safe.
 */
public abstract class VectorBuilder {
    private final DataType type;
    final int expectedRows;
    int size;
    private boolean[] nulls;

    VectorBuilder(DataType type, int expectedRows) {
        this.type = requireNonNull(type, "type is null");
        if (expectedRows < 0) {
            throw new IllegalArgumentException("expectedRows must not be negative: " + expectedRows);
        }
        this.expectedRows = expectedRows;
    }

    /** A builder for {@code type}'s storage; nested types get builders for their children too. */
    public static VectorBuilder forType(DataType type, int expectedRows) {
        return switch (Storage.of(type)) {
            case BOOLEAN -> new BooleanVector.Builder(type, expectedRows);
            case BYTE -> new ByteVector.Builder(type, expectedRows);
            case SHORT -> new ShortVector.Builder(type, expectedRows);
            case INT -> new IntVector.Builder(type, expectedRows);
            case LONG -> new LongVector.Builder(type, expectedRows);
            case FLOAT -> new FloatVector.Builder(type, expectedRows);
            case DOUBLE -> new DoubleVector.Builder(type, expectedRows);
            case DECIMAL -> new DecimalVector.Builder(type, expectedRows);
            case BYTES -> new BytesVector.Builder(type, expectedRows);
            case ARRAY -> new ArrayVector.Builder((ArrayType) type, expectedRows);
            case MAP -> new MapVector.Builder((MapType) type, expectedRows);
            case STRUCT -> new StructVector.Builder((StructType) type, expectedRows);
            case NULL -> new NullVector.Builder(type, expectedRows);
        };
    }

    public final DataType type() {
        return type;
    }

    /** The number of values appended since the last {@link #build}. */
    public final int size() {
        return size;
    }

    public abstract void appendNull();

    /** Appends an external value (null appends a null); see {@link Internal#toInternal} for the classes accepted. */
    public abstract void append(Object external);

    /** Appends an internal value as {@link ColumnVector#getInternal} gives it (null appends a null). */
    public abstract void appendInternal(Object internal);

    /**
     * Appends row {@code row} of {@code source}, a vector of this builder's type (nullability aside), without
     * converting it.
     */
    public abstract void appendFrom(ColumnVector source, int row);

    /** Appends rows {@code from} (inclusive) to {@code to} (exclusive) of {@code source}. */
    public void appendRange(ColumnVector source, int from, int to) {
        for (int row = from; row < to; row++) {
            appendFrom(source, row);
        }
    }

    /** The vector of the values appended since the last build; the builder starts over empty. */
    public abstract ColumnVector build();

    /** Bytes of heap held by the values appended so far: to cut batches by memory. */
    public abstract long estimatedBytes();

    /** Marks row {@code row} (the one being appended) null, allocating the mask on the first null. */
    final void markNull(int row) {
        if (nulls == null) {
            nulls = new boolean[Math.max(row + 1, Math.max(expectedRows, 16))];
        } else if (row >= nulls.length) {
            nulls = Arrays.copyOf(nulls, Nulls.grow(nulls.length, row + 1));
        }
        nulls[row] = true;
    }

    /** The mask for {@link #build} (null if no null was appended); the builder's own is reset. */
    final boolean[] takeNulls() {
        // The mask only grows when a null is appended: non-null rows after the last null may lie beyond it.
        boolean[] taken = nulls != null && nulls.length < size ? Arrays.copyOf(nulls, size) : nulls;
        nulls = null;
        size = 0;
        return taken;
    }

    final long nullBytes() {
        return Nulls.bytes(nulls);
    }

    final IllegalArgumentException wrongClass(Object value, String expected) {
        return Internal.wrongClass(type, value, expected);
    }
}
