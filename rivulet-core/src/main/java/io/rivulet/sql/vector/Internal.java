package io.rivulet.sql.vector;

import io.rivulet.sql.GenericRow;
import io.rivulet.sql.Row;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions between external values (what a {@code Row} holds) and internal ones (what vectors store), per
 * type. Internal values, boxed where one object is needed ({@link ColumnVector#getInternal}):
 *
 * <ul>
 *   <li>boolean, byte, short, int, long, float, double: {@code Boolean} ... {@code Double};
 *   <li>date: {@code Integer} days since 1970-01-01; timestamp: {@code Long} microseconds since the epoch;
 *       timestamp_ntz: {@code Long} microseconds of the wall clock since 1970-01-01T00:00;
 *   <li>decimal of at most 18 digits: {@code Long} unscaled value; wider decimals: {@code BigDecimal} with the
 *       type's scale;
 *   <li>string: {@code byte[]} UTF-8; binary: {@code byte[]};
 *   <li>array: {@code Object[]} of internal elements; map: {@code Object[2][]}, the internal keys and values;
 *       struct: {@code Object[]} of internal field values; void: null.
 * </ul>
 *
 * <p>External values accepted on the way in ({@link #toInternal}, {@code VectorBuilder.append}): the class of the
 * type's external form, plus the lossless widenings and the {@code java.sql} classes that Spark's {@code
 * createDataFrame} takes: a smaller boxed integer for an integer, long or decimal column, a {@code Float} for a
 * double, {@code BigInteger} for a decimal, {@code java.sql.Date} for a date, {@code java.sql.Timestamp} for a
 * timestamp, any {@code Iterable} or Java array for an array. Decimals are rounded half up to the type's scale
 * and must fit its precision. Anything else throws {@code IllegalArgumentException} naming the type, the classes
 * it takes and the value's class.
 */
public final class Internal {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final int NANOS_PER_MICRO = 1_000;

    private Internal() {}

    public static LocalDate daysToLocalDate(int days) {
        return LocalDate.ofEpochDay(days);
    }

    public static int localDateToDays(LocalDate date) {
        long days = date.toEpochDay();
        if (days != (int) days) {
            throw new IllegalArgumentException("Date out of range: " + date);
        }
        return (int) days;
    }

    public static Instant microsToInstant(long micros) {
        long seconds = Math.floorDiv(micros, MICROS_PER_SECOND);
        long microsOfSecond = Math.floorMod(micros, MICROS_PER_SECOND);
        return Instant.ofEpochSecond(seconds, microsOfSecond * NANOS_PER_MICRO);
    }

    /** Microseconds since the epoch; nanoseconds below a microsecond are dropped, as Spark's. */
    public static long instantToMicros(Instant instant) {
        try {
            return Math.addExact(
                    Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND),
                    instant.getNano() / NANOS_PER_MICRO);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Timestamp out of range: " + instant, e);
        }
    }

    public static LocalDateTime microsToLocalDateTime(long micros) {
        long seconds = Math.floorDiv(micros, MICROS_PER_SECOND);
        int nanos = (int) Math.floorMod(micros, MICROS_PER_SECOND) * NANOS_PER_MICRO;
        return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
    }

    public static long localDateTimeToMicros(LocalDateTime dateTime) {
        try {
            return Math.addExact(
                    Math.multiplyExact(dateTime.toEpochSecond(ZoneOffset.UTC), MICROS_PER_SECOND),
                    dateTime.getNano() / NANOS_PER_MICRO);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Timestamp out of range: " + dateTime, e);
        }
    }

    /** {@code value} at {@code type}'s scale (rounded half up); {@code IllegalArgumentException} if it does not fit. */
    public static BigDecimal toDecimal(BigDecimal value, DecimalType type) {
        BigDecimal scaled = value.setScale(type.scale(), RoundingMode.HALF_UP);
        if (scaled.precision() > type.precision()) {
            throw new IllegalArgumentException(
                    "Decimal value " + value.toPlainString() + " does not fit in " + type.simpleString());
        }
        return scaled;
    }

    /** The unscaled value of {@code value} at the scale of {@code type}, which has at most 18 digits. */
    public static long unscaledLong(BigDecimal value, DecimalType type) {
        return toDecimal(value, type).unscaledValue().longValue();
    }

    public static BigDecimal decimalOfUnscaled(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** The external value of an {@code int} of an integer or date column. */
    public static Object intToExternal(DataType type, int value) {
        return type instanceof DateType ? daysToLocalDate(value) : (Object) value;
    }

    /** The external value of a {@code long} of a long, timestamp, timestamp_ntz or narrow decimal column. */
    public static Object longToExternal(DataType type, long value) {
        if (type instanceof TimestampType) {
            return microsToInstant(value);
        } else if (type instanceof TimestampNTZType) {
            return microsToLocalDateTime(value);
        } else if (type instanceof DecimalType decimal) {
            return decimalOfUnscaled(value, decimal.scale());
        }
        return value;
    }

    /** The external value of a string or binary column's bytes. */
    public static Object bytesToExternal(DataType type, byte[] bytes, int offset, int length) {
        return type instanceof BinaryType
                ? java.util.Arrays.copyOfRange(bytes, offset, offset + length)
                : new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    static boolean externalBoolean(DataType type, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrongClass(type, value, "a java.lang.Boolean");
    }

    static byte externalByte(DataType type, Object value) {
        if (value instanceof Byte b) {
            return b;
        }
        throw wrongClass(type, value, "a java.lang.Byte");
    }

    static short externalShort(DataType type, Object value) {
        if (value instanceof Short s) {
            return s;
        } else if (value instanceof Byte b) {
            return b;
        }
        throw wrongClass(type, value, "a java.lang.Short (or Byte)");
    }

    static int externalInt(DataType type, Object value) {
        if (type instanceof DateType) {
            if (value instanceof LocalDate date) {
                return localDateToDays(date);
            } else if (value instanceof java.sql.Date date) {
                return localDateToDays(date.toLocalDate());
            }
            throw wrongClass(type, value, "a java.time.LocalDate (or java.sql.Date)");
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        throw wrongClass(type, value, "a java.lang.Integer (or Short, Byte)");
    }

    static long externalLong(DataType type, Object value) {
        if (type instanceof TimestampType) {
            if (value instanceof Instant instant) {
                return instantToMicros(instant);
            } else if (value instanceof java.sql.Timestamp timestamp) {
                return instantToMicros(timestamp.toInstant());
            }
            throw wrongClass(type, value, "a java.time.Instant (or java.sql.Timestamp)");
        } else if (type instanceof TimestampNTZType) {
            if (value instanceof LocalDateTime dateTime) {
                return localDateTimeToMicros(dateTime);
            }
            throw wrongClass(type, value, "a java.time.LocalDateTime");
        } else if (type instanceof DecimalType decimal) {
            return unscaledLong(externalDecimal(decimal, value), decimal);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw wrongClass(type, value, "a java.lang.Long (or Integer, Short, Byte)");
    }

    static float externalFloat(DataType type, Object value) {
        if (value instanceof Float f) {
            return f;
        }
        throw wrongClass(type, value, "a java.lang.Float");
    }

    static double externalDouble(DataType type, Object value) {
        if (value instanceof Double d) {
            return d;
        } else if (value instanceof Float f) {
            return f;
        }
        throw wrongClass(type, value, "a java.lang.Double (or Float)");
    }

    /** A decimal value at the type's scale: from a {@code BigDecimal}, {@code BigInteger} or boxed integer. */
    static BigDecimal externalDecimal(DecimalType type, Object value) {
        BigDecimal decimal;
        if (value instanceof BigDecimal d) {
            decimal = d;
        } else if (value instanceof BigInteger i) {
            decimal = new BigDecimal(i);
        } else if (value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte) {
            decimal = BigDecimal.valueOf(((Number) value).longValue());
        } else {
            throw wrongClass(type, value, "a java.math.BigDecimal (or BigInteger, Long, Integer, Short, Byte)");
        }
        return toDecimal(decimal, type);
    }

    static byte[] externalBytes(DataType type, Object value) {
        if (type instanceof BinaryType) {
            if (value instanceof byte[] bytes) {
                return bytes;
            }
            throw wrongClass(type, value, "a byte[]");
        }
        if (value instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw wrongClass(type, value, "a java.lang.String");
    }

    /** The elements of an external array value: any {@code Iterable}, or a Java array of objects or primitives. */
    static Iterable<?> externalElements(ArrayType type, Object value) {
        if (value instanceof Iterable<?> iterable) {
            return iterable;
        }
        if (value != null && value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> elements = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                elements.add(Array.get(value, i));
            }
            return elements;
        }
        throw wrongClass(type, value, "a java.util.List (or another Iterable, or a Java array)");
    }

    static Map<?, ?> externalMap(MapType type, Object value) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw wrongClass(type, value, "a java.util.Map");
    }

    static Row externalRow(StructType type, Object value) {
        if (value instanceof Row row) {
            return row;
        }
        throw wrongClass(type, value, "an io.rivulet.sql.Row");
    }

    /** The internal value of an external one (null for null); see the class comment for the classes taken. */
    public static Object toInternal(DataType type, Object external) {
        if (external == null) {
            return null;
        }
        return switch (Storage.of(type)) {
            case BOOLEAN -> externalBoolean(type, external);
            case BYTE -> externalByte(type, external);
            case SHORT -> externalShort(type, external);
            case INT -> externalInt(type, external);
            case LONG -> externalLong(type, external);
            case FLOAT -> externalFloat(type, external);
            case DOUBLE -> externalDouble(type, external);
            case DECIMAL -> externalDecimal((DecimalType) type, external);
            case BYTES -> externalBytes(type, external);
            case ARRAY -> arrayToInternal((ArrayType) type, external);
            case MAP -> mapToInternal((MapType) type, external);
            case STRUCT -> structToInternal((StructType) type, external);
            case NULL -> throw wrongClass(type, external, "null");
        };
    }

    /** The external value of an internal one (null for null). */
    public static Object toExternal(DataType type, Object internal) {
        if (internal == null) {
            return null;
        }
        return switch (Storage.of(type)) {
            case BOOLEAN, BYTE, SHORT, FLOAT, DOUBLE, DECIMAL -> internal;
            case INT -> intToExternal(type, (Integer) internal);
            case LONG -> longToExternal(type, (Long) internal);
            case BYTES -> {
                byte[] bytes = (byte[]) internal;
                yield bytesToExternal(type, bytes, 0, bytes.length);
            }
            case ARRAY -> {
                DataType elementType = ((ArrayType) type).elementType();
                Object[] elements = (Object[]) internal;
                Object[] external = new Object[elements.length];
                for (int i = 0; i < elements.length; i++) {
                    external[i] = toExternal(elementType, elements[i]);
                }
                yield Collections.unmodifiableList(java.util.Arrays.asList(external));
            }
            case MAP -> {
                MapType mapType = (MapType) type;
                Object[][] entries = (Object[][]) internal;
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < entries[0].length; i++) {
                    map.put(
                            toExternal(mapType.keyType(), entries[0][i]),
                            toExternal(mapType.valueType(), entries[1][i]));
                }
                yield Collections.unmodifiableMap(map);
            }
            case STRUCT -> {
                StructType struct = (StructType) type;
                Object[] fields = (Object[]) internal;
                Object[] external = new Object[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    external[i] = toExternal(struct.field(i).dataType(), fields[i]);
                }
                yield new GenericRow(external, struct);
            }
            case NULL -> null;
        };
    }

    private static Object[] arrayToInternal(ArrayType type, Object external) {
        List<Object> elements = new ArrayList<>();
        for (Object element : externalElements(type, external)) {
            elements.add(toInternal(type.elementType(), element));
        }
        return elements.toArray();
    }

    private static Object[][] mapToInternal(MapType type, Object external) {
        Map<?, ?> map = externalMap(type, external);
        Object[][] entries = {new Object[map.size()], new Object[map.size()]};
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getKey() == null) {
                throw new IllegalArgumentException("A map key must not be null, in " + type.simpleString());
            }
            entries[0][i] = toInternal(type.keyType(), entry.getKey());
            entries[1][i] = toInternal(type.valueType(), entry.getValue());
            i++;
        }
        return entries;
    }

    private static Object[] structToInternal(StructType type, Object external) {
        Row row = externalRow(type, external);
        if (row.size() != type.length()) {
            throw new IllegalArgumentException(
                    "A row of " + row.size() + " values for " + type.length() + " fields: " + type.simpleString());
        }
        Object[] fields = new Object[row.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = toInternal(type.field(i).dataType(), row.get(i));
        }
        return fields;
    }

    static IllegalArgumentException wrongClass(DataType type, Object value, String expected) {
        return new IllegalArgumentException("A value of type " + type.simpleString() + " must be " + expected
                + ", not a " + value.getClass().getName());
    }
}
