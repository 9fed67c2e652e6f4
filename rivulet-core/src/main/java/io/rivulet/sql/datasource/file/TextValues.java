package io.rivulet.sql.datasource.file;

import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.ByteType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ByteVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.DecimalVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.FloatVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.Internal;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.ShortVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Values of scalar types read from text (a CSV field, a JSON string, a partition directory's value), as Spark's
 * CSV parser converts them: integers as {@code Integer.parseInt} reads them, doubles as {@code Double.parseDouble}
 * plus {@code nanValue} and the infinities, decimals as {@code BigDecimal} rounded half up to the type's scale,
 * booleans {@code true}/{@code false} in any case, dates and timestamps as {@link TextFormats} says. A {@link
 * Converter} is chosen once per column and appends straight to the column's builder; a value it cannot read
 * throws an {@code IllegalArgumentException} (or a {@code NumberFormatException} or {@code DateTimeException})
 * naming it, and appends nothing.
 */
public final class TextValues {
    private TextValues() {}

    /** Reads one field into a builder of its column. */
    @FunctionalInterface
    public interface Converter {
        void append(char[] chars, int offset, int length, VectorBuilder builder);
    }

    /** Whether text formats can read {@code type} from a field (the nested types cannot). */
    public static boolean isScalar(DataType type) {
        return type instanceof BooleanType
                || type instanceof ByteType
                || type instanceof ShortType
                || type instanceof IntegerType
                || type instanceof LongType
                || type instanceof FloatType
                || type instanceof DoubleType
                || type instanceof DecimalType
                || type instanceof StringType
                || type instanceof BinaryType
                || type instanceof DateType
                || type instanceof TimestampType
                || type instanceof TimestampNTZType
                || type instanceof NullType;
    }

    /** The converter of fields of {@code type}; {@code utf8} is the reader's own scratch buffer. */
    public static Converter converter(DataType type, TextFormats formats, Utf8Buffer utf8) {
        if (type instanceof StringType || type instanceof BinaryType) {
            return (c, o, n, b) -> {
                int bytes = utf8.encode(c, o, n);
                ((BytesVector.Builder) b).append(utf8.bytes(), 0, bytes);
            };
        } else if (type instanceof LongType) {
            return (c, o, n, b) -> ((LongVector.Builder) b).append(TextNumbers.parseLong(c, o, n));
        } else if (type instanceof IntegerType) {
            return (c, o, n, b) -> ((IntVector.Builder) b).append(TextNumbers.parseInt(c, o, n));
        } else if (type instanceof ShortType) {
            return (c, o, n, b) -> ((ShortVector.Builder) b).append(Short.parseShort(new String(c, o, n)));
        } else if (type instanceof ByteType) {
            return (c, o, n, b) -> ((ByteVector.Builder) b).append(Byte.parseByte(new String(c, o, n)));
        } else if (type instanceof DoubleType) {
            return (c, o, n, b) -> ((DoubleVector.Builder) b).append(parseDouble(c, o, n, formats));
        } else if (type instanceof FloatType) {
            return (c, o, n, b) -> ((FloatVector.Builder) b).append((float) parseFloat(c, o, n, formats));
        } else if (type instanceof BooleanType) {
            return (c, o, n, b) -> ((BooleanVector.Builder) b).append(parseBoolean(c, o, n));
        } else if (type instanceof DecimalType decimal) {
            return decimalConverter(decimal);
        } else if (type instanceof DateType) {
            return (c, o, n, b) -> ((IntVector.Builder) b).append(parseDate(CharBuffer.wrap(c, o, n), formats));
        } else if (type instanceof TimestampType) {
            return (c, o, n, b) -> ((LongVector.Builder) b).append(parseTimestamp(CharBuffer.wrap(c, o, n), formats));
        } else if (type instanceof TimestampNTZType) {
            return (c, o, n, b) ->
                    ((LongVector.Builder) b).append(parseTimestampNtz(CharBuffer.wrap(c, o, n), formats));
        } else if (type instanceof NullType) {
            return (c, o, n, b) -> b.appendNull();
        }
        throw new IllegalArgumentException("Cannot read values of type " + type.simpleString() + " from text");
    }

    private static Converter decimalConverter(DecimalType type) {
        if (type.precision() <= DecimalType.MAX_LONG_DIGITS) {
            return (c, o, n, b) ->
                    ((LongVector.Builder) b).append(Internal.unscaledLong(new BigDecimal(c, o, n), type));
        }
        return (c, o, n, b) -> ((DecimalVector.Builder) b).append(Internal.toDecimal(new BigDecimal(c, o, n), type));
    }

    public static double parseDouble(char[] chars, int offset, int length, TextFormats formats) {
        if (length > 0 && (chars[offset] < '0' || chars[offset] > '9') && chars[offset] != '-') {
            String text = new String(chars, offset, length);
            if (text.equals(formats.nanValue())) {
                return Double.NaN;
            } else if (text.equals(formats.positiveInf())) {
                return Double.POSITIVE_INFINITY;
            }
            return Double.parseDouble(text);
        }
        if (length > 1 && chars[offset] == '-' && (chars[offset + 1] < '0' || chars[offset + 1] > '9')) {
            String text = new String(chars, offset, length);
            if (text.equals(formats.negativeInf())) {
                return Double.NEGATIVE_INFINITY;
            }
            return Double.parseDouble(text);
        }
        return TextNumbers.parseDouble(chars, offset, length);
    }

    private static double parseFloat(char[] chars, int offset, int length, TextFormats formats) {
        double value = parseDouble(chars, offset, length, formats);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return Float.parseFloat(new String(chars, offset, length));
    }

    public static boolean parseBoolean(char[] chars, int offset, int length) {
        if (length == 4 && regionMatches(chars, offset, "true")) {
            return true;
        }
        if (length == 5 && regionMatches(chars, offset, "false")) {
            return false;
        }
        throw new IllegalArgumentException("For input string: \"" + new String(chars, offset, length) + "\"");
    }

    private static boolean regionMatches(char[] chars, int offset, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase(chars[offset + i]) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public static int parseDate(CharSequence text, TextFormats formats) {
        if (formats.date().isPresent()) {
            return DateTimes.parseDate(text, formats.date().get());
        }
        return DateTimes.parseDate(text);
    }

    public static long parseTimestamp(CharSequence text, TextFormats formats) {
        if (formats.timestamp().isPresent()) {
            return DateTimes.parseTimestamp(text, formats.timestamp().get(), formats.zone());
        }
        return DateTimes.parseTimestamp(text, formats.zone());
    }

    public static long parseTimestampNtz(CharSequence text, TextFormats formats) {
        if (formats.timestampNtz().isPresent()) {
            return DateTimes.parseTimestampNtz(text, formats.timestampNtz().get());
        }
        return DateTimes.parseTimestampNtz(text);
    }

    /** The internal value of {@code text} as a value of {@code type} (for partition values): boxed, or bytes. */
    public static Object toInternal(String text, DataType type, TextFormats formats) {
        VectorBuilder builder = VectorBuilder.forType(type, 1);
        char[] chars = text.toCharArray();
        converter(type, formats, new Utf8Buffer()).append(chars, 0, chars.length, builder);
        return builder.build().getInternal(0);
    }

    /** {@code bytes} as a string value's internal form: the UTF-8 bytes themselves. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
