package io.rivulet.sql.datasource.csv;

import io.rivulet.sql.datasource.file.FileSplit;
import io.rivulet.sql.datasource.file.LineSource;
import io.rivulet.sql.datasource.file.SplitInput;
import io.rivulet.sql.vector.ColumnBatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The records of a split counted without parsing them, for a scan that reads no column and applies no filter in
 * PERMISSIVE mode without {@code multiLine} (as Spark's since 2.4): each line is a record, except empty lines,
 * comment lines and the header, which FastCSV and the reader would skip too. Batches without columns.
 */
final class CsvLineCounter implements AutoCloseable {
    private final InputStream in;
    private final LineSource lines;
    private final char comment;
    private boolean skipHeader;
    private boolean done;

    CsvLineCounter(FileSplit split, CsvOptions options, boolean skipHeader) throws IOException {
        this.in = SplitInput.open(split, options.options.charset());
        byte[] separator =
                options.lineSep == '\n' ? null : String.valueOf(options.lineSep).getBytes(StandardCharsets.UTF_8);
        this.lines = new LineSource(in, separator);
        this.comment = options.comment;
        this.skipHeader = skipHeader;
    }

    /** A batch of up to {@link ColumnBatch#DEFAULT_ROWS} rows without columns, or null at the end. */
    ColumnBatch next() throws IOException {
        int rows = 0;
        while (!done && rows < ColumnBatch.DEFAULT_ROWS) {
            if (!lines.next()) {
                done = true;
            } else if (isRecord()) {
                if (skipHeader) {
                    skipHeader = false;
                } else {
                    rows++;
                }
            }
        }
        return rows == 0 ? null : new ColumnBatch(rows, List.of());
    }

    private boolean isRecord() {
        int length = lines.length();
        byte[] buffer = lines.buffer();
        int start = lines.start();
        if (length > 0 && buffer[start + length - 1] == '\r') {
            length--;
        }
        return length > 0 && !(comment != '\u0000' && buffer[start] == comment);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
