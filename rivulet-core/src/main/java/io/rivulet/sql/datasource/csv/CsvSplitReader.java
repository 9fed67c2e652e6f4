package io.rivulet.sql.datasource.csv;

import io.rivulet.sql.datasource.file.BatchRepair;
import io.rivulet.sql.datasource.file.FileFormat;
import io.rivulet.sql.datasource.file.FileSplit;
import io.rivulet.sql.datasource.file.FilterEvaluator;
import io.rivulet.sql.datasource.file.Malformed;
import io.rivulet.sql.datasource.file.ParseMode;
import io.rivulet.sql.datasource.file.SplitReader;
import io.rivulet.sql.datasource.file.TextFormats;
import io.rivulet.sql.datasource.file.TextValues;
import io.rivulet.sql.datasource.file.Utf8Buffer;
import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the CSV records of one split into batches of the required columns, as Spark's {@code UnivocityParser}:
 * the {@code i}th field is the {@code i}th column of the data schema (the corrupt record column apart); an
 * unquoted empty field, or a field equal to {@code nullValue}, is null; a quoted empty one is {@code emptyValue}.
 * Only the required columns are converted, straight from the parser's characters into the builders. The pushed
 * filters are evaluated first, on the fields they read: a record failing them is never converted and never
 * becomes a row. A record with too few or too many fields, or a field that does not convert, is malformed: in
 * PERMISSIVE mode it is kept (missing and unconvertible fields null, extra fields dropped, the record's text in the
 * corrupt record column), in DROPMALFORMED mode dropped, in FAILFAST mode an error naming the file and line.
 */
final class CsvSplitReader implements SplitReader {
    private final FileSplit split;
    private final CsvOptions options;
    private final TextFormats formats;
    private final List<Filter> filters;
    private final int dataFields;
    /** For each required column, the index of its field in the record, or -1 for the corrupt record column. */
    private final int[] fieldOfColumn;

    private final TextValues.Converter[] converters;
    private final VectorBuilder[] builders;
    private final Map<String, Integer> fieldIndex = new HashMap<>();
    private final StructField[] fields;
    private final Utf8Buffer utf8 = new Utf8Buffer();
    private final Object[] filterValues;
    private final boolean[] filterValueSet;
    private CsvInput input;
    /** Set when the scan only counts: no column, no filter, PERMISSIVE, one record a line. */
    private CsvLineCounter counter;

    private final boolean countOnly;
    private boolean skipHeader;
    private boolean done;
    private int rows;

    CsvSplitReader(FileSplit split, FileFormat.ReadContext context) {
        this.split = split;
        this.options = new CsvOptions(context.options(), false);
        this.formats = TextFormats.forReading(context.options(), context.zone());
        this.filters = context.filters();
        List<StructField> data = new ArrayList<>();
        for (StructField field : context.dataSchema().fields()) {
            if (!field.name().equals(options.corruptColumn)) {
                fieldIndex.put(field.name().toLowerCase(Locale.ROOT), data.size());
                data.add(field);
            }
        }
        this.fields = data.toArray(new StructField[0]);
        this.dataFields = fields.length;
        StructType required = context.required();
        this.fieldOfColumn = new int[required.length()];
        this.converters = new TextValues.Converter[required.length()];
        this.builders = new VectorBuilder[required.length()];
        for (int i = 0; i < fieldOfColumn.length; i++) {
            StructField column = required.field(i);
            builders[i] = VectorBuilder.forType(column.dataType(), ColumnBatch.DEFAULT_ROWS);
            if (column.name().equals(options.corruptColumn)) {
                fieldOfColumn[i] = -1;
            } else {
                fieldOfColumn[i] = fieldIndex.get(column.name().toLowerCase(Locale.ROOT));
                converters[i] = TextValues.converter(column.dataType(), formats, utf8);
            }
        }
        this.filterValues = new Object[dataFields];
        this.filterValueSet = new boolean[dataFields];
        this.skipHeader = options.header && (split.start() == 0 || split.whole());
        this.countOnly = required.length() == 0
                && filters.isEmpty()
                && options.mode == ParseMode.PERMISSIVE
                && !options.multiLine;
    }

    @Override
    public ColumnBatch next() {
        if (done) {
            return null;
        }
        if (countOnly) {
            return count();
        }
        try {
            if (input == null) {
                input = new CsvInput(split, options);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
        }
        while (true) {
            rows = 0;
            BatchRepair repair = new BatchRepair();
            while (rows < ColumnBatch.DEFAULT_ROWS && input.next()) {
                if (skipHeader) {
                    skipHeader = false;
                    continue;
                }
                readRecord(repair);
            }
            if (rows < ColumnBatch.DEFAULT_ROWS) {
                done = true;
            }
            if (rows == 0) {
                return null;
            }
            List<ColumnVector> columns = new ArrayList<>(builders.length);
            for (VectorBuilder builder : builders) {
                columns.add(builder.build());
            }
            ColumnBatch batch = repair.apply(new ColumnBatch(rows, columns), -1);
            if (batch.numRows() > 0 || done) {
                return batch.numRows() > 0 ? batch : null;
            }
        }
    }

    private void readRecord(BatchRepair repair) {
        CsvRecordHandler record = input.record;
        boolean malformed = record.count != dataFields;
        Throwable cause = null;
        if (!filters.isEmpty()) {
            java.util.Arrays.fill(filterValueSet, false);
            for (Filter filter : filters) {
                if (!FilterEvaluator.test(filter, this::filterValue)) {
                    return; // never becomes a row
                }
            }
        }
        for (int i = 0; i < builders.length; i++) {
            int field = fieldOfColumn[i];
            if (field < 0) {
                continue;
            }
            if (field >= record.count || isNull(record, field)) {
                builders[i].appendNull();
                continue;
            }
            try {
                if (record.quoted[field] && record.lengths[field] == 0) {
                    char[] empty = options.emptyValueRead.toCharArray();
                    converters[i].append(empty, 0, empty.length, builders[i]);
                } else {
                    converters[i].append(record.chars, record.starts[field], record.lengths[field], builders[i]);
                }
            } catch (RuntimeException e) {
                if (builders[i].size() == rows) {
                    builders[i].appendNull();
                }
                malformed = true;
                cause = e;
            }
        }
        finish(repair, record, malformed, cause);
    }

    private void finish(BatchRepair repair, CsvRecordHandler record, boolean malformed, Throwable cause) {
        if (malformed && options.mode == ParseMode.FAILFAST) {
            String why = record.count != dataFields
                    ? "expected " + dataFields + " fields but found " + record.count
                    : (cause == null ? "malformed" : cause.getMessage());
            throw Malformed.failFast(
                    "CSV",
                    split,
                    record.line,
                    record.text(options.separator, options.quote),
                    new IllegalArgumentException(why, cause));
        }
        for (int i = 0; i < builders.length; i++) {
            if (fieldOfColumn[i] < 0) {
                if (malformed) {
                    builders[i].appendInternal(record.text(options.separator, options.quote)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    builders[i].appendNull();
                }
            }
        }
        if (malformed && options.mode == ParseMode.DROPMALFORMED) {
            repair.drop(rows);
        }
        rows++;
    }

    private boolean isNull(CsvRecordHandler record, int field) {
        int length = record.lengths[field];
        if (length == 0) {
            return !record.quoted[field] || options.emptyValueRead.equals(options.nullValue);
        }
        String nullValue = options.nullValue;
        if (length != nullValue.length()) {
            return false;
        }
        int start = record.starts[field];
        for (int i = 0; i < length; i++) {
            if (record.chars[start + i] != nullValue.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The external value of the field {@code name} for the filters; null when it is null or does not convert. */
    private Object filterValue(String name) {
        Integer field = fieldIndex.get(name.toLowerCase(Locale.ROOT));
        if (field == null) {
            return null;
        }
        if (!filterValueSet[field]) {
            filterValueSet[field] = true;
            filterValues[field] = convertForFilter(field);
        }
        return filterValues[field];
    }

    private Object convertForFilter(int field) {
        CsvRecordHandler record = input.record;
        if (field >= record.count || isNull(record, field)) {
            return null;
        }
        try {
            VectorBuilder one = VectorBuilder.forType(fields[field].dataType(), 1);
            TextValues.converter(fields[field].dataType(), formats, utf8)
                    .append(record.chars, record.starts[field], record.lengths[field], one);
            return one.build().get(0);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private ColumnBatch count() {
        try {
            if (counter == null) {
                counter = new CsvLineCounter(split, options, skipHeader);
            }
            ColumnBatch batch = counter.next();
            if (batch == null) {
                close();
            }
            return batch;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        done = true;
        CsvLineCounter openCounter = counter;
        counter = null;
        if (openCounter != null) {
            try {
                openCounter.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + split.file().path(), e);
            }
        }
        CsvInput open = input;
        input = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + split.file().path(), e);
            }
        }
    }
}
