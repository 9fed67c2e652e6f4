package io.rivulet.sql.expr;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.MapVector;
import io.rivulet.sql.vector.StructVector;
import io.rivulet.sql.vector.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation of {@link Cast}: one vector to another type, whole, for every pair {@link CastRules} allows. A value
 * that does not fit raises in ANSI mode ({@code [CAST_OVERFLOW]}, {@code [CAST_INVALID_INPUT]}, {@code
 * [NUMERIC_VALUE_OUT_OF_RANGE]}), is null with {@code try_cast}, and in legacy mode wraps around (integers) or is
 * null (strings, decimals), as Spark 3 did. Nested types cast their child vectors. Strings are in {@link
 * CastStrings}, dates and timestamps in {@link CastDatetime}.
 */
final class CastEval {
    private CastEval() {}

    /** What a cast needs besides its input: the mode, the session zone, and the node for error messages. */
    record Context(EvalMode mode, ZoneId zone, Expression node) {
        /** The failure of one row: raised in ANSI mode, else the row becomes null. */
        void fail(RuntimeException error) {
            if (mode == EvalMode.ANSI) {
                throw error;
            }
        }
    }

    static ColumnVector cast(ColumnVector in, DataType to, Context c) {
        DataType from = in.type();
        if (from.equals(to) || (Types.sameIgnoringNullability(from, to) && !Types.isNested(from))) {
            return in;
        }
        if (from instanceof NullType) {
            return Vectors.allNull(to, in.size());
        }
        if (to instanceof StringType) {
            return CastStrings.toStrings(in, c.zone());
        }
        if (from instanceof StringType) {
            return CastStrings.fromStrings((BytesVector) in, to, c);
        }
        if (to instanceof BinaryType) {
            return integralToBinary(in);
        }
        if (isDatetime(from) || isDatetime(to)) {
            return CastDatetime.cast(in, to, c);
        }
        if (to instanceof BooleanType) {
            return toBoolean(in);
        }
        if (from instanceof BooleanType || Types.isNumeric(from)) {
            return numeric(in, to, c);
        }
        return nested(in, to, c);
    }

    static boolean isDatetime(DataType type) {
        return type instanceof DateType || type instanceof TimestampType || type instanceof TimestampNTZType;
    }

    private static ColumnVector toBoolean(ColumnVector in) {
        int n = in.size();
        boolean[] out = new boolean[n];
        if (in.type() instanceof DecimalType decimal) {
            for (int i = 0; i < n; i++) {
                out[i] = !in.isNull(i) && Vectors.decimal(in, i, decimal).signum() != 0;
            }
        } else if (in.type() instanceof DoubleType || in.type() instanceof FloatType) {
            double[] a = Vectors.doubles(in);
            for (int i = 0; i < n; i++) {
                out[i] = a[i] != 0;
            }
        } else {
            long[] a = Vectors.longs(in);
            for (int i = 0; i < n; i++) {
                out[i] = a[i] != 0;
            }
        }
        return Vectors.ofBooleans(n, out, in.nulls());
    }

    /** Numbers (and booleans) to numbers. */
    static ColumnVector numeric(ColumnVector in, DataType to, Context c) {
        DataType from = in.type();
        int n = in.size();
        if (to instanceof DecimalType decimal) {
            return toDecimal(in, decimal, c);
        }
        if (to instanceof DoubleType || to instanceof FloatType) {
            double[] values = Vectors.doubles(in);
            // a DoubleVector's own array comes back: copy it before ofDoubles zeroes its null rows in place
            return Vectors.ofDoubles(to, n, from instanceof DoubleType ? values.clone() : values, in.nulls());
        }
        long min = Arithmetic.min(to);
        long max = Arithmetic.max(to);
        long[] out = new long[n];
        boolean[] nulls = in.nulls();
        boolean[] bad = null;
        if (from instanceof DoubleType || from instanceof FloatType) {
            double[] a = Vectors.doubles(in);
            for (int i = 0; i < n; i++) {
                double x = a[i];
                // Java's narrowing of a double: truncation, saturation, NaN to 0 (legacy mode keeps it)
                out[i] = to.equals(DataTypes.LongType) ? (long) x : (int) x;
                if (!(x > min - 1.0 && x < max + 1.0) && !Vectors.isNull(nulls, i)) {
                    bad = mark(
                            bad,
                            n,
                            i,
                            c,
                            Errors.castOverflow(
                                    from instanceof FloatType ? (Object) (float) x : x, from, to, c.node()));
                }
            }
        } else if (from instanceof DecimalType decimal) {
            for (int i = 0; i < n; i++) {
                if (Vectors.isNull(nulls, i)) {
                    continue;
                }
                BigDecimal value = Vectors.decimal(in, i, decimal);
                BigInteger whole = value.toBigInteger();
                out[i] = whole.longValue();
                if (whole.bitLength() > 63 || out[i] < min || out[i] > max) {
                    bad = mark(bad, n, i, c, Errors.castOverflow(value, from, to, c.node()));
                }
            }
        } else {
            long[] a = Vectors.longs(in);
            for (int i = 0; i < n; i++) {
                out[i] = a[i];
                if (a[i] < min || a[i] > max) {
                    bad = mark(bad, n, i, c, Errors.castOverflow(a[i], from, to, c.node()));
                }
            }
        }
        return Vectors.ofLongs(to, n, out, legacyKeeps(c, nulls, bad, n));
    }

    /**
     * Records a row that does not fit: raised in ANSI mode, else noted (TRY makes it null, LEGACY keeps its wrapped
     * value for integers).
     */
    static boolean[] mark(boolean[] bad, int n, int row, Context c, RuntimeException error) {
        c.fail(error);
        boolean[] out = bad == null ? new boolean[n] : bad;
        out[row] = true;
        return out;
    }

    /** The null mask of an integer cast: the bad rows are null with TRY, wrapped around in LEGACY mode. */
    private static boolean[] legacyKeeps(Context c, boolean[] nulls, boolean[] bad, int n) {
        return bad == null || c.mode() == EvalMode.LEGACY ? nulls : orInto(nulls, bad, n);
    }

    static boolean[] orInto(boolean[] nulls, boolean[] bad, int n) {
        return bad == null ? nulls : Vectors.or(nulls, bad, n);
    }

    private static ColumnVector toDecimal(ColumnVector in, DecimalType to, Context c) {
        DataType from = in.type();
        int n = in.size();
        BigDecimal[] values = new BigDecimal[n];
        boolean[] bad = null;
        boolean floating = from instanceof DoubleType || from instanceof FloatType;
        double[] doubles = floating ? Vectors.doubles(in) : null;
        long[] longs = floating || from instanceof DecimalType ? null : Vectors.longs(in);
        for (int i = 0; i < n; i++) {
            if (in.isNull(i)) {
                continue;
            }
            BigDecimal value;
            if (floating) {
                double d = doubles[i];
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    bad = mark(bad, n, i, c, Errors.castOverflow(d, from, to, c.node()));
                    continue;
                }
                value = new BigDecimal(Double.toString(d));
            } else if (from instanceof DecimalType decimal) {
                value = Vectors.decimal(in, i, decimal);
            } else {
                value = BigDecimal.valueOf(longs[i]);
            }
            BigDecimal scaled = value.setScale(to.scale(), RoundingMode.HALF_UP);
            if (!DecimalArithmetic.fits(scaled, to.precision())) {
                bad = mark(bad, n, i, c, Errors.decimalOutOfRange(value, to.precision(), to.scale(), c.node()));
                continue;
            }
            values[i] = scaled;
        }
        return Vectors.ofDecimals(to, n, values, orInto(in.nulls(), bad, n));
    }

    /** Legacy mode's integer to binary: the value's bytes, big-endian, in the width of its type. */
    private static ColumnVector integralToBinary(ColumnVector in) {
        int n = in.size();
        int width = switch (io.rivulet.sql.vector.Storage.of(in.type())) {
            case BYTE -> 1;
            case SHORT -> 2;
            case INT -> 4;
            default -> 8;
        };
        long[] a = Vectors.longs(in);
        BytesVector.Builder builder = BytesVector.builder(DataTypes.BinaryType, n);
        byte[] buffer = new byte[width];
        for (int i = 0; i < n; i++) {
            if (in.isNull(i)) {
                builder.appendNull();
                continue;
            }
            for (int k = 0; k < width; k++) {
                buffer[k] = (byte) (a[i] >>> (8 * (width - 1 - k)));
            }
            builder.append(buffer, 0, width);
        }
        return builder.build();
    }

    private static ColumnVector nested(ColumnVector in, DataType to, Context c) {
        if (in instanceof ArrayVector array && to instanceof ArrayType target) {
            ColumnVector elements = cast(array.elements(), target.elementType(), c);
            return new ArrayVector(target, in.size(), array.offsets(), elements, in.nulls());
        }
        if (in instanceof MapVector map && to instanceof MapType target) {
            ColumnVector keys = cast(map.keys(), target.keyType(), c);
            ColumnVector values = cast(map.values(), target.valueType(), c);
            return new MapVector(target, in.size(), map.offsets(), keys, values, in.nulls());
        }
        if (in instanceof StructVector struct && to instanceof StructType target) {
            List<ColumnVector> children = new ArrayList<>();
            for (int i = 0; i < target.length(); i++) {
                children.add(cast(struct.child(i), target.field(i).dataType(), c));
            }
            return new StructVector(target, in.size(), children, in.nulls());
        }
        throw new IllegalStateException("no cast from " + in.type().simpleString() + " to " + to.simpleString());
    }
}
