package io.rivulet.sql.datasource.json;

import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.datasource.file.FormatWriter;
import io.rivulet.sql.datasource.file.Options;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of column batches as JSON strings, one row a string, for {@code DataFrame.toJSON()}: the JSON writer's
 * own output with its defaults (so {@code toJSON} and {@code write().json} agree on every type), cut at its line
 * separator. A JSON string escapes line feeds, so a cut never falls inside a value.
 */
public final class JsonLines implements Serializable {
    private static final long serialVersionUID = 1L;

    private final FormatWriter.Factory writers;

    public JsonLines(StructType schema, ZoneId zone) {
        this.writers = new JsonWriterFactory(schema, new Options(Map.of()), zone);
    }

    /** One-column rows ({@code value}) of the JSON of each row of {@code batches}, a batch converted at a time. */
    public Iterator<Row> rows(Iterator<ColumnBatch> batches) {
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && batches.hasNext()) {
                    current = convert(batches.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private List<Row> convert(ColumnBatch batch) {
        int count = batch.numRows();
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
            positions[i] = i;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (FormatWriter writer = writers.open(buffer)) {
            writer.write(batch, positions, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>(count);
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            rows.add(RowFactory.create(text.substring(start, end)));
            start = end + 1;
        }
        return rows;
    }
}
