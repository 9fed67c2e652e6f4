package io.rivulet.sql.expr;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.FloatVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.Storage;
import java.math.BigDecimal;

/**
 * Spark's per-type hashing of {@code hash} (Murmur3, 32 bits) and {@code xxhash64} (64 bits): each column's hash of a
 * row is the seed of the next column's; a null leaves the hash as it is. Booleans hash as the int 1 or 0; bytes,
 * shorts, ints and dates as ints; longs, timestamps and decimals of at most 18 digits (their unscaled long) as longs;
 * floats and doubles by their bits with -0.0 as 0.0; strings and binaries by their bytes; wider decimals by their
 * unscaled value's two's-complement bytes; arrays, maps (key then value) and structs element by element.
 *
 * <p>{@code hashes} holds one running hash per row (a Murmur3 hash in the low 32 bits).
 */
final class HashKernels {
    private HashKernels() {}

    static void update(ColumnVector v, long[] hashes, boolean xx) {
        int n = v.size();
        boolean[] nulls = v.nulls();
        if (v instanceof LongVector lv) {
            long[] a = lv.values();
            for (int i = 0; i < n; i++) {
                if (nulls == null || !nulls[i]) {
                    hashes[i] = xx ? XXH64.hashLong(a[i], hashes[i]) : Murmur3.hashLong(a[i], (int) hashes[i]);
                }
            }
        } else if (v instanceof IntVector iv) {
            int[] a = iv.values();
            for (int i = 0; i < n; i++) {
                if (nulls == null || !nulls[i]) {
                    hashes[i] = xx ? XXH64.hashInt(a[i], hashes[i]) : Murmur3.hashInt(a[i], (int) hashes[i]);
                }
            }
        } else if (v instanceof DoubleVector dv) {
            double[] a = dv.values();
            for (int i = 0; i < n; i++) {
                if (nulls == null || !nulls[i]) {
                    long bits = Double.doubleToLongBits(a[i] == 0.0 ? 0.0 : a[i]);
                    hashes[i] = xx ? XXH64.hashLong(bits, hashes[i]) : Murmur3.hashLong(bits, (int) hashes[i]);
                }
            }
        } else if (v instanceof FloatVector fv) {
            float[] a = fv.values();
            for (int i = 0; i < n; i++) {
                if (nulls == null || !nulls[i]) {
                    int bits = Float.floatToIntBits(a[i] == 0.0f ? 0.0f : a[i]);
                    hashes[i] = xx ? XXH64.hashInt(bits, hashes[i]) : Murmur3.hashInt(bits, (int) hashes[i]);
                }
            }
        } else if (v instanceof BytesVector bv) {
            byte[] bytes = bv.bytes();
            for (int i = 0; i < n; i++) {
                if (nulls == null || !nulls[i]) {
                    hashes[i] = hashBytes(bytes, bv.offset(i), bv.length(i), hashes[i], xx);
                }
            }
        } else if (Storage.of(v.type()).isFixedWidthPrimitive()) {
            long[] a = Vectors.longs(v);
            for (int i = 0; i < n; i++) {
                if (nulls == null || !nulls[i]) {
                    hashes[i] =
                            xx ? XXH64.hashInt((int) a[i], hashes[i]) : Murmur3.hashInt((int) a[i], (int) hashes[i]);
                }
            }
        } else if (!(v instanceof io.rivulet.sql.vector.NullVector)) {
            for (int i = 0; i < n; i++) {
                if (nulls == null || !nulls[i]) {
                    hashes[i] = hashValue(v.getInternal(i), v.type(), hashes[i], xx);
                }
            }
        }
    }

    private static long hashBytes(byte[] bytes, int offset, int length, long seed, boolean xx) {
        return xx ? XXH64.hashBytes(bytes, offset, length, seed) : Murmur3.hashBytes(bytes, offset, length, (int) seed);
    }

    /** The hash of one internal value (not null) with {@code seed}: the slow path of nested and wide types. */
    static long hashValue(Object value, DataType type, long seed, boolean xx) {
        if (value == null) {
            return seed;
        }
        if (type instanceof ArrayType array) {
            long h = seed;
            for (Object element : (Object[]) value) {
                h = hashValue(element, array.elementType(), h, xx);
            }
            return h;
        } else if (type instanceof MapType map) {
            Object[][] entries = (Object[][]) value;
            long h = seed;
            for (int i = 0; i < entries[0].length; i++) {
                h = hashValue(entries[0][i], map.keyType(), h, xx);
                h = hashValue(entries[1][i], map.valueType(), h, xx);
            }
            return h;
        } else if (type instanceof StructType struct) {
            Object[] fields = (Object[]) value;
            long h = seed;
            for (int i = 0; i < fields.length; i++) {
                h = hashValue(fields[i], struct.field(i).dataType(), h, xx);
            }
            return h;
        } else if (type instanceof DecimalType decimal && decimal.precision() > DecimalType.MAX_LONG_DIGITS) {
            byte[] bytes = ((BigDecimal) value).unscaledValue().toByteArray();
            return hashBytes(bytes, 0, bytes.length, seed, xx);
        } else if (value instanceof byte[] bytes) {
            return hashBytes(bytes, 0, bytes.length, seed, xx);
        } else if (value instanceof Long l) {
            return xx ? XXH64.hashLong(l, seed) : Murmur3.hashLong(l, (int) seed);
        } else if (type instanceof DoubleType) {
            double d = (Double) value;
            long bits = Double.doubleToLongBits(d == 0.0 ? 0.0 : d);
            return xx ? XXH64.hashLong(bits, seed) : Murmur3.hashLong(bits, (int) seed);
        } else if (type instanceof FloatType) {
            float f = (Float) value;
            int bits = Float.floatToIntBits(f == 0.0f ? 0.0f : f);
            return xx ? XXH64.hashInt(bits, seed) : Murmur3.hashInt(bits, (int) seed);
        }
        int i = type instanceof BooleanType ? ((Boolean) value ? 1 : 0) : ((Number) value).intValue();
        return xx ? XXH64.hashInt(i, seed) : Murmur3.hashInt(i, (int) seed);
    }
}
