package io.rivulet.sql.datasource.file;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * How a text format reads and writes the values that have no single text form: dates and timestamps (the
 * patterns of {@code dateFormat}, {@code timestampFormat}, {@code timestampNTZFormat}, or Spark's defaults), the
 * session's time zone, and the strings of a double's NaN and infinities ({@code nanValue}, {@code positiveInf},
 * {@code negativeInf}). Made on the task's thread from the serializable {@link Options}.
 *
 * @param date the user's date pattern, or empty for the lenient default
 * @param timestamp the user's timestamp pattern, or empty for the lenient default
 * @param timestampNtz the user's pattern of timestamps without a zone, or empty
 */
public record TextFormats(
        Optional<DateTimeFormatter> date,
        Optional<DateTimeFormatter> timestamp,
        Optional<DateTimeFormatter> timestampNtz,
        ZoneId zone,
        String nanValue,
        String positiveInf,
        String negativeInf) {
    public TextFormats {
        requireNonNull(zone, "zone is null");
    }

    /** The formats of reading with {@code options} in {@code zone}; Spark's defaults for the infinities. */
    public static TextFormats forReading(Options options, ZoneId zone) {
        return new TextFormats(
                options.get("dateFormat").map(DateTimes::formatter),
                options.get("timestampFormat").map(DateTimes::formatter),
                options.get("timestampNTZFormat").map(DateTimes::formatter),
                options.get("timeZone").map(ZoneId::of).orElse(zone),
                options.get("nanValue", "NaN"),
                options.get("positiveInf", "Inf"),
                options.get("negativeInf", "-Inf"));
    }

    /** The formatters of writing: the user's patterns or Spark's defaults. */
    public static Writing forWriting(Options options, ZoneId zone) {
        return new Writing(
                DateTimes.formatter(options.get("dateFormat", DateTimes.DEFAULT_DATE)),
                DateTimes.formatter(options.get("timestampFormat", DateTimes.DEFAULT_TIMESTAMP)),
                DateTimes.formatter(options.get("timestampNTZFormat", DateTimes.DEFAULT_TIMESTAMP_NTZ)),
                options.get("timeZone").map(ZoneId::of).orElse(zone));
    }

    /** The formatters a writer uses. */
    public record Writing(
            DateTimeFormatter date, DateTimeFormatter timestamp, DateTimeFormatter timestampNtz, ZoneId zone) {}
}
