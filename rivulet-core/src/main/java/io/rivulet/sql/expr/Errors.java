package io.rivulet.sql.expr;

import io.rivulet.sql.types.ByteType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.Internal;
import io.rivulet.sql.vector.ValueFormatter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/**
 * The runtime errors of evaluation, with Spark's error classes, texts and SQLSTATEs (its {@code
 * error-conditions.json}); the configuration they name is Rivulet's {@code rivulet.sql.ansi.enabled}. Values are
 * quoted as Spark's {@code toSQLValue} does ({@code 'abc'}, {@code 128L}, {@code 1.5D}), types as {@code "INT"}.
 */
final class Errors {
    static final String ANSI_CONFIG = "\"rivulet.sql.ansi.enabled\"";
    private static final String BYPASS = " If necessary set " + ANSI_CONFIG + " to \"false\" to bypass this error.";
    private static final ValueFormatter UTC_STRINGS = ValueFormatter.cast(ZoneOffset.UTC);

    private Errors() {}

    /** {@code "INT"}: a type as Spark's {@code toSQLType} quotes it. */
    static String type(DataType type) {
        return "\"" + type.sql() + "\"";
    }

    /** {@code "(a + b)"}: an expression as Spark's {@code toSQLExpr} quotes it. */
    static String expr(Expression expression) {
        return "\"" + expression.sql() + "\"";
    }

    /** An internal value as a SQL literal of its type, as Spark's {@code toSQLValue}. */
    static String value(Object internal, DataType type) {
        if (internal == null) {
            return "NULL";
        }
        if (type instanceof StringType) {
            String text =
                    internal instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : internal.toString();
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        } else if (type instanceof LongType) {
            return internal + "L";
        } else if (type instanceof ShortType) {
            return internal + "S";
        } else if (type instanceof ByteType) {
            return internal + "Y";
        } else if (type instanceof DoubleType) {
            double d = ((Number) internal).doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? "CAST('" + d + "' AS DOUBLE)" : d + "D";
        } else if (type instanceof FloatType) {
            return "CAST('" + internal + "' AS FLOAT)";
        } else if (type instanceof DecimalType decimal) {
            BigDecimal value =
                    internal instanceof BigDecimal d ? d : BigDecimal.valueOf((Long) internal, decimal.scale());
            return value.toPlainString() + "BD";
        } else if (type instanceof DateType) {
            return "DATE '" + UTC_STRINGS.format(Internal.toExternal(type, internal), type) + "'";
        } else if (type instanceof TimestampType) {
            return "TIMESTAMP '" + UTC_STRINGS.format(Internal.toExternal(type, internal), type) + "'";
        } else if (type instanceof TimestampNTZType) {
            return "TIMESTAMP_NTZ '" + UTC_STRINGS.format(Internal.toExternal(type, internal), type) + "'";
        }
        return UTC_STRINGS.format(Internal.toExternal(type, internal), type);
    }

    private static String context(Expression expression) {
        return expression == null ? null : expression.sql();
    }

    static SqlArithmeticException divideByZero(Expression expression) {
        return new SqlArithmeticException(
                "DIVIDE_BY_ZERO",
                "22012",
                "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead." + BYPASS,
                context(expression));
    }

    static SqlArithmeticException remainderByZero(Expression expression) {
        return new SqlArithmeticException(
                "REMAINDER_BY_ZERO",
                "22012",
                "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead." + BYPASS,
                context(expression));
    }

    /** {@code [ARITHMETIC_OVERFLOW] long overflow. Use 'try_add' to tolerate overflow and return NULL instead. ...} */
    static SqlArithmeticException overflow(String message, String tryFunction, Expression expression) {
        String alternative =
                tryFunction == null ? "" : " Use '" + tryFunction + "' to tolerate overflow and return NULL instead.";
        return new SqlArithmeticException(
                "ARITHMETIC_OVERFLOW", "22003", message + "." + alternative + BYPASS, context(expression));
    }

    /** {@code [BINARY_ARITHMETIC_OVERFLOW] 127Y + 1Y caused overflow. ...}: Spark's error for tinyint and smallint. */
    static SqlArithmeticException binaryOverflow(
            Object left, String symbol, Object right, DataType type, String tryFunction, Expression expression) {
        return new SqlArithmeticException(
                "BINARY_ARITHMETIC_OVERFLOW",
                "22003",
                value(left, type) + " " + symbol + " " + value(right, type) + " caused overflow. Use `" + tryFunction
                        + "` to ignore overflow problem and return NULL.",
                context(expression));
    }

    /** {@code [NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION] 1234.5 cannot be represented as Decimal(3, 1). ...} */
    static SqlArithmeticException decimalOutOfRange(BigDecimal value, int precision, int scale, Expression expression) {
        return new SqlArithmeticException(
                "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION",
                "22003",
                value.toPlainString() + " cannot be represented as Decimal(" + precision + ", " + scale
                        + "). If necessary set " + ANSI_CONFIG
                        + " to \"false\" to bypass this error, and return NULL instead.",
                context(expression));
    }

    /** {@code [CAST_INVALID_INPUT] The value 'abc' of the type "STRING" cannot be cast to "INT" because it is malformed. ...} */
    static SqlNumberFormatException castInvalidInput(
            Object internal, DataType from, DataType to, Expression expression) {
        return new SqlNumberFormatException(
                "CAST_INVALID_INPUT",
                "22018",
                "The value " + value(internal, from) + " of the type " + type(from) + " cannot be cast to " + type(to)
                        + " because it is malformed. Correct the value as per the syntax, or change its target type."
                        + " Use `try_cast` to tolerate malformed input and return NULL instead.",
                context(expression));
    }

    /** {@code [CAST_OVERFLOW] The value 128L of the type "BIGINT" cannot be cast to "TINYINT" due to an overflow. ...} */
    static SqlArithmeticException castOverflow(Object internal, DataType from, DataType to, Expression expression) {
        return new SqlArithmeticException(
                "CAST_OVERFLOW",
                "22003",
                "The value " + value(internal, from) + " of the type " + type(from) + " cannot be cast to " + type(to)
                        + " due to an overflow. Use `try_cast` to tolerate overflow and return NULL instead.",
                context(expression));
    }

    /** {@code [CANNOT_PARSE_TIMESTAMP] Text 'x' could not be parsed at index 0. Use `try_to_timestamp` ...} */
    static SqlDateTimeException cannotParseTimestamp(String message, String tryFunction, Expression expression) {
        return new SqlDateTimeException(
                "CANNOT_PARSE_TIMESTAMP",
                "22007",
                message + ". Use `" + tryFunction + "` to tolerate invalid input string and return NULL instead.",
                context(expression));
    }

    /** {@code [DATETIME_FIELD_OUT_OF_BOUNDS] Invalid value for MonthOfYear (valid values 1 - 12): 13. ...} */
    static SqlDateTimeException datetimeFieldOutOfBounds(String rangeMessage, Expression expression) {
        return new SqlDateTimeException(
                "DATETIME_FIELD_OUT_OF_BOUNDS", "22023", rangeMessage + "." + BYPASS, context(expression));
    }

    static SqlArrayIndexOutOfBoundsException invalidElementAtIndex(int index, int size, Expression expression) {
        return new SqlArrayIndexOutOfBoundsException(
                "INVALID_ARRAY_INDEX_IN_ELEMENT_AT",
                "22003",
                "The index " + index + " is out of bounds. The array has " + size + " elements. Use `try_element_at`"
                        + " to tolerate accessing element at invalid index and return NULL instead." + BYPASS,
                context(expression));
    }

    static SqlArrayIndexOutOfBoundsException invalidArrayIndex(int index, int size, Expression expression) {
        return new SqlArrayIndexOutOfBoundsException(
                "INVALID_ARRAY_INDEX",
                "22003",
                "The index " + index + " is out of bounds. The array has " + size + " elements. Use the SQL function"
                        + " `get()` to tolerate accessing element at invalid index and return NULL instead." + BYPASS,
                context(expression));
    }

    static SqlArrayIndexOutOfBoundsException indexOfZero(Expression expression) {
        return new SqlArrayIndexOutOfBoundsException(
                "INVALID_INDEX_OF_ZERO",
                "22003",
                "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).",
                context(expression));
    }

    static SqlIllegalArgumentException invalidParameter(
            String parameter, String function, String detail, Expression expression) {
        return new SqlIllegalArgumentException(
                "INVALID_PARAMETER_VALUE",
                "22023",
                "The value of parameter(s) `" + parameter + "` in `" + function + "` is invalid: " + detail + ".",
                context(expression));
    }

    static SqlIllegalArgumentException nullMapKey(Expression expression) {
        return new SqlIllegalArgumentException(
                "NULL_MAP_KEY", "2200E", "Cannot use null as map key.", context(expression));
    }

    static SqlIllegalArgumentException duplicateMapKey(Object key, DataType type, Expression expression) {
        return new SqlIllegalArgumentException(
                "DUPLICATED_MAP_KEY",
                "23505",
                "Duplicate map key " + value(key, type) + " was found, please check the input data.",
                context(expression));
    }
}
