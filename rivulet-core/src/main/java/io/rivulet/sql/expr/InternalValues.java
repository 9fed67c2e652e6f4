package io.rivulet.sql.expr;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * SQL order and equality of internal values ({@link io.rivulet.sql.vector.Internal}) one at a time: the slow twin of
 * the comparison kernels and the path of nested types. As Spark's: NaN equals NaN and is above every other number,
 * {@code -0.0} equals {@code 0.0}, strings and binaries compare as unsigned bytes, arrays and structs element by
 * element with nulls first, a shorter array before a longer one with the same prefix.
 */
final class InternalValues {
    private InternalValues() {}

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}; neither is null. */
    static int compare(DataType type, Object a, Object b) {
        if (type instanceof DoubleType) {
            return compareDoubles((Double) a, (Double) b);
        } else if (type instanceof FloatType) {
            return compareDoubles((Float) a, (Float) b);
        } else if (type instanceof StringType || type instanceof BinaryType) {
            return Arrays.compareUnsigned((byte[]) a, (byte[]) b);
        } else if (type instanceof BooleanType) {
            return Boolean.compare((Boolean) a, (Boolean) b);
        } else if (type instanceof ArrayType array) {
            return compareArrays(array.elementType(), (Object[]) a, (Object[]) b);
        } else if (type instanceof StructType struct) {
            Object[] x = (Object[]) a;
            Object[] y = (Object[]) b;
            for (int i = 0; i < x.length; i++) {
                int c = compareNullsFirst(struct.field(i).dataType(), x[i], y[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        } else if (type instanceof MapType map) {
            Object[][] x = (Object[][]) a;
            Object[][] y = (Object[][]) b;
            int c = compareArrays(map.keyType(), x[0], y[0]);
            return c != 0 ? c : compareArrays(map.valueType(), x[1], y[1]);
        } else if (a instanceof BigDecimal x) {
            return x.compareTo((BigDecimal) b);
        }
        @SuppressWarnings("unchecked")
        Comparable<Object> comparable = (Comparable<Object>) a;
        return comparable.compareTo(b);
    }

    private static int compareArrays(DataType elementType, Object[] x, Object[] y) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            int c = compareNullsFirst(elementType, x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** Spark's {@code SQLOrderingUtil.compareDoubles}: NaN above everything and equal to itself, -0.0 = 0.0. */
    static int compareDoubles(double x, double y) {
        if (x == y) {
            return 0;
        }
        boolean xNaN = Double.isNaN(x);
        boolean yNaN = Double.isNaN(y);
        if (xNaN || yNaN) {
            return xNaN && yNaN ? 0 : xNaN ? 1 : -1;
        }
        return x < y ? -1 : 1;
    }

    /** {@link #compare} with null below every value. */
    static int compareNullsFirst(DataType type, Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return compare(type, a, b);
    }

    /** An order of internal values (nulls first or last), for sorting arrays and picking extremes. */
    static Comparator<Object> comparator(DataType type, boolean ascending, boolean nullsFirst) {
        return (a, b) -> {
            if (a == null || b == null) {
                if (a == b) {
                    return 0;
                }
                return (a == null) == nullsFirst ? -1 : 1;
            }
            int c = compare(type, a, b);
            return ascending ? c : -c;
        };
    }

    /** SQL equality of two non-null values: {@code compare == 0}. */
    static boolean equal(DataType type, Object a, Object b) {
        return compare(type, a, b) == 0;
    }

    /**
     * A key for hash sets and maps that is equal for equal SQL values: byte arrays by content, doubles with NaN and
     * -0.0 normalized, nested values as lists of keys. Null stays null.
     */
    static Object key(Object internal) {
        if (internal instanceof byte[] bytes) {
            return new BytesKey(bytes);
        } else if (internal instanceof Double d) {
            return d.isNaN() ? Double.NaN : d == 0.0 ? 0.0 : d;
        } else if (internal instanceof Float f) {
            return f.isNaN() ? Float.NaN : f == 0.0f ? 0.0f : f;
        } else if (internal instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        } else if (internal instanceof Object[][] entries) {
            return List.of(key(entries[0]), key(entries[1]));
        } else if (internal instanceof Object[] values) {
            List<Object> keys = new ArrayList<>(values.length);
            for (Object value : values) {
                keys.add(key(value));
            }
            return keys;
        }
        return internal;
    }

    /** Bytes compared by content. */
    record BytesKey(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof BytesKey that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return Arrays.toString(bytes);
        }
    }
}
