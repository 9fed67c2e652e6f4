package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.ExpectedType.DATE;
import static io.rivulet.sql.expr.ExpectedType.INT;
import static io.rivulet.sql.expr.ExpectedType.STRING;
import static io.rivulet.sql.expr.ExpectedType.TIMESTAMP;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.Internal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date and time functions computed row by row, in the session zone ({@code EvalContext.timeZone()}), with
 * Spark's semantics: {@code add_months} keeps the day when it exists (else the month's last), {@code months_between}
 * counts 31-day months for the part that is not whole and rounds to 8 digits, {@code trunc} and {@code date_trunc}
 * give null for an unknown unit, parsing with a pattern raises {@code [CANNOT_PARSE_TIMESTAMP]} in ANSI mode (null
 * with {@code try_to_timestamp} or ANSI off).
 */
final class DateScalars {
    private static final ExpectedType DATETIME_OR_STRING =
            ExpectedType.anyOf(STRING, DATE, TIMESTAMP, ExpectedType.of(DataTypes.TimestampNTZType));

    private DateScalars() {}

    static List<ScalarKernel> kernels() {
        List<ScalarKernel> k = new ArrayList<>();
        kernelsPart0(k);
        kernelsPart1(k);
        kernelsPart2(k);
        return k;
    }

    private static void kernelsPart0(List<ScalarKernel> k) {
        k.add(ScalarKernel.of(
                "add_months",
                List.of(DATE, INT),
                DataTypes.DateType,
                (a, s) -> ((LocalDate) a[0]).plusMonths((Integer) a[1])));
        k.add(ScalarKernel.of(
                "months_between",
                List.of(TIMESTAMP, TIMESTAMP, ExpectedType.BOOLEAN),
                DataTypes.DoubleType,
                (a, s) -> monthsBetween((Instant) a[0], (Instant) a[1], (Boolean) a[2], s.context.timeZone())));
        k.add(ScalarKernel.of(
                "last_day",
                List.of(DATE),
                DataTypes.DateType,
                (a, s) -> ((LocalDate) a[0]).with(TemporalAdjusters.lastDayOfMonth())));
        k.add(ScalarKernel.of("next_day", List.of(DATE, STRING), DataTypes.DateType, DateScalars::nextDay)
                .givesNull()
                .raises());
        k.add(ScalarKernel.of("make_date", List.of(INT, INT, INT), DataTypes.DateType, DateScalars::makeDate)
                .givesNull()
                .raises());
        k.add(ScalarKernel.of(
                        "trunc",
                        List.of(DATE, STRING),
                        DataTypes.DateType,
                        (a, s) -> truncDate((LocalDate) a[0], (String) a[1]))
                .givesNull());
        k.add(ScalarKernel.of(
                        "date_trunc",
                        List.of(STRING, TIMESTAMP),
                        DataTypes.TimestampType,
                        (a, s) -> truncTimestamp((String) a[0], (Instant) a[1], s.context.timeZone()))
                .givesNull());
        k.add(ScalarKernel.of(
                        "date_format",
                        List.of(TIMESTAMP, STRING),
                        DataTypes.StringType,
                        (a, s) -> format((Instant) a[0], (String) a[1], s))
                .raises());
        for (String name : List.of("to_date", "try_to_date")) {
            k.add(parser(name, DataTypes.DateType));
        }
        for (String name : List.of("to_timestamp", "try_to_timestamp")) {
            k.add(parser(name, DataTypes.TimestampType));
        }
    }

    private static void kernelsPart1(List<ScalarKernel> k) {
        for (String name : List.of("unix_timestamp", "to_unix_timestamp")) {
            k.add(parser(name, DataTypes.LongType));
        }
        k.add(ScalarKernel.of(
                        "from_unixtime",
                        List.of(ExpectedType.LONG, STRING),
                        DataTypes.StringType,
                        (a, s) -> format(Instant.ofEpochSecond((Long) a[0]), (String) a[1], s))
                .raises());
        k.add(ScalarKernel.of(
                "timestamp_seconds",
                List.of(ExpectedType.NUMERIC),
                DataTypes.TimestampType,
                (a, s) -> Internal.microsToInstant(new java.math.BigDecimal(a[0].toString())
                        .movePointRight(6)
                        .longValue())));
        k.add(ScalarKernel.of(
                "timestamp_millis",
                List.of(ExpectedType.LONG),
                DataTypes.TimestampType,
                (a, s) -> Instant.ofEpochMilli((Long) a[0])));
        k.add(ScalarKernel.of(
                "timestamp_micros",
                List.of(ExpectedType.LONG),
                DataTypes.TimestampType,
                (a, s) -> Internal.microsToInstant((Long) a[0])));
        k.add(ScalarKernel.of(
                "unix_seconds", List.of(TIMESTAMP), DataTypes.LongType, (a, s) -> ((Instant) a[0]).getEpochSecond()));
        k.add(ScalarKernel.of(
                "unix_millis", List.of(TIMESTAMP), DataTypes.LongType, (a, s) -> ((Instant) a[0]).toEpochMilli()));
        k.add(ScalarKernel.of(
                "unix_micros",
                List.of(TIMESTAMP),
                DataTypes.LongType,
                (a, s) -> Internal.instantToMicros((Instant) a[0])));
        k.add(ScalarKernel.of(
                "unix_date", List.of(DATE), DataTypes.IntegerType, (a, s) -> (int) ((LocalDate) a[0]).toEpochDay()));
        k.add(ScalarKernel.of(
                "date_from_unix_date",
                List.of(INT),
                DataTypes.DateType,
                (a, s) -> LocalDate.ofEpochDay((Integer) a[0])));
    }

    private static void kernelsPart2(List<ScalarKernel> k) {
        k.add(ScalarKernel.of(
                "dayname",
                List.of(DATE),
                DataTypes.StringType,
                (a, s) -> ((LocalDate) a[0]).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US)));
        k.add(ScalarKernel.of(
                "monthname",
                List.of(DATE),
                DataTypes.StringType,
                (a, s) -> ((LocalDate) a[0]).getMonth().getDisplayName(TextStyle.SHORT, Locale.US)));
        k.add(ScalarKernel.of(
                "from_utc_timestamp",
                List.of(TIMESTAMP, STRING),
                DataTypes.TimestampType,
                (a, s) -> shiftZone((Instant) a[0], ZoneId.of((String) a[1]), ZoneId.of("UTC"))));
        k.add(ScalarKernel.of(
                "to_utc_timestamp",
                List.of(TIMESTAMP, STRING),
                DataTypes.TimestampType,
                (a, s) -> shiftZone((Instant) a[0], ZoneId.of("UTC"), ZoneId.of((String) a[1]))));
    }

    /** {@code to_date}, {@code to_timestamp}, {@code unix_timestamp} and their try forms: one or two arguments. */
    private static ScalarKernel parser(String name, DataType result) {
        return ScalarKernel.varargs(
                        name,
                        1,
                        t -> t.size() == 1 ? List.of(DATETIME_OR_STRING) : List.of(DATETIME_OR_STRING, STRING),
                        t -> result,
                        (a, s) -> parse(a, result, s))
                .upTo(2)
                .givesNull()
                .raises();
    }

    private static Object parse(Object[] a, DataType result, ScalarKernel.State s) {
        ZoneId zone = s.context.timeZone();
        String name = s.node.name().toLowerCase(Locale.ROOT);
        boolean unix = result.equals(DataTypes.LongType);
        String pattern = a.length > 1 ? (String) a[1] : unix ? DateFormats.DEFAULT_TIMESTAMP : null;
        Long micros;
        if (a[0] instanceof Instant instant) {
            micros = Internal.instantToMicros(instant);
        } else if (a[0] instanceof LocalDate date) {
            micros = SparkDateTime.startOfDay((int) date.toEpochDay(), zone);
        } else if (a[0] instanceof LocalDateTime local) {
            micros = SparkDateTime.micros(local, zone);
        } else {
            micros = parseString((String) a[0], pattern, result, name, s);
            if (micros == null) {
                return null;
            }
        }
        if (unix) {
            return Math.floorDiv(micros, SparkDateTime.MICROS_PER_SECOND);
        }
        if (result.equals(DataTypes.DateType)) {
            return LocalDate.ofEpochDay(SparkDateTime.days(micros, zone));
        }
        return Internal.microsToInstant(micros);
    }

    private static Long parseString(String text, String pattern, DataType result, String name, ScalarKernel.State s) {
        boolean raise = s.context.ansi() && !name.startsWith("try_");
        ZoneId zone = s.context.timeZone();
        if (pattern == null) {
            long micros = result.equals(DataTypes.DateType)
                    ? dateMicros(SparkDateTime.parseDate(text), zone)
                    : SparkDateTime.parseTimestamp(text, zone, false);
            if (micros == SparkDateTime.INVALID && raise) {
                throw Errors.castInvalidInput(text, DataTypes.StringType, result, s.node);
            }
            return micros == SparkDateTime.INVALID ? null : micros;
        }
        try {
            return DateFormats.parseMicros(text, pattern, zone);
        } catch (DateTimeException e) {
            if (raise) {
                throw Errors.cannotParseTimestamp(e.getMessage(), "try_to_timestamp", s.node);
            }
            return null;
        } catch (IllegalArgumentException e) {
            throw Errors.invalidParameter("format", name, e.getMessage(), s.node);
        }
    }

    private static long dateMicros(Integer days, ZoneId zone) {
        return days == null ? SparkDateTime.INVALID : SparkDateTime.startOfDay(days, zone);
    }

    private static String format(Instant instant, String pattern, ScalarKernel.State s) {
        try {
            return DateFormats.formatter(pattern).format(instant.atZone(s.context.timeZone()));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw Errors.invalidParameter("format", s.node.name(), e.getMessage(), s.node);
        }
    }

    /** Spark's {@code months_between}. */
    static double monthsBetween(Instant t1, Instant t2, boolean roundOff, ZoneId zone) {
        LocalDateTime a = LocalDateTime.ofInstant(t1, zone);
        LocalDateTime b = LocalDateTime.ofInstant(t2, zone);
        int monthDiff = (a.getYear() * 12 + a.getMonthValue()) - (b.getYear() * 12 + b.getMonthValue());
        boolean lastA = a.getDayOfMonth() == a.toLocalDate().lengthOfMonth();
        boolean lastB = b.getDayOfMonth() == b.toLocalDate().lengthOfMonth();
        if (a.getDayOfMonth() == b.getDayOfMonth() || (lastA && lastB)) {
            return monthDiff;
        }
        long secondsA = a.toLocalTime().toSecondOfDay();
        long secondsB = b.toLocalTime().toSecondOfDay();
        long secondsDiff = (a.getDayOfMonth() - b.getDayOfMonth()) * 86_400L + secondsA - secondsB;
        double diff = monthDiff + secondsDiff / (31.0 * 86_400);
        return roundOff ? Math.round(diff * 1e8) / 1e8 : diff;
    }

    private static Object nextDay(Object[] a, ScalarKernel.State s) {
        DayOfWeek day = dayOfWeek((String) a[1]);
        if (day == null) {
            if (s.context.ansi()) {
                throw new SqlIllegalArgumentException(
                        "ILLEGAL_DAY_OF_WEEK", "22009", "Illegal input for day of week: " + a[1] + ".", s.node.sql());
            }
            return null;
        }
        return ((LocalDate) a[0]).with(TemporalAdjusters.next(day));
    }

    private static DayOfWeek dayOfWeek(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "SU", "SUN", "SUNDAY" -> DayOfWeek.SUNDAY;
            case "MO", "MON", "MONDAY" -> DayOfWeek.MONDAY;
            case "TU", "TUE", "TUESDAY" -> DayOfWeek.TUESDAY;
            case "WE", "WED", "WEDNESDAY" -> DayOfWeek.WEDNESDAY;
            case "TH", "THU", "THURSDAY" -> DayOfWeek.THURSDAY;
            case "FR", "FRI", "FRIDAY" -> DayOfWeek.FRIDAY;
            case "SA", "SAT", "SATURDAY" -> DayOfWeek.SATURDAY;
            default -> null;
        };
    }

    private static Object makeDate(Object[] a, ScalarKernel.State s) {
        try {
            return LocalDate.of((Integer) a[0], (Integer) a[1], (Integer) a[2]);
        } catch (DateTimeException e) {
            if (s.context.ansi()) {
                throw Errors.datetimeFieldOutOfBounds(e.getMessage(), s.node);
            }
            return null;
        }
    }

    /** Spark's {@code trunc(date, fmt)}: YEAR/YYYY/YY, QUARTER, MONTH/MM/MON, WEEK; null for another unit. */
    static LocalDate truncDate(LocalDate date, String unit) {
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "YEAR", "YYYY", "YY" -> date.withDayOfYear(1);
            case "QUARTER" -> date.with(IsoFields.DAY_OF_QUARTER, 1);
            case "MONTH", "MM", "MON" -> date.withDayOfMonth(1);
            case "WEEK" -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> null;
        };
    }

    /** Spark's {@code date_trunc(fmt, ts)}: the date units and DAY/DD, HOUR, MINUTE, SECOND, MILLISECOND, MICROSECOND. */
    static Instant truncTimestamp(String unit, Instant instant, ZoneId zone) {
        ZonedDateTime time = instant.atZone(zone);
        String u = unit.toUpperCase(Locale.ROOT);
        ChronoUnit small = switch (u) {
            case "DAY", "DD" -> ChronoUnit.DAYS;
            case "HOUR" -> ChronoUnit.HOURS;
            case "MINUTE" -> ChronoUnit.MINUTES;
            case "SECOND" -> ChronoUnit.SECONDS;
            case "MILLISECOND" -> ChronoUnit.MILLIS;
            case "MICROSECOND" -> ChronoUnit.MICROS;
            default -> null;
        };
        if (small != null) {
            return time.truncatedTo(small).toInstant();
        }
        LocalDate date = truncDate(time.toLocalDate(), u);
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    /** Spark's {@code convertTz}: the wall clock of {@code instant} in {@code wall}, read in {@code zone}. */
    private static Instant shiftZone(Instant instant, ZoneId wall, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, wall).atZone(zone).toInstant();
    }
}
