package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DecimalVector;
import io.rivulet.sql.vector.MapVector;
import io.rivulet.sql.vector.Storage;
import io.rivulet.sql.vector.StringUtf8;
import io.rivulet.sql.vector.StructVector;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Encodes the keys of each row (any number of columns of any types) into bytes such that two rows have equal
 * bytes exactly when their keys are equal as SQL groups them: nulls equal to nulls, {@code NaN} to {@code NaN},
 * {@code -0.0} to {@code 0.0}, an int to the long of the same value. The general path of the hash tables
 * ({@link KeyShape#ROW}); the bytes are compared and hashed, never decoded.
 *
 * <pre>
 * value := 0 (null) | 1 payload
 * payload := fixed-width primitive: the key as 8 bytes ({@link KeyValues#longs})
 *          | string, binary: length:i32, bytes
 *          | wide decimal: length:u8, the unscaled value's two's complement
 *          | array: count:i32, count values | map: count:i32, count key values, count values
 *          | struct: one value per field | void: nothing (always null)
 * </pre>
 *
 * Fixed-width and string columns at the top are encoded a column at a time into each row's place (lengths
 * first, then the bytes); nested ones a row at a time.
 */
public final class RowKeyEncoder {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private RowKeyEncoder() {}

    /** The encoded keys of rows {@code [0, rows)}: row {@code i} is {@code data[offsets[i], offsets[i + 1])}. */
    public record Encoded(byte[] data, int[] offsets, int rows) {
        public int offset(int row) {
            return offsets[row];
        }

        public int length(int row) {
            return offsets[row + 1] - offsets[row];
        }

        public long hash(int row) {
            return StringUtf8.hash(data, offsets[row], offsets[row + 1] - offsets[row]);
        }

        /** Whether row {@code row} encodes the same keys as {@code other[from, to)}. */
        public boolean equals(int row, byte[] other, int from, int to) {
            return Arrays.equals(data, offsets[row], offsets[row + 1], other, from, to);
        }
    }

    public static Encoded encode(ColumnVector[] keys, int rows) {
        int[] offsets = new int[rows + 1];
        int[] lengths = new int[rows];
        for (ColumnVector key : keys) {
            addLengths(key, rows, lengths);
        }
        long total = 0;
        for (int i = 0; i < rows; i++) {
            offsets[i] = (int) total;
            total += lengths[i];
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("keys of " + rows + " rows take more than 2 GB: " + total);
        }
        offsets[rows] = (int) total;
        byte[] data = new byte[(int) total];
        int[] cursors = Arrays.copyOf(offsets, rows);
        for (ColumnVector key : keys) {
            writeColumn(key, rows, data, cursors);
        }
        return new Encoded(data, offsets, rows);
    }

    private static void addLengths(ColumnVector key, int rows, int[] lengths) {
        Storage storage = Storage.of(key.type());
        boolean[] nulls = key.nulls();
        if (storage.isFixedWidthPrimitive()) {
            for (int i = 0; i < rows; i++) {
                lengths[i] += nulls != null && nulls[i] ? 1 : 9;
            }
        } else if (storage == Storage.BYTES) {
            int[] offsets = ((BytesVector) key).offsets();
            for (int i = 0; i < rows; i++) {
                lengths[i] += nulls != null && nulls[i] ? 1 : 5 + offsets[i + 1] - offsets[i];
            }
        } else {
            for (int i = 0; i < rows; i++) {
                lengths[i] += valueLength(key, i);
            }
        }
    }

    private static void writeColumn(ColumnVector key, int rows, byte[] data, int[] cursors) {
        Storage storage = Storage.of(key.type());
        boolean[] nulls = key.nulls();
        if (storage.isFixedWidthPrimitive()) {
            long[] values = KeyValues.longs(key, rows, null);
            for (int i = 0; i < rows; i++) {
                int at = cursors[i];
                if (nulls != null && nulls[i]) {
                    cursors[i] = at + 1; // data is zeroed: the null flag is already 0
                } else {
                    data[at] = 1;
                    LONGS.set(data, at + 1, values[i]);
                    cursors[i] = at + 9;
                }
            }
        } else if (storage == Storage.BYTES) {
            BytesVector bytes = (BytesVector) key;
            for (int i = 0; i < rows; i++) {
                cursors[i] = writeBytes(bytes, i, nulls != null && nulls[i], data, cursors[i]);
            }
        } else {
            for (int i = 0; i < rows; i++) {
                cursors[i] = writeValue(key, i, data, cursors[i]);
            }
        }
    }

    private static int writeBytes(BytesVector bytes, int row, boolean isNull, byte[] data, int at) {
        if (isNull) {
            return at + 1;
        }
        int length = bytes.length(row);
        data[at] = 1;
        INTS.set(data, at + 1, length);
        System.arraycopy(bytes.bytes(), bytes.offset(row), data, at + 5, length);
        return at + 5 + length;
    }

    /** The encoded length of one value (null flag included), of any type. */
    private static int valueLength(ColumnVector vector, int row) {
        if (vector.isNull(row)) {
            return 1;
        }
        return switch (Storage.of(vector.type())) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE -> 9;
            case BYTES -> 5 + ((BytesVector) vector).length(row);
            case DECIMAL -> 2 + unscaled((DecimalVector) vector, row).length;
            case ARRAY -> {
                ArrayVector array = (ArrayVector) vector;
                int length = 5;
                for (int e = array.offset(row); e < array.offset(row + 1); e++) {
                    length += valueLength(array.elements(), e);
                }
                yield length;
            }
            case MAP -> {
                MapVector map = (MapVector) vector;
                int length = 5;
                for (int e = map.offsets()[row]; e < map.offsets()[row + 1]; e++) {
                    length += valueLength(map.keys(), e) + valueLength(map.values(), e);
                }
                yield length;
            }
            case STRUCT -> {
                int length = 1;
                for (ColumnVector child : ((StructVector) vector).children()) {
                    length += valueLength(child, row);
                }
                yield length;
            }
            case NULL -> 1;
        };
    }

    /** Writes one value of any type at {@code at}; returns where the next one goes. */
    private static int writeValue(ColumnVector vector, int row, byte[] data, int at) {
        if (vector.isNull(row)) {
            return at + 1;
        }
        Storage storage = Storage.of(vector.type());
        if (storage.isFixedWidthPrimitive()) {
            data[at] = 1;
            LONGS.set(data, at + 1, KeyValues.longs(vector.slice(row, row + 1), 1, null)[0]);
            return at + 9;
        }
        data[at] = 1;
        int next = at + 1;
        switch (storage) {
            case BYTES -> next = writeBytes((BytesVector) vector, row, false, data, at);
            case DECIMAL -> {
                byte[] unscaled = unscaled((DecimalVector) vector, row);
                data[next] = (byte) unscaled.length;
                System.arraycopy(unscaled, 0, data, next + 1, unscaled.length);
                next += 1 + unscaled.length;
            }
            case ARRAY -> {
                ArrayVector array = (ArrayVector) vector;
                INTS.set(data, next, array.length(row));
                next += 4;
                for (int e = array.offset(row); e < array.offset(row + 1); e++) {
                    next = writeValue(array.elements(), e, data, next);
                }
            }
            case MAP -> next = writeMap((MapVector) vector, row, data, next);
            case STRUCT -> {
                for (ColumnVector child : ((StructVector) vector).children()) {
                    next = writeValue(child, row, data, next);
                }
            }
            default -> throw new IllegalStateException("unexpected key storage " + storage);
        }
        return next;
    }

    private static int writeMap(MapVector map, int row, byte[] data, int at) {
        int from = map.offsets()[row];
        int to = map.offsets()[row + 1];
        INTS.set(data, at, to - from);
        int next = at + 4;
        for (int e = from; e < to; e++) {
            next = writeValue(map.keys(), e, data, next);
        }
        for (int e = from; e < to; e++) {
            next = writeValue(map.values(), e, data, next);
        }
        return next;
    }

    private static byte[] unscaled(DecimalVector vector, int row) {
        return vector.values()[row].unscaledValue().toByteArray();
    }
}
