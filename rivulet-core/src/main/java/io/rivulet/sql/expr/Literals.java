package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ValueFormatter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The types Spark's {@code lit} gives Java values, and how literals print. */
final class Literals {
    /** Timestamps print in UTC in plans: a plan does not depend on the session's zone. */
    private static final ValueFormatter CAST_STRINGS = ValueFormatter.cast(ZoneOffset.UTC);

    private Literals() {}

    static DataType typeOf(Object value) {
        if (value == null) {
            return DataTypes.NullType;
        } else if (value instanceof Boolean) {
            return DataTypes.BooleanType;
        } else if (value instanceof Byte) {
            return DataTypes.ByteType;
        } else if (value instanceof Short) {
            return DataTypes.ShortType;
        } else if (value instanceof Integer) {
            return DataTypes.IntegerType;
        } else if (value instanceof Long) {
            return DataTypes.LongType;
        } else if (value instanceof Float) {
            return DataTypes.FloatType;
        } else if (value instanceof Double) {
            return DataTypes.DoubleType;
        } else if (value instanceof BigDecimal decimal) {
            // As Spark's DecimalType.fromDecimal: precision at least the scale, scale at least 0.
            int scale = Math.max(decimal.scale(), 0);
            int precision = Math.max(decimal.precision() - decimal.scale() + scale, scale);
            return DataTypes.createDecimalType(Math.max(precision, 1), scale);
        } else if (value instanceof String) {
            return DataTypes.StringType;
        } else if (value instanceof byte[]) {
            return DataTypes.BinaryType;
        } else if (value instanceof LocalDate || value instanceof java.sql.Date) {
            return DataTypes.DateType;
        } else if (value instanceof Instant || value instanceof java.sql.Timestamp) {
            return DataTypes.TimestampType;
        } else if (value instanceof LocalDateTime) {
            return DataTypes.TimestampNTZType;
        }
        throw new IllegalArgumentException(
                "unsupported literal of " + value.getClass().getName() + ": " + value
                        + " (lit takes booleans, numbers, BigDecimal, String, byte[], LocalDate, Instant, LocalDateTime)");
    }

    /** The value as Spark's plans print it: numbers and strings as they are, null as {@code null}. */
    static String planString(Literal literal) {
        return CAST_STRINGS.format(literal.externalValue(), literal.dataType());
    }

    /** The name of a column made of the literal, as Spark's {@code toPrettySQL}: its value, {@code NULL} for null. */
    static String sql(Literal literal) {
        return literal.value() == null ? "NULL" : planString(literal);
    }
}
