package io.rivulet.sql.expr;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Spark's string forms of dates and timestamps ({@code DateTimeUtils.stringToDate} / {@code stringToTimestamp}) and
 * the conversions between days, microseconds and the session zone.
 *
 * <p>Dates: {@code [+-]yyyy[-[m]m[-[d]d]]}, then optionally a space or {@code T} and anything. Timestamps: the
 * date, then optionally {@code ( |T)[h]h[:[m]m[:[s]s[.fraction]]]} and a zone ({@code Z}, {@code +hh:mm}, {@code
 * UTC+1}, {@code America/Los_Angeles}, after an optional space). Leading and trailing whitespace is ignored; years
 * have 4 to 7 digits, fractions at most 9 (below microseconds dropped). Anything else is not a date or timestamp.
 */
final class SparkDateTime {
    static final long MICROS_PER_SECOND = 1_000_000L;
    static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

    /** What {@link #parseTimestamp} returns for a malformed string (never a valid timestamp: out of range). */
    static final long INVALID = Long.MIN_VALUE;

    private SparkDateTime() {}

    /** The days since the epoch of a date string, or null when malformed. */
    static Integer parseDate(String text) {
        Cursor c = new Cursor(text.strip());
        LocalDate date = c.date();
        if (date == null || (!c.atEnd() && c.peek() != ' ' && c.peek() != 'T')) {
            return null;
        }
        return Math.toIntExact(date.toEpochDay());
    }

    /** The microseconds of a timestamp string in {@code zone} (unless it names its own), or {@link #INVALID}. */
    static long parseTimestamp(String text, ZoneId zone, boolean ntz) {
        Cursor c = new Cursor(text.strip());
        LocalDate date = c.date();
        if (date == null) {
            return INVALID;
        }
        LocalDateTime local = date.atStartOfDay();
        ZoneId own = null;
        if (!c.atEnd()) {
            char sep = c.next();
            if (sep != ' ' && sep != 'T') {
                return INVALID;
            }
            long micros = c.time();
            if (micros < 0) {
                return INVALID;
            }
            local = local.plusNanos(micros * 1000);
            if (!c.atEnd()) {
                own = c.zone();
                if (own == null) {
                    return INVALID;
                }
            }
        }
        try {
            if (ntz) {
                return Math.addExact(
                        Math.multiplyExact(local.toEpochSecond(ZoneOffset.UTC), MICROS_PER_SECOND),
                        local.getNano() / 1000);
            }
            Instant instant = local.atZone(own != null ? own : zone).toInstant();
            return Math.addExact(
                    Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1000);
        } catch (ArithmeticException | DateTimeException e) {
            return INVALID;
        }
    }

    /** The local date-time of a timestamp in {@code zone}. */
    static LocalDateTime localDateTime(long micros, ZoneId zone) {
        long seconds = Math.floorDiv(micros, MICROS_PER_SECOND);
        int nanos = (int) Math.floorMod(micros, MICROS_PER_SECOND) * 1000;
        ZoneRules rules = zone.getRules();
        ZoneOffset offset = rules.isFixedOffset()
                ? rules.getOffset(Instant.EPOCH)
                : rules.getOffset(Instant.ofEpochSecond(seconds, nanos));
        return LocalDateTime.ofEpochSecond(seconds, nanos, offset);
    }

    /** The microseconds of a local date-time in {@code zone} (a gap moves forward, an overlap takes the earlier). */
    static long micros(LocalDateTime local, ZoneId zone) {
        Instant instant = local.atZone(zone).toInstant();
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1000);
    }

    /** The date of a timestamp in {@code zone}, as days. */
    static int days(long micros, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            long offset = rules.getOffset(Instant.EPOCH).getTotalSeconds() * MICROS_PER_SECOND;
            return (int) Math.floorDiv(micros + offset, MICROS_PER_DAY);
        }
        return (int) localDateTime(micros, zone).toLocalDate().toEpochDay();
    }

    /** The start of a day in {@code zone}, as microseconds. */
    static long startOfDay(int days, ZoneId zone) {
        return micros(LocalDate.ofEpochDay(days).atStartOfDay(), zone);
    }

    /** Walks a date-time string. */
    private static final class Cursor {
        private final String s;
        private int i;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        char peek() {
            return s.charAt(i);
        }

        char next() {
            return s.charAt(i++);
        }

        /** Up to {@code max} digits (at least {@code min}), or -1. */
        long digits(int min, int max) {
            int start = i;
            long value = 0;
            while (i < s.length() && i - start < max && Character.isDigit(s.charAt(i))) {
                value = value * 10 + (s.charAt(i++) - '0');
            }
            return i - start < min ? -1 : value;
        }

        LocalDate date() {
            boolean negative = false;
            if (!atEnd() && (peek() == '-' || peek() == '+')) {
                negative = next() == '-';
            }
            long year = digits(4, 7);
            if (year < 0 || (!atEnd() && Character.isDigit(peek()))) {
                return null;
            }
            long month = 1;
            long day = 1;
            if (!atEnd() && peek() == '-') {
                i++;
                month = digits(1, 2);
                if (month < 0) {
                    return null;
                }
                if (!atEnd() && peek() == '-') {
                    i++;
                    day = digits(1, 2);
                    if (day < 0) {
                        return null;
                    }
                }
            }
            try {
                return LocalDate.of((int) (negative ? -year : year), (int) month, (int) day);
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** {@code [h]h[:[m]m[:[s]s[.fraction]]]} as microseconds of the day, or -1. */
        long time() {
            long hour = digits(1, 2);
            long minute = 0;
            long second = 0;
            long micros = 0;
            if (hour < 0) {
                return -1;
            }
            if (!atEnd() && peek() == ':') {
                i++;
                minute = digits(1, 2);
                if (minute < 0) {
                    return -1;
                }
                if (!atEnd() && peek() == ':') {
                    i++;
                    second = digits(1, 2);
                    if (second < 0) {
                        return -1;
                    }
                    if (!atEnd() && peek() == '.') {
                        i++;
                        int start = i;
                        long fraction = digits(0, 9);
                        int count = i - start;
                        for (int k = count; k < 6; k++) {
                            fraction *= 10;
                        }
                        for (int k = count; k > 6; k--) {
                            fraction /= 10;
                        }
                        micros = fraction;
                    }
                }
            }
            if (hour > 23 || minute > 59 || second > 59) {
                return -1;
            }
            return ((hour * 60 + minute) * 60 + second) * MICROS_PER_SECOND + micros;
        }

        ZoneId zone() {
            String rest = s.substring(i).strip();
            if (rest.isEmpty()) {
                return null;
            }
            try {
                if (rest.equals("Z") || rest.equalsIgnoreCase("UTC") || rest.equalsIgnoreCase("GMT")) {
                    return ZoneOffset.UTC;
                }
                if (rest.charAt(0) == '+' || rest.charAt(0) == '-') {
                    return ZoneOffset.of(normalizeOffset(rest));
                }
                return ZoneId.of(rest, ZoneId.SHORT_IDS);
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** {@code +h}, {@code +h:mm}, {@code +hhmm} to the {@code +hh:mm} that {@code ZoneOffset.of} takes. */
        private static String normalizeOffset(String offset) {
            String body = offset.substring(1);
            String sign = offset.substring(0, 1);
            if (body.matches("\\d")) {
                return sign + "0" + body;
            } else if (body.matches("\\d:\\d\\d")) {
                return sign + "0" + body;
            }
            return offset;
        }
    }
}
