package io.rivulet.sql.datasource.file;

import java.util.Locale;

/** What a reader does with a malformed record, as Spark's {@code ParseMode} ({@code mode} option). */
public enum ParseMode {
    /** Keep the record: the fields that could be read, nulls for the rest, the text in the corrupt record column. */
    PERMISSIVE,
    /** Drop the record. */
    DROPMALFORMED,
    /** Fail the read with an error naming the file and line. */
    FAILFAST;

    /** The mode {@code name} names, in any case; an unknown name is PERMISSIVE, as Spark's (which logs a warning). */
    public static ParseMode of(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "DROPMALFORMED" -> DROPMALFORMED;
            case "FAILFAST" -> FAILFAST;
            default -> PERMISSIVE;
        };
    }
}
