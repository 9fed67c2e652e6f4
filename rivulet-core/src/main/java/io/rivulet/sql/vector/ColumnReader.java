package io.rivulet.sql.vector;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructType;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Reads the vectors {@link ColumnWriter} wrote, given their types and sizes. */
final class ColumnReader {
    private ColumnReader() {}

    static ColumnVector read(DataType type, int size, ByteSource in) {
        Storage storage = Storage.of(type);
        if (storage == Storage.NULL) {
            return new NullVector(size);
        }
        int flags = in.getByte();
        boolean[] nulls = (flags & ColumnWriter.HAS_NULLS) != 0 ? in.getBits(size) : null;
        return switch (storage) {
            case BOOLEAN -> new BooleanVector(type, size, in.getBits(size), nulls);
            case BYTE -> new ByteVector(type, size, in.getBytes(size), nulls);
            case SHORT -> new ShortVector(type, size, in.getShorts(size), nulls);
            case INT -> new IntVector(type, size, in.getInts(size), nulls);
            case LONG -> new LongVector(type, size, in.getLongs(size), nulls);
            case FLOAT -> new FloatVector(type, size, in.getFloats(size), nulls);
            case DOUBLE -> new DoubleVector(type, size, in.getDoubles(size), nulls);
            case DECIMAL -> readDecimals((DecimalType) type, size, in, nulls);
            case BYTES ->
                (flags & ColumnWriter.DICTIONARY) != 0
                        ? readDictionary(type, size, in, nulls)
                        : readBytes(type, size, in, nulls);
            case ARRAY -> {
                ArrayType arrayType = (ArrayType) type;
                int[] offsets = readOffsets(size, in);
                ColumnVector elements = read(arrayType.elementType(), offsets[size], in);
                yield new ArrayVector(arrayType, size, offsets, elements, nulls);
            }
            case MAP -> {
                MapType mapType = (MapType) type;
                int[] offsets = readOffsets(size, in);
                ColumnVector keys = read(mapType.keyType(), offsets[size], in);
                ColumnVector values = read(mapType.valueType(), offsets[size], in);
                yield new MapVector(mapType, size, offsets, keys, values, nulls);
            }
            case STRUCT -> {
                StructType struct = (StructType) type;
                ColumnVector[] children = new ColumnVector[struct.length()];
                for (int i = 0; i < children.length; i++) {
                    children[i] = read(struct.field(i).dataType(), size, in);
                }
                yield new StructVector(struct, size, java.util.List.of(children), nulls);
            }
            case NULL -> throw new IllegalStateException("unreachable");
        };
    }

    /** {@code size + 1} offsets from the {@code size} end offsets written, checked never to decrease. */
    private static int[] readOffsets(int size, ByteSource in) {
        int[] offsets = new int[size + 1];
        in.getInts(offsets, 1, size);
        for (int i = 0; i < size; i++) {
            if (offsets[i + 1] < offsets[i]) {
                throw new IllegalStateException("Corrupt column data: offsets decrease at row " + i);
            }
        }
        return offsets;
    }

    private static ColumnVector readDecimals(DecimalType type, int size, ByteSource in, boolean[] nulls) {
        BigDecimal[] values = new BigDecimal[size];
        for (int i = 0; i < size; i++) {
            values[i] = new BigDecimal(new BigInteger(in.getBytes(in.getByte())), type.scale());
        }
        return new DecimalVector(type, size, values, nulls);
    }

    private static ColumnVector readBytes(DataType type, int size, ByteSource in, boolean[] nulls) {
        int length = in.getInt();
        int[] offsets = readOffsets(size, in);
        return new BytesVector(type, size, in.getBytes(length), offsets, nulls);
    }

    private static ColumnVector readDictionary(DataType type, int size, ByteSource in, boolean[] nulls) {
        int count = in.getInt();
        int[] ends = in.getInts(count);
        byte[] data = in.getBytes(in.getInt());
        int width = in.getByte();
        int[] codes = new int[size];
        if (width == 1) {
            byte[] narrow = in.getBytes(size);
            for (int i = 0; i < size; i++) {
                codes[i] = narrow[i] & 0xFF;
            }
        } else {
            short[] narrow = in.getShorts(size);
            for (int i = 0; i < size; i++) {
                codes[i] = narrow[i] & 0xFFFF;
            }
        }
        long total = 0;
        for (int i = 0; i < size; i++) {
            if (nulls == null || !nulls[i]) {
                total += ends[codes[i]] - (codes[i] == 0 ? 0 : ends[codes[i] - 1]);
            }
        }
        byte[] bytes = new byte[Math.toIntExact(total)];
        int[] offsets = new int[size + 1];
        int at = 0;
        for (int i = 0; i < size; i++) {
            if (nulls == null || !nulls[i]) {
                int start = codes[i] == 0 ? 0 : ends[codes[i] - 1];
                int length = ends[codes[i]] - start;
                System.arraycopy(data, start, bytes, at, length);
                at += length;
            }
            offsets[i + 1] = at;
        }
        return new BytesVector(type, size, bytes, offsets, nulls);
    }
}
