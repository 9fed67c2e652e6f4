package io.rivulet.sql.expr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spark's datetime patterns ({@code yyyy-MM-dd HH:mm:ss}, {@code dd/MM/yyyy}, ...) as {@code java.time} formatters,
 * built once per pattern: the letters are {@code DateTimeFormatter}'s, with {@code y} read as the proleptic year
 * ({@code u}) as Spark does, case-insensitive parsing, US locale. Parsing fills missing fields as Spark: year 1970,
 * month and day 1, time 00:00:00; a zone in the text wins over the session's.
 */
final class DateFormats {
    static final String DEFAULT_TIMESTAMP = "yyyy-MM-dd HH:mm:ss";
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private DateFormats() {}

    /** The formatter of a Spark pattern; {@code IllegalArgumentException} for an invalid one. */
    static DateTimeFormatter formatter(String pattern) {
        return FORMATTERS.computeIfAbsent(
                pattern,
                p -> new DateTimeFormatterBuilder()
                        .parseCaseInsensitive()
                        .appendPattern(convert(p))
                        .toFormatter(Locale.US)
                        .withResolverStyle(ResolverStyle.STRICT));
    }

    /** {@code y} to {@code u} outside quotes, so that years need no era under the strict resolver. */
    static String convert(String pattern) {
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

    /** The local date-time the text gives (missing fields filled as Spark), and the zone it names, if any. */
    record Parsed(LocalDateTime local, ZoneId zone) {}

    static Parsed parse(String text, String pattern) {
        TemporalAccessor t = formatter(pattern).parse(text);
        int year = t.isSupported(ChronoField.YEAR) ? t.get(ChronoField.YEAR) : 1970;
        int month = t.isSupported(ChronoField.MONTH_OF_YEAR) ? t.get(ChronoField.MONTH_OF_YEAR) : 1;
        int day = t.isSupported(ChronoField.DAY_OF_MONTH) ? t.get(ChronoField.DAY_OF_MONTH) : 1;
        LocalDate date = t.query(TemporalQueries.localDate());
        if (date == null) {
            if (t.isSupported(ChronoField.DAY_OF_YEAR)) {
                date = LocalDate.ofYearDay(year, t.get(ChronoField.DAY_OF_YEAR));
            } else {
                date = LocalDate.of(year, month, day);
            }
        }
        LocalTime time = t.query(TemporalQueries.localTime());
        if (time == null) {
            int hour = 0;
            if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
                hour = t.get(ChronoField.HOUR_OF_DAY);
            } else if (t.isSupported(ChronoField.HOUR_OF_AMPM)) {
                hour = t.get(ChronoField.HOUR_OF_AMPM)
                        + (t.isSupported(ChronoField.AMPM_OF_DAY) ? 12 * t.get(ChronoField.AMPM_OF_DAY) : 0);
            } else if (t.isSupported(ChronoField.CLOCK_HOUR_OF_AMPM)) {
                hour = t.get(ChronoField.CLOCK_HOUR_OF_AMPM) % 12
                        + (t.isSupported(ChronoField.AMPM_OF_DAY) ? 12 * t.get(ChronoField.AMPM_OF_DAY) : 0);
            }
            int minute = t.isSupported(ChronoField.MINUTE_OF_HOUR) ? t.get(ChronoField.MINUTE_OF_HOUR) : 0;
            int second = t.isSupported(ChronoField.SECOND_OF_MINUTE) ? t.get(ChronoField.SECOND_OF_MINUTE) : 0;
            int nano = t.isSupported(ChronoField.NANO_OF_SECOND) ? t.get(ChronoField.NANO_OF_SECOND) : 0;
            time = LocalTime.of(hour, minute, second, nano);
        }
        return new Parsed(LocalDateTime.of(date, time), t.query(TemporalQueries.zone()));
    }

    /** The microseconds of {@code text} parsed with {@code pattern} in {@code zone} (unless it names one). */
    static long parseMicros(String text, String pattern, ZoneId zone) {
        Parsed parsed = parse(text, pattern);
        return SparkDateTime.micros(parsed.local(), parsed.zone() != null ? parsed.zone() : zone);
    }

    /** Whether a parse failure (rather than a bad pattern) is the reason. */
    static boolean isParseFailure(RuntimeException e) {
        return e instanceof DateTimeException;
    }
}
