package io.rivulet.sql.datasource.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.datasource.file.TextFormats;
import io.rivulet.sql.datasource.file.TextValues;
import io.rivulet.sql.datasource.file.Utf8Buffer;
import io.rivulet.sql.types.ArrayType;
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
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.DecimalVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.FloatVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.Internal;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values of a column's type, as Spark's {@code JacksonParser} converts them: numbers into numeric columns
 * (a long column takes integers, a double column any number and the strings {@code NaN}, {@code Infinity},
 * {@code -Infinity}), decimals from numbers or strings, booleans from {@code true}/{@code false}, dates and
 * timestamps from strings ({@link TextFormats}; a timestamp also from an integer number of seconds), binary from
 * base64, strings from strings (or the text of any other value, objects and arrays as JSON), structs from
 * objects (by field name; unknown fields skipped), arrays from arrays, maps from objects. {@code null} and, for
 * other than string columns, the empty string are null. Anything else throws {@link IOException}: the record is
 * malformed.
 *
 * <p>A top-level column decodes straight into its builder, and appends exactly one value or nothing (when it
 * throws), so a record that fails part-way leaves every builder consistent; nested values decode to the external
 * values a {@code Row} holds and are appended whole.
 */
final class JsonValues {
    private final TextFormats formats;
    private final Utf8Buffer utf8 = new Utf8Buffer();
    private final JsonFactory factory;

    JsonValues(TextFormats formats, JsonFactory factory) {
        this.formats = formats;
        this.factory = factory;
    }

    /** Decodes the value at {@code token} into {@code builder} of {@code type}. */
    void decode(JsonParser p, JsonToken token, DataType type, VectorBuilder builder) throws IOException {
        if (token == JsonToken.VALUE_NULL
                || (token == JsonToken.VALUE_STRING && p.getTextLength() == 0 && !(type instanceof StringType))) {
            builder.appendNull();
        } else if (type instanceof LongType) {
            ((LongVector.Builder) builder).append(integral(p, token));
        } else if (type instanceof DoubleType) {
            ((DoubleVector.Builder) builder).append(floating(p, token));
        } else if (type instanceof StringType) {
            appendString(p, token, (BytesVector.Builder) builder);
        } else if (type instanceof IntegerType && type.equals(IntegerType.INSTANCE)) {
            ((IntVector.Builder) builder).append(checkedInt(integral(p, token), Integer.MIN_VALUE, Integer.MAX_VALUE));
        } else if (type instanceof BooleanType) {
            ((BooleanVector.Builder) builder).append(bool(token));
        } else if (type instanceof DateType) {
            ((IntVector.Builder) builder).append(TextValues.parseDate(text(p, token), formats));
        } else if (type instanceof TimestampType) {
            ((LongVector.Builder) builder).append(timestamp(p, token));
        } else if (type instanceof TimestampNTZType) {
            ((LongVector.Builder) builder).append(TextValues.parseTimestampNtz(text(p, token), formats));
        } else if (type instanceof FloatType) {
            ((FloatVector.Builder) builder).append((float) floating(p, token));
        } else if (type instanceof DecimalType decimal && decimal.precision() <= DecimalType.MAX_LONG_DIGITS) {
            ((LongVector.Builder) builder).append(Internal.unscaledLong(decimal(p, token), decimal));
        } else if (type instanceof DecimalType decimal) {
            ((DecimalVector.Builder) builder).append(Internal.toDecimal(decimal(p, token), decimal));
        } else if (type instanceof NullType) {
            p.skipChildren();
            builder.appendNull();
        } else {
            Object external = external(p, token, type);
            builder.append(external);
        }
    }

    private void appendString(JsonParser p, JsonToken token, BytesVector.Builder builder) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            int n = utf8.encode(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            builder.append(utf8.bytes(), 0, n);
        } else {
            builder.append(stringOf(p, token));
        }
    }

    /** The text of any value: a string's characters, a number's or boolean's literal, a structure as JSON. */
    private String stringOf(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            StringWriter out = new StringWriter();
            try (JsonGenerator generator = factory.createGenerator(out)) {
                generator.copyCurrentStructure(p);
            }
            return out.toString();
        }
        return p.getText();
    }

    private static long integral(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException("cannot read " + token + " '" + p.getText() + "' as an integer");
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new IOException("integer out of the range of a long: " + p.getText());
        }
        return p.getLongValue();
    }

    private static long checkedInt(long value, long min, long max) throws IOException {
        if (value < min || value > max) {
            throw new IOException("integer out of range: " + value);
        }
        return value;
    }

    private static int checkedInt(long value, int min, int max) throws IOException {
        if (value < min || value > max) {
            throw new IOException("integer out of range: " + value);
        }
        return (int) value;
    }

    private static double floating(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            switch (p.getText()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                case "+Infinity":
                case "Inf":
                case "+INF":
                case "INF":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                case "-Inf":
                case "-INF":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new IOException("cannot read " + token + " '" + p.getText() + "' as a double");
    }

    private static BigDecimal decimal(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            try {
                return new BigDecimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            } catch (NumberFormatException e) {
                throw new IOException("cannot read '" + p.getText() + "' as a decimal", e);
            }
        }
        throw new IOException("cannot read " + token + " as a decimal");
    }

    private static boolean bool(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw new IOException("cannot read " + token + " as a boolean");
    }

    private static CharSequence text(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new IOException("cannot read " + token + " as a date or timestamp");
        }
        return CharBuffer.wrap(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    private long timestamp(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return Math.multiplyExact(p.getLongValue(), 1_000_000L); // seconds since the epoch, as Spark
        }
        return TextValues.parseTimestamp(text(p, token), formats);
    }

    /** The external value of the value at {@code token}, as a {@code Row} would hold it (nested columns). */
    Object external(JsonParser p, JsonToken token, DataType type) throws IOException {
        if (token == JsonToken.VALUE_NULL
                || (token == JsonToken.VALUE_STRING && p.getTextLength() == 0 && !(type instanceof StringType))) {
            return null;
        }
        if (type instanceof StructType struct) {
            return struct(p, token, struct);
        } else if (type instanceof ArrayType array) {
            if (token != JsonToken.START_ARRAY) {
                throw new IOException("cannot read " + token + " as an array");
            }
            List<Object> elements = new ArrayList<>();
            JsonToken next;
            while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                elements.add(external(p, next, array.elementType()));
            }
            return elements;
        } else if (type instanceof MapType map) {
            return map(p, token, map);
        }
        return scalar(p, token, type);
    }

    private Object struct(JsonParser p, JsonToken token, StructType struct) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw new IOException("cannot read " + token + " as a struct");
        }
        Object[] values = new Object[struct.length()];
        Map<String, Integer> index = fieldIndex(struct);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Integer field = index.get(p.currentName());
            JsonToken value = p.nextToken();
            if (field == null) {
                p.skipChildren();
            } else {
                values[field] = external(p, value, struct.field(field).dataType());
            }
        }
        return RowFactory.create(values);
    }

    private Object map(JsonParser p, JsonToken token, MapType map) throws IOException {
        if (token != JsonToken.START_OBJECT || !(map.keyType() instanceof StringType)) {
            throw new IOException("cannot read " + token + " as " + map.simpleString());
        }
        Map<Object, Object> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            entries.put(key, external(p, p.nextToken(), map.valueType()));
        }
        return entries;
    }

    private final Map<StructType, Map<String, Integer>> indexes = new HashMap<>();

    private Map<String, Integer> fieldIndex(StructType struct) {
        return indexes.computeIfAbsent(struct, s -> {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < s.length(); i++) {
                index.putIfAbsent(s.field(i).name(), i);
            }
            return index;
        });
    }

    private Object scalar(JsonParser p, JsonToken token, DataType type) throws IOException {
        if (type instanceof StringType) {
            return stringOf(p, token);
        } else if (type instanceof LongType) {
            return integral(p, token);
        } else if (type instanceof IntegerType) {
            return checkedInt(integral(p, token), Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (type instanceof ShortType) {
            return (short) checkedInt(integral(p, token), (long) Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (type instanceof ByteType) {
            return (byte) checkedInt(integral(p, token), (long) Byte.MIN_VALUE, Byte.MAX_VALUE);
        } else if (type instanceof DoubleType) {
            return floating(p, token);
        } else if (type instanceof FloatType) {
            return (float) floating(p, token);
        } else if (type instanceof BooleanType) {
            return bool(token);
        } else if (type instanceof DecimalType decimal) {
            return Internal.toDecimal(decimal(p, token), decimal);
        } else if (type instanceof DateType) {
            return Internal.daysToLocalDate(TextValues.parseDate(text(p, token), formats));
        } else if (type instanceof TimestampType) {
            return Internal.microsToInstant(timestamp(p, token));
        } else if (type instanceof TimestampNTZType) {
            return Internal.microsToLocalDateTime(TextValues.parseTimestampNtz(text(p, token), formats));
        } else if (type instanceof BinaryType) {
            return binary(p, token);
        } else if (type instanceof NullType) {
            p.skipChildren();
            return null;
        }
        throw new IOException("cannot read JSON as " + type.simpleString());
    }

    private static byte[] binary(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new IOException("cannot read " + token + " as binary");
        }
        try {
            return Base64.getDecoder().decode(p.getText());
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot read '" + p.getText() + "' as base64", e);
        }
    }
}
