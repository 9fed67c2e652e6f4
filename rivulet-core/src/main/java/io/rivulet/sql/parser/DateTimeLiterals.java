package io.rivulet.sql.parser;

import io.rivulet.sql.vector.Internal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of {@code DATE '...'} and {@code TIMESTAMP '...'} literals, read as leniently as Spark's {@code
 * stringToDate} and {@code stringToTimestamp}: {@code 2024}, {@code 2024-1}, {@code 2024-01-01}, anything after
 * a date's {@code T} or space ignored; timestamps {@code 2024-01-01[ |T]10:00[:00[.123456]]} followed by an
 * optional zone ({@code Z}, {@code +08:00}, {@code UTC}, {@code America/Los_Angeles}), read in the session's zone
 * when there is none. {@code epoch}, {@code today}, {@code yesterday}, {@code tomorrow} (and {@code now} for
 * timestamps) are Spark's special values.
 */
final class DateTimeLiterals {
    private static final Pattern DATE = Pattern.compile("([+-]?\\d{4,7})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[ T].*)?");
    private static final Pattern TIMESTAMP = Pattern.compile("([+-]?\\d{4,7})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?"
            + "(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{0,9}))?)?)?\\s*(.*)");

    private DateTimeLiterals() {}

    static Optional<LocalDate> date(String text, ZoneId zone) {
        String trimmed = text.trim();
        Optional<LocalDate> special = specialDate(trimmed, zone);
        if (special.isPresent()) {
            return special;
        }
        Matcher m = DATE.matcher(trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        return localDate(m);
    }

    /** Microseconds since the epoch of a timestamp (with local time zone) literal. */
    static Optional<Long> timestamp(String text, ZoneId sessionZone) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("now")) {
            return Optional.of(Internal.instantToMicros(java.time.Instant.now()));
        }
        Optional<LocalDate> special = specialDate(trimmed, sessionZone);
        if (special.isPresent()) {
            return Optional.of(Internal.instantToMicros(
                    special.get().atStartOfDay(sessionZone).toInstant()));
        }
        Matcher m = TIMESTAMP.matcher(trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalDateTime> local = localDateTime(m);
        Optional<ZoneId> zone = zone(m.group(8), sessionZone);
        if (local.isEmpty() || zone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                Internal.instantToMicros(local.get().atZone(zone.get()).toInstant()));
    }

    /** Microseconds of the wall clock since 1970-01-01T00:00 of a timestamp_ntz literal (a zone is ignored). */
    static Optional<Long> timestampNtz(String text, ZoneId sessionZone) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("now")) {
            return Optional.of(Internal.localDateTimeToMicros(LocalDateTime.now(sessionZone)));
        }
        Optional<LocalDate> special = specialDate(trimmed, sessionZone);
        if (special.isPresent()) {
            return Optional.of(Internal.localDateTimeToMicros(special.get().atStartOfDay()));
        }
        Matcher m = TIMESTAMP.matcher(trimmed);
        if (!m.matches() || zone(m.group(8), sessionZone).isEmpty()) {
            return Optional.empty();
        }
        return localDateTime(m).map(Internal::localDateTimeToMicros);
    }

    private static Optional<LocalDate> specialDate(String text, ZoneId zone) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "epoch":
                return Optional.of(LocalDate.EPOCH);
            case "today":
                return Optional.of(LocalDate.now(zone));
            case "yesterday":
                return Optional.of(LocalDate.now(zone).minusDays(1));
            case "tomorrow":
                return Optional.of(LocalDate.now(zone).plusDays(1));
            default:
                return Optional.empty();
        }
    }

    private static Optional<LocalDate> localDate(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> localDateTime(Matcher m) {
        Optional<LocalDate> date = localDate(m);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        try {
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            String fraction = m.group(7) == null ? "" : m.group(7);
            int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
            return Optional.of(date.get().atTime(hour, minute, second, nanos / 1000 * 1000));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(String text, ZoneId sessionZone) {
        String zone = text.trim();
        if (zone.isEmpty()) {
            return Optional.of(sessionZone);
        }
        if (zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC")) {
            return Optional.of(ZoneOffset.UTC);
        }
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
