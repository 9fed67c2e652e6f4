package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The strings of external values, as Spark's {@code ToStringBase}: {@link #pretty} is {@code show()}'s
 * ({@code ToPrettyString}: nulls as {@code NULL}, binary in hex as {@code [4A 0F]}), {@link #cast} is {@code CAST(x
 * AS STRING)}'s (nested nulls as {@code null}, binary decoded as UTF-8). Both write arrays as {@code [1, 2]},
 * structs as {@code {1, a}}, maps as {@code {a -> 1}}, decimals as plain digits ({@code toPlainString}, ANSI
 * mode), floats and doubles as Java prints them ({@code 1.0E10}), dates as {@code 2024-01-31} and timestamps in the
 * session zone as {@code 2024-01-31 10:00:00} with a fraction only when it is not zero, trailing zeros dropped
 * ({@code 10:00:00.5}).
 */
public final class ValueFormatter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.US);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter(Locale.US);

    private final String nullString;
    private final boolean hexBinary;
    private final DateTimeFormatter timestamps;

    private ValueFormatter(ZoneId zone, String nullString, boolean hexBinary) {
        this.nullString = nullString;
        this.hexBinary = hexBinary;
        this.timestamps = DATE_TIME.withZone(requireNonNull(zone, "zone is null"));
    }

    /** {@code show()}'s strings, timestamps in {@code zone}. */
    public static ValueFormatter pretty(ZoneId zone) {
        return new ValueFormatter(zone, "NULL", true);
    }

    /** {@code CAST(... AS STRING)}'s strings, timestamps in {@code zone}; a null value itself stays SQL NULL. */
    public static ValueFormatter cast(ZoneId zone) {
        return new ValueFormatter(zone, "null", false);
    }

    /** The string of an external value of {@code type}; a null is the null string ({@code NULL} when pretty). */
    public String format(Object value, DataType type) {
        if (value == null) {
            return nullString;
        }
        if (value instanceof String s) {
            return s;
        }
        StringBuilder builder = new StringBuilder();
        append(builder, value, type);
        return builder.toString();
    }

    private void append(StringBuilder out, Object value, DataType type) {
        if (value == null) {
            out.append(nullString);
        } else if (type instanceof ArrayType array) {
            appendArray(out, (Iterable<?>) value, array.elementType());
        } else if (type instanceof MapType map) {
            appendMap(out, (Map<?, ?>) value, map);
        } else if (type instanceof StructType struct) {
            appendStruct(out, (Row) value, struct);
        } else if (type instanceof BinaryType) {
            appendBinary(out, (byte[]) value);
        } else if (type instanceof DateType) {
            LocalDate date = value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
            out.append(DATE.format(date));
        } else if (type instanceof TimestampType) {
            Instant instant = value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
            out.append(timestamps.format(instant));
        } else if (type instanceof TimestampNTZType) {
            out.append(DATE_TIME.format((LocalDateTime) value));
        } else if (type instanceof DecimalType) {
            out.append(((BigDecimal) value).toPlainString());
        } else {
            out.append(value);
        }
    }

    private void appendArray(StringBuilder out, Iterable<?> elements, DataType elementType) {
        out.append('[');
        Iterator<?> iterator = elements.iterator();
        for (boolean first = true; iterator.hasNext(); first = false) {
            if (!first) {
                out.append(", ");
            }
            append(out, iterator.next(), elementType);
        }
        out.append(']');
    }

    private void appendMap(StringBuilder out, Map<?, ?> map, MapType type) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(out, entry.getKey(), type.keyType());
            out.append(" -> ");
            append(out, entry.getValue(), type.valueType());
        }
        out.append('}');
    }

    private void appendStruct(StringBuilder out, Row row, StructType type) {
        out.append('{');
        List<io.rivulet.sql.types.StructField> fields = type.fieldList();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, row.get(i), fields.get(i).dataType());
        }
        out.append('}');
    }

    private void appendBinary(StringBuilder out, byte[] bytes) {
        if (!hexBinary) {
            out.append(new String(bytes, StandardCharsets.UTF_8));
            return;
        }
        out.append('[');
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(Character.forDigit((bytes[i] >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(bytes[i] & 0xF, 16)));
        }
        out.append(']');
    }

    /**
     * Spark's {@code escapeMetaCharacters}: control characters that would break a table are written as their
     * escapes ({@code \n}, {@code \t}, {@code \r}, {@code \f}, {@code \b}, {@code \v}, {@code \a}).
     */
    public static String escapeMetaCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\f' -> "\\f";
                case '\b' -> "\\b";
                case '\u000B' -> "\\v";
                case '\u0007' -> "\\a";
                default -> null;
            };
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
