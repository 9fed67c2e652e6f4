package io.rivulet.sql.parser;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;

/**
 * What the session tells the parser: whether {@code CAST} is ANSI (an error on bad input, {@code
 * rivulet.sql.ansi.enabled}) or legacy (null), and the zone in which {@code TIMESTAMP '2024-01-01 10:00'} literals
 * without a zone are read ({@code rivulet.sql.session.timeZone}).
 */
public record ParserOptions(boolean ansi, ZoneId timeZone) {
    /** ANSI casts, timestamps in the JVM's zone: the session's defaults. */
    public static final ParserOptions DEFAULT = new ParserOptions(true, ZoneId.systemDefault());

    public ParserOptions {
        requireNonNull(timeZone, "timeZone is null");
    }
}
