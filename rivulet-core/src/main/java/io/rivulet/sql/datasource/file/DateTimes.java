package io.rivulet.sql.datasource.file;

import io.rivulet.sql.vector.Internal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

/**
 * Dates and timestamps of text formats, as Spark's {@code DateFormatter} and {@code TimestampFormatter} with its
 * default (non-legacy) parser policy:
 *
 * <ul>
 *   <li>a pattern the user gives ({@code dateFormat}, {@code timestampFormat}, {@code timestampNTZFormat}) is
 *       Spark's datetime pattern, applied strictly ({@code y} is the proleptic year);
 *   <li>without one, reading accepts what a cast from a string accepts ({@link #parseDate}, {@link
 *       #parseTimestamp}: {@code 2024-01-31}, {@code 2024-01-31 10:00}, {@code 2024-01-31T10:00:00.123456Z},
 *       {@code 2024-01-31T10:00:00+01:00}, a zone id after a space);
 *   <li>writing uses Spark's defaults: {@value #DEFAULT_DATE}, {@value #DEFAULT_TIMESTAMP} and {@value
 *       #DEFAULT_TIMESTAMP_NTZ} (so milliseconds: microseconds are not written).
 * </ul>
 */
public final class DateTimes {
    public static final String DEFAULT_DATE = "yyyy-MM-dd";
    public static final String DEFAULT_TIMESTAMP = "yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX]";
    public static final String DEFAULT_TIMESTAMP_NTZ = "yyyy-MM-dd'T'HH:mm:ss[.SSS]";

    private DateTimes() {}

    /** A formatter of Spark's pattern {@code pattern}, strict, in {@code Locale.US}, without a zone. */
    public static DateTimeFormatter formatter(String pattern) {
        try {
            return new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(javaPattern(pattern))
                    .parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(Locale.US)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid datetime pattern: " + pattern + " (" + e.getMessage() + ")", e);
        }
    }

    /** Spark's pattern letters to java.time's: {@code y} is the proleptic year {@code u} outside quotes. */
    static String javaPattern(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** Days since the epoch of {@code text} by {@code formatter}; {@link DateTimeException} if it does not parse. */
    public static int parseDate(CharSequence text, DateTimeFormatter formatter) {
        TemporalAccessor parsed = formatter.parse(text);
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            int year = parsed.isSupported(ChronoField.YEAR) ? parsed.get(ChronoField.YEAR) : 1970;
            int month = parsed.isSupported(ChronoField.MONTH_OF_YEAR) ? parsed.get(ChronoField.MONTH_OF_YEAR) : 1;
            date = LocalDate.of(year, month, 1);
        }
        return Internal.localDateToDays(date);
    }

    /** Microseconds since the epoch of {@code text} by {@code formatter}, in {@code zone} when it has no offset. */
    public static long parseTimestamp(CharSequence text, DateTimeFormatter formatter, ZoneId zone) {
        TemporalAccessor parsed = formatter.parse(text);
        LocalDateTime local = localDateTime(parsed);
        ZoneId parsedZone = parsed.query(TemporalQueries.zone());
        ZonedDateTime zoned = local.atZone(parsedZone != null ? parsedZone : zone);
        return Internal.instantToMicros(zoned.toInstant());
    }

    /** Microseconds of the wall clock of {@code text} by {@code formatter} (an offset in it is ignored). */
    public static long parseTimestampNtz(CharSequence text, DateTimeFormatter formatter) {
        return Internal.localDateTimeToMicros(localDateTime(formatter.parse(text)));
    }

    private static LocalDateTime localDateTime(TemporalAccessor parsed) {
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            int year = parsed.isSupported(ChronoField.YEAR) ? parsed.get(ChronoField.YEAR) : 1970;
            int month = parsed.isSupported(ChronoField.MONTH_OF_YEAR) ? parsed.get(ChronoField.MONTH_OF_YEAR) : 1;
            date = LocalDate.of(year, month, 1);
        }
        LocalTime time = parsed.query(TemporalQueries.localTime());
        if (time == null) {
            int hour = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? parsed.get(ChronoField.HOUR_OF_DAY) : 0;
            int minute = parsed.isSupported(ChronoField.MINUTE_OF_HOUR) ? parsed.get(ChronoField.MINUTE_OF_HOUR) : 0;
            time = LocalTime.of(hour, minute);
        }
        return LocalDateTime.of(date, time);
    }

    /** {@code days} as {@code formatter} writes it. */
    public static String formatDate(int days, DateTimeFormatter formatter) {
        return formatter.format(Internal.daysToLocalDate(days));
    }

    /** {@code micros} in {@code zone} as {@code formatter} writes it. */
    public static String formatTimestamp(long micros, DateTimeFormatter formatter, ZoneId zone) {
        Instant instant = Internal.microsToInstant(micros);
        return formatter.format(instant.atZone(zone));
    }

    public static String formatTimestampNtz(long micros, DateTimeFormatter formatter) {
        return formatter.format(Internal.microsToLocalDateTime(micros));
    }

    /**
     * Days of a date as a cast from a string reads it (Spark's {@code stringToDate}): {@code yyyy}, {@code yyyy-[m]m},
     * {@code yyyy-[m]m-[d]d}, optionally followed by a space or {@code T} and anything; surrounding whitespace is
     * ignored. Throws {@link DateTimeException} otherwise.
     */
    public static int parseDate(CharSequence text) {
        Cursor c = new Cursor(text);
        c.skipSpaces();
        int[] ymd = c.datePart();
        if (!c.atEnd() && c.peek() != ' ' && c.peek() != 'T') {
            throw c.fail();
        }
        return Internal.localDateToDays(LocalDate.of(ymd[0], ymd[1], ymd[2]));
    }

    /**
     * Microseconds of a timestamp as a cast from a string reads it (Spark's {@code stringToTimestamp}): a date as
     * {@link #parseDate(CharSequence)}, optionally {@code T} or a space and {@code [h]h:[m]m[:[s]s[.fraction]]}, then
     * optionally a zone ({@code Z}, {@code +01:00}, {@code +0100}, {@code +01}, {@code UTC}, a region id, possibly
     * after a space); without one, {@code zone}. Throws {@link DateTimeException} otherwise.
     */
    public static long parseTimestamp(CharSequence text, ZoneId zone) {
        Cursor c = new Cursor(text);
        LocalDateTime local = c.dateTime();
        ZoneId parsedZone = c.zone();
        return Internal.instantToMicros(
                local.atZone(parsedZone != null ? parsedZone : zone).toInstant());
    }

    /** The wall clock of a timestamp without a zone, as {@link #parseTimestamp(CharSequence, ZoneId)} reads it. */
    public static long parseTimestampNtz(CharSequence text) {
        Cursor c = new Cursor(text);
        LocalDateTime local = c.dateTime();
        c.zone(); // ignored, as Spark's cast to timestamp_ntz does
        return Internal.localDateTimeToMicros(local);
    }

    /** Whether {@code text} is a timestamp with a time part (not only a date), for inference. */
    public static boolean hasTimePart(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    /** A hand-rolled scanner of the few forms casts accept: fast, and exact about what it refuses. */
    private static final class Cursor {
        private final CharSequence text;
        private int pos;
        private int end;

        Cursor(CharSequence text) {
            this.text = text;
            this.end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }

        boolean atEnd() {
            return pos >= end;
        }

        char peek() {
            return text.charAt(pos);
        }

        void skipSpaces() {
            while (pos < end && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        DateTimeException fail() {
            return new DateTimeException("Cannot parse '" + text + "' as a date or timestamp");
        }

        int digits(int min, int max) {
            int start = pos;
            int value = 0;
            while (pos < end && pos - start < max && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                value = value * 10 + (text.charAt(pos++) - '0');
            }
            if (pos - start < min) {
                throw fail();
            }
            return value;
        }

        boolean accept(char c) {
            if (pos < end && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        int[] datePart() {
            int sign = accept('-') ? -1 : (accept('+') ? 1 : 1);
            int year = sign * digits(4, 7);
            int month = 1;
            int day = 1;
            if (accept('-')) {
                month = digits(1, 2);
                if (accept('-')) {
                    day = digits(1, 2);
                }
            }
            return new int[] {year, month, day};
        }

        LocalDateTime dateTime() {
            skipSpaces();
            int[] ymd = datePart();
            LocalDate date;
            try {
                date = LocalDate.of(ymd[0], ymd[1], ymd[2]);
            } catch (DateTimeException e) {
                throw fail();
            }
            if (atEnd()) {
                return date.atStartOfDay();
            }
            int save = pos;
            if (!accept('T') && !accept(' ')) {
                throw fail();
            }
            if (atEnd() || !Character.isDigit(peek())) {
                pos = save; // a date followed by a zone: 2024-01-31 UTC
                return date.atStartOfDay();
            }
            return LocalDateTime.of(date, time());
        }

        LocalTime time() {
            int hour = digits(1, 2);
            if (!accept(':')) {
                throw fail();
            }
            int minute = digits(1, 2);
            int second = 0;
            int nanos = 0;
            if (accept(':')) {
                second = digits(1, 2);
                if (accept('.')) {
                    int start = pos;
                    int fraction = digits(1, 9);
                    for (int n = pos - start; n < 9; n++) {
                        fraction *= 10;
                    }
                    nanos = fraction;
                }
            }
            try {
                return LocalTime.of(hour, minute, second, nanos);
            } catch (DateTimeException e) {
                throw fail();
            }
        }

        ZoneId zone() {
            if (atEnd()) {
                return null;
            }
            skipSpaces();
            String rest = text.subSequence(pos, end).toString();
            pos = end;
            if (rest.equals("Z") || rest.equals("z")) {
                return ZoneOffset.UTC;
            }
            try {
                if (rest.charAt(0) == '+' || rest.charAt(0) == '-') {
                    return offset(rest);
                }
                return ZoneId.of(rest, ZoneId.SHORT_IDS);
            } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
                throw fail();
            }
        }

        private static ZoneOffset offset(String text) {
            String digits = text.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.substring(0, Math.min(2, digits.length())));
            int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2, Math.min(4, digits.length()))) : 0;
            int sign = text.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
    }
}
