package io.rivulet.sql.datasource.text;

import io.rivulet.sql.datasource.file.FileFormat;
import io.rivulet.sql.datasource.file.FileSplit;
import io.rivulet.sql.datasource.file.LineSource;
import io.rivulet.sql.datasource.file.SplitInput;
import io.rivulet.sql.datasource.file.SplitReader;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.VectorBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines (or the whole text) of one split as batches of the {@code value} column, or of no column. */
final class TextSplitReader implements SplitReader {
    private final FileSplit split;
    private final FileFormat.ReadContext context;
    private final boolean wholeText;
    private final boolean readValue;
    private InputStream in;
    private LineSource lines;
    private boolean done;

    TextSplitReader(FileSplit split, FileFormat.ReadContext context) {
        this.split = split;
        this.context = context;
        this.wholeText = context.options().getBoolean("wholetext", false);
        this.readValue = context.required().length() > 0;
    }

    @Override
    public ColumnBatch next() {
        if (done) {
            return null;
        }
        try {
            if (in == null) {
                in = SplitInput.open(split, context.options().charset());
                byte[] separator = context.options()
                        .get("lineSep")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8))
                        .orElse(null);
                lines = new LineSource(in, separator);
            }
            return wholeText ? wholeFile() : batchOfLines();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
        }
    }

    private ColumnBatch wholeFile() throws IOException {
        done = true;
        byte[] bytes = in.readAllBytes();
        if (!readValue) {
            return new ColumnBatch(1, List.of());
        }
        BytesVector.Builder builder = (BytesVector.Builder)
                VectorBuilder.forType(context.required().field(0).dataType(), 1);
        builder.append(bytes);
        return new ColumnBatch(1, List.of(builder.build()));
    }

    private ColumnBatch batchOfLines() throws IOException {
        BytesVector.Builder builder = readValue
                ? (BytesVector.Builder)
                        VectorBuilder.forType(context.required().field(0).dataType(), ColumnBatch.DEFAULT_ROWS)
                : null;
        int rows = 0;
        while (rows < ColumnBatch.DEFAULT_ROWS && lines.next()) {
            if (builder != null) {
                builder.append(lines.buffer(), lines.start(), lines.length());
            }
            rows++;
        }
        if (rows < ColumnBatch.DEFAULT_ROWS) {
            done = true;
        }
        if (rows == 0) {
            return null;
        }
        return builder == null ? new ColumnBatch(rows, List.of()) : new ColumnBatch(rows, List.of(builder.build()));
    }

    @Override
    public void close() {
        done = true;
        InputStream open = in;
        in = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + split.file().path(), e);
            }
        }
    }
}
