package io.rivulet.sql.datasource.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.rivulet.sql.datasource.file.BatchRepair;
import io.rivulet.sql.datasource.file.FileFormat;
import io.rivulet.sql.datasource.file.FileSplit;
import io.rivulet.sql.datasource.file.LineSource;
import io.rivulet.sql.datasource.file.Malformed;
import io.rivulet.sql.datasource.file.ParseMode;
import io.rivulet.sql.datasource.file.SplitInput;
import io.rivulet.sql.datasource.file.SplitReader;
import io.rivulet.sql.datasource.file.TextFormats;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON records of one split into batches of the required columns. JSON Lines: each non-blank line is
 * an object (a record) or an array of objects (a record each), parsed from the line's bytes by Jackson's streaming
 * parser; with {@code multiLine} the whole file is one such value (or several). Fields the scan does not need are
 * skipped with {@code skipChildren()} unparsed; a field given twice keeps its first value. A malformed line is
 * handled as the mode says ({@link BatchRepair}): a row of nulls with the line in the corrupt record column, no
 * row, or an error naming the file and line.
 */
final class JsonSplitReader implements SplitReader {
    private final FileSplit split;
    private final JsonOptions options;
    private final JsonFactory factory;
    private final JsonValues values;
    private final DataType[] types;
    private final VectorBuilder[] builders;
    private final Map<String, Integer> fieldIndex = new HashMap<>();
    private final int corruptIndex;
    private final int[] seen;
    private int stamp;
    private InputStream in;
    private LineSource lines;
    private JsonParser document;
    private boolean done;
    private int rows;
    private boolean inRecord;
    private final boolean countOnly;

    JsonSplitReader(FileSplit split, FileFormat.ReadContext context) {
        this.split = split;
        this.options = new JsonOptions(context.options());
        this.factory = options.factory();
        this.values = new JsonValues(TextFormats.forReading(context.options(), context.zone()), factory);
        StructType required = context.required();
        this.types = new DataType[required.length()];
        this.builders = new VectorBuilder[required.length()];
        int corrupt = -1;
        for (int i = 0; i < types.length; i++) {
            types[i] = required.field(i).dataType();
            builders[i] = VectorBuilder.forType(types[i], ColumnBatch.DEFAULT_ROWS);
            if (required.field(i).name().equals(options.corruptColumn)) {
                corrupt = i;
            } else {
                fieldIndex.putIfAbsent(required.field(i).name(), i);
            }
        }
        this.corruptIndex = corrupt;
        this.seen = new int[types.length];
        // As Spark since 2.4 (SPARK-24959): a count reads no column, so a line needs no parsing to be a row.
        this.countOnly = types.length == 0 && options.mode == ParseMode.PERMISSIVE && !options.multiLine;
    }

    @Override
    public ColumnBatch next() {
        if (done) {
            return null;
        }
        try {
            if (in == null) {
                open();
            }
            return readBatch();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
        }
    }

    private void open() throws IOException {
        in = SplitInput.open(split, options.options.charset());
        if (options.multiLine) {
            document = factory.createParser(in);
        } else {
            lines = new LineSource(in, options.lineSep);
        }
    }

    private ColumnBatch readBatch() throws IOException {
        rows = 0;
        BatchRepair repair = new BatchRepair();
        while (rows < ColumnBatch.DEFAULT_ROWS) {
            if (options.multiLine) {
                if (!readDocumentValue(repair)) {
                    done = true;
                    break;
                }
            } else if (lines.next()) {
                if (lines.isBlank()) {
                    continue;
                }
                if (countOnly) {
                    rows++; // no column is read: in PERMISSIVE mode every record is a row, parsed or not
                } else {
                    readLine(repair);
                }
            } else {
                done = true;
                break;
            }
        }
        if (rows == 0) {
            done = true;
            return null;
        }
        List<ColumnVector> columns = new ArrayList<>(builders.length);
        for (VectorBuilder builder : builders) {
            columns.add(builder.build());
        }
        ColumnBatch batch = repair.apply(new ColumnBatch(rows, columns), corruptIndex);
        return batch.numRows() == 0 && !done ? readBatch() : (batch.numRows() == 0 ? null : batch);
    }

    private void readLine(BatchRepair repair) {
        int firstRow = rows;
        try (JsonParser parser = factory.createParser(lines.buffer(), lines.start(), lines.length())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                readRoot(parser, token);
            }
        } catch (IOException | RuntimeException e) {
            malformed(repair, firstRow, lines.lineNumber(), lines.text(), e);
        }
    }

    private boolean readDocumentValue(BatchRepair repair) throws IOException {
        int firstRow = rows;
        try {
            JsonToken token = document.nextToken();
            if (token == null) {
                return false;
            }
            readRoot(document, token);
            return true;
        } catch (IOException | RuntimeException e) {
            long line = document.currentLocation().getLineNr();
            malformed(
                    repair,
                    firstRow,
                    line,
                    Files.readString(Path.of(split.file().path()), StandardCharsets.UTF_8),
                    e);
            return false; // the rest of a broken document cannot be read
        }
    }

    private void readRoot(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            readRecord(parser);
        } else if (token == JsonToken.START_ARRAY) {
            JsonToken element;
            while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (element != JsonToken.START_OBJECT) {
                    throw new IOException("an array of records holds a " + element);
                }
                readRecord(parser);
            }
        } else {
            throw new IOException("a JSON record must be an object or an array of objects, not " + token);
        }
    }

    /** One object into the builders: a value, or a null, for every column. */
    private void readRecord(JsonParser parser) throws IOException {
        inRecord = true;
        int current = ++stamp;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            Integer index = fieldIndex.get(parser.currentName());
            JsonToken token = parser.nextToken();
            if (index == null || seen[index] == current) {
                parser.skipChildren();
            } else {
                values.decode(parser, token, types[index], builders[index]);
                seen[index] = current;
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new IOException("unexpected " + parser.currentToken() + " in an object");
        }
        finishRow();
        inRecord = false;
    }

    private void finishRow() {
        for (VectorBuilder builder : builders) {
            if (builder.size() == rows) {
                builder.appendNull();
            }
        }
        rows++;
    }

    private void malformed(BatchRepair repair, int firstRow, long line, String text, Exception e) {
        if (options.mode == ParseMode.FAILFAST) {
            throw Malformed.failFast("JSON", split, line, text, e);
        }
        if (inRecord) {
            finishRow();
            inRecord = false;
        }
        if (rows == firstRow) {
            finishRow();
        }
        for (int row = firstRow; row < rows; row++) {
            if (row == firstRow && options.mode == ParseMode.PERMISSIVE) {
                repair.corrupt(row, text);
            } else {
                repair.drop(row);
            }
        }
    }

    @Override
    public void close() {
        done = true;
        InputStream open = in;
        in = null;
        try {
            if (document != null) {
                document.close();
            }
            if (open != null) {
                open.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + split.file().path(), e);
        }
    }

    /** For tests: the corrupt record column's builder type. */
    boolean readsCorruptColumn() {
        return corruptIndex >= 0 && builders[corruptIndex] instanceof BytesVector.Builder;
    }
}
