package io.rivulet.sql.expr;

import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.Types;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

/**
 * Casts between dates, timestamps and numbers, in the session zone: a date becomes a timestamp at the start of
 * its day; a timestamp a date by its local date; {@code timestamp_ntz} is the wall clock; a number to a timestamp
 * counts seconds since the epoch (fractions kept to microseconds), a timestamp to a number its seconds (whole for
 * integers, fractional for doubles and decimals). Legacy mode's date to a number or a boolean is null, as Spark 3.
 */
final class CastDatetime {
    private CastDatetime() {}

    static ColumnVector cast(ColumnVector in, DataType to, CastEval.Context c) {
        DataType from = in.type();
        int n = in.size();
        ZoneId zone = c.zone();
        if (from instanceof DateType) {
            int[] days = ((IntVector) in).values();
            if (to instanceof TimestampType || to instanceof TimestampNTZType) {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    if (!in.isNull(i)) {
                        out[i] = to instanceof TimestampType
                                ? SparkDateTime.startOfDay(days[i], zone)
                                : days[i] * SparkDateTime.MICROS_PER_DAY;
                    }
                }
                return new LongVector(to, n, out, in.nulls());
            }
            return Vectors.allNull(to, n);
        }
        if (from instanceof TimestampType || from instanceof TimestampNTZType) {
            long[] micros = ((LongVector) in).values();
            boolean ntz = from instanceof TimestampNTZType;
            if (to instanceof DateType) {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    if (!in.isNull(i)) {
                        out[i] = ntz
                                ? (int) Math.floorDiv(micros[i], SparkDateTime.MICROS_PER_DAY)
                                : SparkDateTime.days(micros[i], zone);
                    }
                }
                return new IntVector(DataTypes.DateType, n, out, in.nulls());
            }
            if (to instanceof TimestampType || to instanceof TimestampNTZType) {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    if (!in.isNull(i)) {
                        out[i] = ntz
                                ? SparkDateTime.micros(Internals.wallClock(micros[i]), zone)
                                : Internals.wallMicros(SparkDateTime.localDateTime(micros[i], zone));
                    }
                }
                return new LongVector(to, n, out, in.nulls());
            }
            if (to instanceof BooleanType) {
                return Vectors.allNull(to, n);
            }
            return timestampToNumber(in, micros, to, c);
        }
        return numberToTimestamp(in, c);
    }

    private static ColumnVector timestampToNumber(ColumnVector in, long[] micros, DataType to, CastEval.Context c) {
        int n = in.size();
        if (to instanceof DoubleType || to instanceof FloatType) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = micros[i] / (double) SparkDateTime.MICROS_PER_SECOND;
            }
            return Vectors.ofDoubles(to, n, out, in.nulls());
        }
        if (to instanceof DecimalType) {
            BigDecimal[] out = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                out[i] = BigDecimal.valueOf(micros[i], 6);
            }
            ColumnVector seconds = Vectors.ofDecimals(new DecimalType(25, 6), n, out, in.nulls());
            return CastEval.numeric(seconds, to, c);
        }
        long[] seconds = new long[n];
        for (int i = 0; i < n; i++) {
            seconds[i] = Math.floorDiv(micros[i], SparkDateTime.MICROS_PER_SECOND);
        }
        ColumnVector longs = new LongVector(DataTypes.LongType, n, seconds, in.nulls());
        return to instanceof LongType ? longs : CastEval.numeric(longs, to, c);
    }

    private static ColumnVector numberToTimestamp(ColumnVector in, CastEval.Context c) {
        DataType from = in.type();
        int n = in.size();
        long[] out = new long[n];
        boolean[] bad = null;
        if (from instanceof BooleanType || Types.isIntegral(from)) {
            long[] a = Vectors.longs(in);
            for (int i = 0; i < n; i++) {
                if (from instanceof BooleanType) {
                    out[i] = a[i];
                    continue;
                }
                try {
                    out[i] = Math.multiplyExact(a[i], SparkDateTime.MICROS_PER_SECOND);
                } catch (ArithmeticException e) {
                    out[i] = TimeUnit.SECONDS.toMicros(a[i]);
                    if (c.mode() == EvalMode.ANSI && !in.isNull(i)) {
                        throw Errors.castOverflow(a[i], from, DataTypes.TimestampType, c.node());
                    }
                }
            }
        } else {
            double[] a = Vectors.doubles(in);
            for (int i = 0; i < n; i++) {
                double d = a[i];
                if ((Double.isNaN(d) || Double.isInfinite(d)) && !in.isNull(i)) {
                    bad = CastEval.mark(bad, n, i, c, Errors.castOverflow(d, from, DataTypes.TimestampType, c.node()));
                    continue;
                }
                out[i] = from instanceof DecimalType decimal
                        ? Vectors.decimal(in, i, decimal).movePointRight(6).longValue()
                        : (long) (d * SparkDateTime.MICROS_PER_SECOND);
            }
        }
        return Vectors.ofLongs(DataTypes.TimestampType, n, out, CastEval.orInto(in.nulls(), bad, n));
    }

    /** Local date-times as the microseconds of {@code timestamp_ntz}. */
    static final class Internals {
        private Internals() {}

        static java.time.LocalDateTime wallClock(long micros) {
            return SparkDateTime.localDateTime(micros, java.time.ZoneOffset.UTC);
        }

        static long wallMicros(java.time.LocalDateTime local) {
            return SparkDateTime.micros(local, java.time.ZoneOffset.UTC);
        }
    }
}
