package io.rivulet.sql.expr;

import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.Storage;
import io.rivulet.sql.vector.ValueFormatter;
import io.rivulet.sql.vector.VectorBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Casts to and from strings. To a string: integers and decimals by their digits, floats and doubles as Java prints
 * them, booleans as {@code true}/{@code false}, binary reinterpreted as UTF-8, the rest through {@link
 * ValueFormatter#cast} (timestamps in the session zone, nested values as {@code [1, 2]}, {@code {a -> 1}}). From a
 * string, as Spark: whitespace around the value ignored; integers with an optional sign (legacy mode also takes and
 * drops a fraction: {@code '1.5'} is 1); doubles as Java parses them plus {@code inf}, {@code -infinity} and {@code
 * nan} in any case; decimals rounded half up; booleans from {@code t, true, y, yes, 1} and {@code f, false, n, no,
 * 0}; dates and timestamps as {@link SparkDateTime} parses them.
 */
final class CastStrings {
    private CastStrings() {}

    static ColumnVector toStrings(ColumnVector in, ZoneId zone) {
        int n = in.size();
        DataType from = in.type();
        BytesVector.Builder builder = BytesVector.builder(DataTypes.StringType, n);
        Storage storage = Storage.of(from);
        if (from instanceof BinaryType) {
            BytesVector bytes = (BytesVector) in;
            for (int i = 0; i < n; i++) {
                builder.appendFrom(bytes, i);
            }
            return builder.build();
        }
        boolean plainLongs = (storage == Storage.LONG
                        || storage == Storage.INT
                        || storage == Storage.SHORT
                        || storage == Storage.BYTE)
                && !(from instanceof DecimalType)
                && !CastEval.isDatetime(from);
        long[] longs = plainLongs ? Vectors.longs(in) : null;
        ValueFormatter formatter = plainLongs ? null : ValueFormatter.cast(zone);
        for (int i = 0; i < n; i++) {
            if (in.isNull(i)) {
                builder.appendNull();
            } else if (plainLongs) {
                builder.append(Long.toString(longs[i]).getBytes(StandardCharsets.US_ASCII));
            } else {
                builder.append(formatter.format(in.get(i), from));
            }
        }
        return builder.build();
    }

    static ColumnVector fromStrings(BytesVector in, DataType to, CastEval.Context c) {
        int n = in.size();
        if (to instanceof BinaryType) {
            return new BytesVector(to, n, in.bytes(), in.offsets(), in.nulls());
        }
        VectorBuilder builder = VectorBuilder.forType(to, n);
        for (int i = 0; i < n; i++) {
            if (in.isNull(i)) {
                builder.appendNull();
                continue;
            }
            String text = StringKernels.string(in, i);
            Object value = parse(text, to, c);
            if (value == null) {
                c.fail(Errors.castInvalidInput(in.bytesAt(i), DataTypes.StringType, to, c.node()));
            }
            builder.appendInternal(value);
        }
        return builder.build();
    }

    /** The internal value of {@code text} as {@code to}, or null when malformed (or out of range: legacy null). */
    private static Object parse(String text, DataType to, CastEval.Context c) {
        if (to instanceof BooleanType) {
            return parseBoolean(text);
        } else if (to instanceof DateType) {
            return SparkDateTime.parseDate(text);
        } else if (to instanceof TimestampType || to instanceof TimestampNTZType) {
            long micros = SparkDateTime.parseTimestamp(text, c.zone(), to instanceof TimestampNTZType);
            return micros == SparkDateTime.INVALID ? null : (Object) micros;
        } else if (to instanceof DoubleType) {
            return parseDouble(text);
        } else if (to instanceof FloatType) {
            Double d = parseDouble(text);
            return d == null ? null : (Object) d.floatValue();
        } else if (to instanceof DecimalType decimal) {
            return parseDecimal(text, decimal, c);
        }
        Long value = parseLong(text.strip(), c.mode() == EvalMode.LEGACY);
        if (value == null || value < Arithmetic.min(to) || value > Arithmetic.max(to)) {
            return null;
        }
        return switch (Storage.of(to)) {
            case BYTE -> (Object) value.byteValue();
            case SHORT -> (Object) value.shortValue();
            case INT -> (Object) value.intValue();
            default -> (Object) value;
        };
    }

    static Boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "t", "true", "y", "yes", "1" -> Boolean.TRUE;
            case "f", "false", "n", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Spark's {@code UTF8String.toLong}: optional sign and digits; {@code allowFraction} drops {@code .digits}. */
    static Long parseLong(String s, boolean allowFraction) {
        int n = s.length();
        if (n == 0) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i++;
            if (n == 1) {
                return null;
            }
        }
        long result = 0;
        int digits = 0;
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == '.' && allowFraction) {
                for (int k = i + 1; k < n; k++) {
                    if (!Character.isDigit(s.charAt(k))) {
                        return null;
                    }
                }
                break;
            }
            if (ch < '0' || ch > '9') {
                return null;
            }
            int digit = ch - '0';
            // accumulate negatively, as Long.parseLong does, so that Long.MIN_VALUE fits
            if (result < (Long.MIN_VALUE + digit) / 10) {
                return null;
            }
            result = result * 10 - digit;
            digits++;
        }
        if (digits == 0 && !allowFraction) {
            return null;
        }
        if (!negative) {
            if (result == Long.MIN_VALUE) {
                return null;
            }
            result = -result;
        }
        return result;
    }

    static Double parseDouble(String text) {
        String s = text.strip();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return special(s);
        }
    }

    private static Double special(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> null;
        };
    }

    private static Object parseDecimal(String text, DecimalType to, CastEval.Context c) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        BigDecimal scaled = value.setScale(to.scale(), RoundingMode.HALF_UP);
        if (!DecimalArithmetic.fits(scaled, to.precision())) {
            c.fail(Errors.decimalOutOfRange(value, to.precision(), to.scale(), c.node()));
            return null;
        }
        return Storage.of(to) == Storage.LONG ? (Object) scaled.unscaledValue().longValueExact() : scaled;
    }
}
