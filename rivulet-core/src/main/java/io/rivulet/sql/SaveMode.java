package io.rivulet.sql;

import java.util.Locale;

/** What a write does when its output exists already, as Spark's {@code SaveMode}. */
public enum SaveMode {
    /** Fail, touching nothing (the default). */
    ERROR_IF_EXISTS,
    /** Replace it, when the job commits: a failed job leaves the old output as it was. */
    OVERWRITE,
    /** Add to it. */
    APPEND,
    /** Do nothing. */
    IGNORE;

    /** The mode {@code mode(..)} names: {@code overwrite}, {@code append}, {@code ignore}, {@code error}, {@code errorifexists}. */
    public static SaveMode fromName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "overwrite" -> OVERWRITE;
            case "append" -> APPEND;
            case "ignore" -> IGNORE;
            case "error", "errorifexists", "default" -> ERROR_IF_EXISTS;
            default ->
                throw new IllegalArgumentException(
                        "Unknown save mode: " + name
                                + ". Accepted save modes are 'overwrite', 'append', 'ignore', 'error', 'errorifexists', 'default'.");
        };
    }
}
