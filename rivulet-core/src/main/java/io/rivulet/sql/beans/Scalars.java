package io.rivulet.sql.beans;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The mappings of scalar Java types, as Spark's {@code JavaTypeInference}: primitives (not nullable) and their
 * boxes, {@code String}, {@code BigDecimal} (decimal(38,18)), {@code BigInteger} (decimal(38,0)), {@code
 * LocalDate} and {@code java.sql.Date} (date), {@code Instant} and {@code java.sql.Timestamp} (timestamp), {@code
 * LocalDateTime} (timestamp_ntz), {@code byte[]} (binary); enums are strings (their names). Going back to Java,
 * numbers may widen as Spark's up-casts allow (an int column into a {@code long} property).
 */
final class Scalars {
    private static final Map<Class<?>, ValueMapping> MAPPINGS = new HashMap<>();

    static {
        both(boolean.class, Boolean.class, DataTypes.BooleanType, v -> expect(v, Boolean.class, "boolean"));
        both(byte.class, Byte.class, DataTypes.ByteType, v -> expect(v, Byte.class, "byte"));
        both(short.class, Short.class, DataTypes.ShortType, Scalars::toShort);
        both(int.class, Integer.class, DataTypes.IntegerType, Scalars::toInt);
        both(long.class, Long.class, DataTypes.LongType, Scalars::toLong);
        both(float.class, Float.class, DataTypes.FloatType, Scalars::toFloat);
        both(double.class, Double.class, DataTypes.DoubleType, Scalars::toDouble);
        add(String.class, DataTypes.StringType, v -> v, v -> expect(v, String.class, "String"));
        add(byte[].class, DataTypes.BinaryType, v -> v, v -> expect(v, byte[].class, "byte[]"));
        add(BigDecimal.class, DecimalType.SYSTEM_DEFAULT, v -> v, Scalars::toBigDecimal);
        add(
                BigInteger.class,
                new DecimalType(DecimalType.MAX_PRECISION, 0),
                v -> new BigDecimal((BigInteger) v),
                v -> toBigDecimal(v).toBigInteger());
        add(LocalDate.class, DataTypes.DateType, v -> v, Scalars::toLocalDate);
        add(
                java.sql.Date.class,
                DataTypes.DateType,
                v -> ((java.sql.Date) v).toLocalDate(),
                v -> java.sql.Date.valueOf(toLocalDate(v)));
        add(Instant.class, DataTypes.TimestampType, v -> v, Scalars::toInstant);
        add(
                java.sql.Timestamp.class,
                DataTypes.TimestampType,
                v -> ((java.sql.Timestamp) v).toInstant(),
                v -> java.sql.Timestamp.from(toInstant(v)));
        add(
                LocalDateTime.class,
                DataTypes.TimestampNTZType,
                v -> v,
                v -> expect(v, LocalDateTime.class, "LocalDateTime"));
    }

    private Scalars() {}

    /** The mapping of {@code type} if it is a scalar (or an enum), else null. */
    static ValueMapping of(Class<?> type) {
        ValueMapping mapping = MAPPINGS.get(type);
        if (mapping == null && type.isEnum()) {
            return enumMapping(type);
        }
        return mapping;
    }

    private static void both(Class<?> primitive, Class<?> boxed, DataType type, UnaryOperator<Object> in) {
        MAPPINGS.put(primitive, new Scalar(type, false, v -> v, in));
        MAPPINGS.put(boxed, new Scalar(type, true, v -> v, in));
    }

    private static void add(Class<?> type, DataType dataType, UnaryOperator<Object> out, UnaryOperator<Object> in) {
        MAPPINGS.put(type, new Scalar(dataType, true, out, in));
    }

    private record Scalar(DataType dataType, boolean nullable, UnaryOperator<Object> out, UnaryOperator<Object> in)
            implements ValueMapping {
        @Override
        public Object toExternal(Object value) {
            return out.apply(value);
        }

        @Override
        public Object fromExternal(Object value) {
            return in.apply(value);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueMapping enumMapping(Class<?> type) {
        Class<? extends Enum> enumType = (Class<? extends Enum>) type;
        return new Scalar(DataTypes.StringType, true, v -> ((Enum<?>) v).name(), v -> {
            String name = (String) expect(v, String.class, "String (an enum's name)");
            try {
                return Enum.valueOf(enumType, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("No constant " + name + " in enum " + type.getName(), e);
            }
        });
    }

    private static Object expect(Object value, Class<?> type, String name) {
        if (!type.isInstance(value)) {
            throw cannotConvert(value, name);
        }
        return value;
    }

    private static boolean isIntegral(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
    }

    private static Object toShort(Object v) {
        return v instanceof Byte b ? (Object) (short) b : expect(v, Short.class, "short");
    }

    private static Object toInt(Object v) {
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        return expect(v, Integer.class, "int");
    }

    private static Object toLong(Object v) {
        if (isIntegral(v)) {
            return ((Number) v).longValue();
        }
        throw cannotConvert(v, "long");
    }

    private static Object toFloat(Object v) {
        if (v instanceof Float || isIntegral(v)) {
            return ((Number) v).floatValue();
        }
        throw cannotConvert(v, "float");
    }

    private static Object toDouble(Object v) {
        if (v instanceof Double || v instanceof Float || isIntegral(v)) {
            return ((Number) v).doubleValue();
        }
        throw cannotConvert(v, "double");
    }

    private static BigDecimal toBigDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        } else if (isIntegral(v)) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        throw cannotConvert(v, "BigDecimal");
    }

    private static LocalDate toLocalDate(Object v) {
        if (v instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) expect(v, LocalDate.class, "LocalDate");
    }

    private static Instant toInstant(Object v) {
        if (v instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) expect(v, Instant.class, "Instant");
    }

    static IllegalArgumentException cannotConvert(Object value, String target) {
        return new IllegalArgumentException(
                "Cannot convert a " + value.getClass().getName() + " to " + target);
    }
}
