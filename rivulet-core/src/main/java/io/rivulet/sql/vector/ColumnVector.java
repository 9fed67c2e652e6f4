package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.util.Objects;

/**
 * An immutable column of {@link #size()} values of one {@link #type()}: a typed primitive array (or offsets and
 * children for strings and nested types) and a null mask, in the manner of Trino's {@code LongArrayBlock} and
 * Spark's {@code OnHeapColumnVector}. The package documentation states the storage of each type and the
 * invariants every vector keeps.
 *
 * <p>Why a {@code boolean[]} mask that is null when nothing is null (Trino's {@code valueIsNull}): kernels test
 * {@code nulls() == null} once per vector and then run a plain loop over the values that the JIT unrolls and
 * vectorizes; with a mask they still compute on every row without branching (null rows hold zeros) and carry the
 * mask over. A packed bit set would save memory but cost a shift and a mask per row; the wire formats pack it.
 *
 * <p>{@link #get} gives the external value a {@code Row} would hold (slow path: boxing, object creation); the
 * concrete classes have typed accessors over their arrays. {@link #gather} and {@link #slice} copy, so a vector
 * never shares arrays with a smaller view of itself. Being immutable, a vector may be read by any number of
 * threads at once.
 */
public abstract class ColumnVector {
    private final DataType type;
    private final int size;
    private final boolean[] nulls;

    ColumnVector(DataType type, int size, boolean[] nulls) {
        this.type = requireNonNull(type, "type is null");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        if (nulls != null && nulls.length < size) {
            throw new IllegalArgumentException(
                    "The null mask has " + nulls.length + " entries, fewer than the size " + size);
        }
        this.size = size;
        this.nulls = Nulls.canonical(nulls, size);
    }

    public final DataType type() {
        return type;
    }

    public final int size() {
        return size;
    }

    public final boolean isNull(int row) {
        return nulls != null && nulls[row];
    }

    public final boolean hasNulls() {
        return nulls != null;
    }

    /** The null mask (true for null rows), or null when no row is null. Never write to it. */
    public final boolean[] nulls() {
        return nulls;
    }

    public final int nullCount() {
        if (nulls == null) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < size; i++) {
            count += nulls[i] ? 1 : 0;
        }
        return count;
    }

    /** The external value of {@code row} (as {@code Row.get} gives it), or null. */
    public abstract Object get(int row);

    /** The internal value of {@code row} boxed (see {@link Internal}), or null. */
    public abstract Object getInternal(int row);

    /** A new vector of the rows at {@code positions[0..count)}, in that order; positions may repeat. */
    public abstract ColumnVector gather(int[] positions, int count);

    /** A new vector of rows {@code from} (inclusive) to {@code to} (exclusive); the vector itself if that is all. */
    public abstract ColumnVector slice(int from, int to);

    /** Bytes of heap this vector holds, arrays counted at their length: for memory budgets. */
    public abstract long estimatedBytes();

    final void checkRow(int row) {
        Objects.checkIndex(row, size);
    }

    final void checkSlice(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
    }

    @Override
    public String toString() {
        StringBuilder builder = new StringBuilder(getClass().getSimpleName())
                .append('(')
                .append(type.simpleString())
                .append(", ")
                .append(size)
                .append(" rows");
        int shown = Math.min(size, 10);
        for (int i = 0; i < shown; i++) {
            builder.append(i == 0 ? ": " : ", ").append(get(i));
        }
        return builder.append(size > shown ? ", ...)" : ")").toString();
    }
}
