package io.rivulet.sql.datasource.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The error of a malformed record in FAILFAST mode, naming the file and the line, as Spark's with more context. */
public final class Malformed {
    private Malformed() {}

    public static IllegalArgumentException failFast(
            String format, FileSplit split, long lineInSplit, String record, Throwable cause) {
        String where = split.file().uri() + (lineInSplit > 0 ? ", line " + lineInFile(split, lineInSplit) : "");
        String shown = record.length() > 200 ? record.substring(0, 200) + "..." : record;
        return new IllegalArgumentException(
                "[MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are"
                        + " detected in record parsing of " + format + " file " + where + ": " + shown
                        + ". Parse Mode: FAILFAST. To process malformed records as null result, try setting the option"
                        + " 'mode' as 'PERMISSIVE'."
                        + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
                cause);
    }

    /** The line's number in its file: a split that does not start the file counts the lines before it. */
    public static long lineInFile(FileSplit split, long lineInSplit) {
        if (split.start() == 0 || split.whole()) {
            return lineInSplit;
        }
        long newlines = 0;
        try (InputStream in = Files.newInputStream(Path.of(split.file().path()))) {
            byte[] buffer = new byte[64 * 1024];
            long remaining = split.start();
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    newlines += buffer[i] == '\n' ? 1 : 0;
                }
                remaining -= n;
            }
        } catch (IOException e) {
            return lineInSplit;
        }
        return newlines + 1 + lineInSplit;
    }
}
