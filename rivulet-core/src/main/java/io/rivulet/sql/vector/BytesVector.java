package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A column of strings (UTF-8) or binary values: all values in one {@code byte[]}, row {@code i} being {@code
 * bytes()[offsets()[i] .. offsets()[i + 1])}. Null rows are empty.
 */
public final class BytesVector extends ColumnVector {
    private static final byte[] NO_BYTES = new byte[0];

    private final byte[] bytes;
    private final int[] offsets;

    /**
     * Takes ownership of {@code bytes} and {@code offsets} (at least {@code size + 1} of them, starting at 0, never
     * decreasing, the last at most {@code bytes.length}) and of {@code nulls}.
     */
    public BytesVector(DataType type, int size, byte[] bytes, int[] offsets, boolean[] nulls) {
        super(requireStorage(type), size, nulls);
        this.bytes = requireNonNull(bytes, "bytes is null");
        this.offsets = requireNonNull(offsets, "offsets is null");
        if (offsets.length < size + 1 || offsets[0] != 0 || offsets[size] > bytes.length) {
            throw new IllegalArgumentException("Invalid offsets for " + size + " rows of " + bytes.length + " bytes");
        }
    }

    private static DataType requireStorage(DataType type) {
        if (Storage.of(type) != Storage.BYTES) {
            throw new IllegalArgumentException("A BytesVector cannot hold values of type " + type.simpleString());
        }
        return type;
    }

    public static Builder builder(DataType type, int expectedRows) {
        return new Builder(type, expectedRows);
    }

    /** All values' bytes; never write to it. */
    public byte[] bytes() {
        return bytes;
    }

    /** {@code size() + 1} (or more) offsets into {@link #bytes()}; never write to it. */
    public int[] offsets() {
        return offsets;
    }

    public int offset(int row) {
        return offsets[row];
    }

    public int length(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /** Row {@code row} decoded from UTF-8. */
    public String string(int row) {
        return new String(bytes, offsets[row], length(row), StandardCharsets.UTF_8);
    }

    /** A copy of row {@code row}'s bytes. */
    public byte[] bytesAt(int row) {
        return Arrays.copyOfRange(bytes, offsets[row], offsets[row + 1]);
    }

    /** Whether the bytes of {@code row} equal those of {@code otherRow} of {@code other} (nulls are empty). */
    public boolean equals(int row, BytesVector other, int otherRow) {
        return Arrays.equals(
                bytes,
                offsets[row],
                offsets[row + 1],
                other.bytes,
                other.offsets[otherRow],
                other.offsets[otherRow + 1]);
    }

    /** Compares as {@link StringUtf8#compare}: code point order for strings. */
    public int compare(int row, BytesVector other, int otherRow) {
        return Arrays.compareUnsigned(
                bytes,
                offsets[row],
                offsets[row + 1],
                other.bytes,
                other.offsets[otherRow],
                other.offsets[otherRow + 1]);
    }

    /** {@link StringUtf8#hash} of the row's bytes. */
    public long hash(int row) {
        return StringUtf8.hash(bytes, offsets[row], length(row));
    }

    @Override
    public Object get(int row) {
        checkRow(row);
        return isNull(row) ? null : Internal.bytesToExternal(type(), bytes, offsets[row], length(row));
    }

    @Override
    public Object getInternal(int row) {
        checkRow(row);
        return isNull(row) ? null : bytesAt(row);
    }

    @Override
    public BytesVector gather(int[] positions, int count) {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += length(positions[i]);
        }
        byte[] out = new byte[Math.toIntExact(total)];
        int[] outOffsets = new int[count + 1];
        int at = 0;
        for (int i = 0; i < count; i++) {
            int position = positions[i];
            int length = offsets[position + 1] - offsets[position];
            System.arraycopy(bytes, offsets[position], out, at, length);
            at += length;
            outOffsets[i + 1] = at;
        }
        return new BytesVector(type(), count, out, outOffsets, Nulls.gather(nulls(), positions, count));
    }

    @Override
    public BytesVector slice(int from, int to) {
        checkSlice(from, to);
        if (from == 0 && to == size()) {
            return this;
        }
        int start = offsets[from];
        int[] outOffsets = new int[to - from + 1];
        for (int i = from; i <= to; i++) {
            outOffsets[i - from] = offsets[i] - start;
        }
        byte[] out = Arrays.copyOfRange(bytes, start, offsets[to]);
        return new BytesVector(type(), to - from, out, outOffsets, Nulls.slice(nulls(), from, to));
    }

    @Override
    public long estimatedBytes() {
        return 48 + bytes.length + 4L * offsets.length + Nulls.bytes(nulls());
    }

    /** Appends strings or byte sequences; see {@link VectorBuilder}. */
    public static final class Builder extends VectorBuilder {
        private byte[] bytes = NO_BYTES;
        private int[] offsets;
        private int length;

        Builder(DataType type, int expectedRows) {
            super(requireStorage(type), expectedRows);
        }

        /** Appends {@code value[offset, offset + length)}. */
        public void append(byte[] value, int offset, int count) {
            if (length + count > bytes.length) {
                int capacity = bytes.length == 0 ? Math.max(expectedRows * 16, length + count) : 0;
                bytes = Arrays.copyOf(bytes, Math.max(capacity, Nulls.grow(bytes.length, length + count)));
            }
            System.arraycopy(value, offset, bytes, length, count);
            length += count;
            endValue();
        }

        public void append(byte[] value) {
            append(value, 0, value.length);
        }

        /** Appends a string as UTF-8. */
        public void append(String value) {
            append(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void appendNull() {
            markNull(size);
            endValue();
        }

        private void endValue() {
            if (offsets == null) {
                offsets = new int[Math.max(expectedRows, 16) + 1];
            } else if (size + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, Nulls.grow(offsets.length, size + 2));
            }
            offsets[++size] = length;
        }

        @Override
        public void append(Object external) {
            if (external == null) {
                appendNull();
            } else {
                append(Internal.externalBytes(type(), external));
            }
        }

        @Override
        public void appendInternal(Object internal) {
            if (internal == null) {
                appendNull();
            } else {
                append((byte[]) internal);
            }
        }

        @Override
        public void appendFrom(ColumnVector source, int row) {
            if (source.isNull(row)) {
                appendNull();
            } else {
                BytesVector vector = (BytesVector) source;
                append(vector.bytes, vector.offsets[row], vector.length(row));
            }
        }

        @Override
        public BytesVector build() {
            int rows = size;
            BytesVector vector =
                    new BytesVector(type(), rows, bytes, offsets == null ? new int[1] : offsets, takeNulls());
            bytes = NO_BYTES;
            offsets = null;
            length = 0;
            return vector;
        }

        @Override
        public long estimatedBytes() {
            return bytes.length + (offsets == null ? 0 : 4L * offsets.length) + nullBytes();
        }
    }
}
