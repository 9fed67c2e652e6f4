package io.rivulet.sql.vector;

import io.rivulet.sql.types.StringType;
import java.math.BigDecimal;

/**
 * Writes one vector, children included, in the columnar wire format that {@link ColumnReader} reads. The size of
 * a vector is never written: the batch has it, and the offsets of a parent give its children's.
 *
 * <pre>
 * vector   := (nothing, for void) | flags:u8 [nullBits] payload
 * flags    := 1 if the vector has nulls | 2 if its strings are dictionary-encoded
 * nullBits := size bits, 8 to a byte, first row in the lowest bit
 * payload  := boolean: size bits | byte, short, int, long, float, double: size raw values (little-endian)
 *           | wide decimal: per row, u8 length + the unscaled value's two's-complement bytes
 *           | bytes: dataLength:i32, size end offsets:i32, data
 *           | dictionary bytes: count:i32, count end offsets:i32, dataLength:i32, data, codeWidth:u8, size codes
 *           | array: size end offsets:i32, elements vector (of offsets[size] rows)
 *           | map: size end offsets:i32, keys vector, values vector
 *           | struct: one vector per field
 * </pre>
 */
final class ColumnWriter {
    static final int HAS_NULLS = 1;
    static final int DICTIONARY = 2;
    /** Spark caches strings with a dictionary only while it stays small; so do we. */
    static final int MAX_DICTIONARY_VALUES = 1 << 16;

    private ColumnWriter() {}

    /** Writes {@code vector}; {@code dictionary}: encode string vectors (at any depth) with few distinct values. */
    static void write(ColumnVector vector, ByteSink out, boolean dictionary) {
        Storage storage = Storage.of(vector.type());
        if (storage == Storage.NULL) {
            return;
        }
        int size = vector.size();
        StringDictionary strings = null;
        if (dictionary && storage == Storage.BYTES && vector.type() instanceof StringType && size >= 4) {
            // Worth it only when values repeat: fewer distinct values than half the rows.
            strings = StringDictionary.build((BytesVector) vector, Math.min(MAX_DICTIONARY_VALUES, (size - 1) / 2));
        }
        out.putByte((vector.hasNulls() ? HAS_NULLS : 0) | (strings != null ? DICTIONARY : 0));
        if (vector.hasNulls()) {
            out.putBits(vector.nulls(), size);
        }
        switch (storage) {
            case BOOLEAN -> out.putBits(((BooleanVector) vector).values(), size);
            case BYTE -> out.putBytes(((ByteVector) vector).values(), 0, size);
            case SHORT -> out.putShorts(((ShortVector) vector).values(), 0, size);
            case INT -> out.putInts(((IntVector) vector).values(), 0, size);
            case LONG -> out.putLongs(((LongVector) vector).values(), 0, size);
            case FLOAT -> out.putFloats(((FloatVector) vector).values(), 0, size);
            case DOUBLE -> out.putDoubles(((DoubleVector) vector).values(), 0, size);
            case DECIMAL -> writeDecimals((DecimalVector) vector, out);
            case BYTES -> {
                if (strings != null) {
                    writeDictionary((BytesVector) vector, strings, out);
                } else {
                    writeBytes((BytesVector) vector, out);
                }
            }
            case ARRAY -> {
                ArrayVector array = (ArrayVector) vector;
                out.putInts(array.offsets(), 1, size);
                write(exactly(array.elements(), array.offset(size)), out, dictionary);
            }
            case MAP -> {
                MapVector map = (MapVector) vector;
                out.putInts(map.offsets(), 1, size);
                write(exactly(map.keys(), map.offset(size)), out, dictionary);
                write(exactly(map.values(), map.offset(size)), out, dictionary);
            }
            case STRUCT -> {
                for (ColumnVector child : ((StructVector) vector).children()) {
                    write(child, out, dictionary);
                }
            }
            case NULL -> throw new IllegalStateException("unreachable");
        }
    }

    /** The first {@code rows} rows of a child: a child may hold more values than its parent's offsets reach. */
    private static ColumnVector exactly(ColumnVector child, int rows) {
        return child.size() == rows ? child : child.slice(0, rows);
    }

    private static void writeDecimals(DecimalVector vector, ByteSink out) {
        BigDecimal[] values = vector.values();
        for (int i = 0; i < vector.size(); i++) {
            byte[] unscaled = values[i].unscaledValue().toByteArray();
            out.putByte(unscaled.length);
            out.putBytes(unscaled, 0, unscaled.length);
        }
    }

    private static void writeBytes(BytesVector vector, ByteSink out) {
        int size = vector.size();
        int length = vector.offset(size);
        out.putInt(length);
        out.putInts(vector.offsets(), 1, size);
        out.putBytes(vector.bytes(), 0, length);
    }

    private static void writeDictionary(BytesVector vector, StringDictionary dictionary, ByteSink out) {
        int count = dictionary.size();
        out.putInt(count);
        int[] ends = new int[count];
        int length = 0;
        for (int code = 0; code < count; code++) {
            length += vector.length(dictionary.firstRow(code));
            ends[code] = length;
        }
        out.putInts(ends, 0, count);
        out.putInt(length);
        for (int code = 0; code < count; code++) {
            int row = dictionary.firstRow(code);
            out.putBytes(vector.bytes(), vector.offset(row), vector.length(row));
        }
        int[] codes = dictionary.codes();
        int size = vector.size();
        if (count <= 1 << 8) {
            out.putByte(1);
            byte[] narrow = new byte[size];
            for (int i = 0; i < size; i++) {
                narrow[i] = (byte) codes[i];
            }
            out.putBytes(narrow, 0, size);
        } else {
            out.putByte(2);
            short[] narrow = new short[size];
            for (int i = 0; i < size; i++) {
                narrow[i] = (short) codes[i];
            }
            out.putShorts(narrow, 0, size);
        }
    }
}
