package io.rivulet.sql.datasource.csv;

import io.rivulet.sql.datasource.file.FileFormat;
import io.rivulet.sql.datasource.file.FileSplit;
import io.rivulet.sql.datasource.file.FormatWriter;
import io.rivulet.sql.datasource.file.Options;
import io.rivulet.sql.datasource.file.SourceFile;
import io.rivulet.sql.datasource.file.SplitInput;
import io.rivulet.sql.datasource.file.SplitReader;
import io.rivulet.sql.datasource.file.TextValues;
import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** The CSV format: see {@link CsvOptions} for its options, {@link CsvInference} for its schema. */
final class CsvFormat implements FileFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public String shortName() {
        return "csv";
    }

    @Override
    public StructType dataSchema(SourceRequest request, List<SourceFile> files) {
        CsvOptions options = new CsvOptions(new Options(request.options()), false);
        if (request.userSchema().isEmpty()) {
            return new CsvInference(options, request.session().timeZone()).infer(files);
        }
        StructType schema = request.userSchema().get();
        for (StructField field : schema.fields()) {
            if (field.name().equals(options.corruptColumn)) {
                if (!(field.dataType() instanceof StringType) || !field.nullable()) {
                    throw new io.rivulet.sql.AnalysisException(
                            "INVALID_CORRUPT_RECORD_TYPE",
                            "The column `" + field.name()
                                    + "` for corrupt records must have the nullable STRING type, but got "
                                    + field.dataType().sql() + ".");
                }
            } else {
                checkSupported(field);
            }
        }
        if (options.header && !options.enforceSchema && !files.isEmpty()) {
            checkHeader(schema, files.get(0), options);
        }
        return schema;
    }

    private static void checkSupported(StructField field) {
        if (!TextValues.isScalar(field.dataType())) {
            throw new io.rivulet.sql.AnalysisException(
                    "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE",
                    "The CSV datasource doesn't"
                            + " support the column `" + field.name() + "` of the data type \""
                            + field.dataType().sql()
                            + "\".");
        }
    }

    /** With {@code enforceSchema} false, the header must name the schema's columns, in order (case-insensitive). */
    private static void checkHeader(StructType schema, SourceFile file, CsvOptions options) {
        try (CsvInput input = new CsvInput(new FileSplit(file, 0, file.size(), true), options)) {
            if (!input.next()) {
                return;
            }
            List<String> header = new ArrayList<>();
            for (int i = 0; i < input.record.count; i++) {
                header.add(input.record.field(i));
            }
            List<String> expected = new ArrayList<>();
            for (StructField field : schema.fields()) {
                if (!field.name().equals(options.corruptColumn)) {
                    expected.add(field.name());
                }
            }
            boolean same = header.size() == expected.size();
            for (int i = 0; same && i < header.size(); i++) {
                same = header.get(i)
                        .toLowerCase(Locale.ROOT)
                        .equals(expected.get(i).toLowerCase(Locale.ROOT));
            }
            if (!same) {
                throw new IllegalArgumentException("CSV header does not conform to the schema.\n Header: "
                        + String.join(", ", header) + "\n Schema: " + String.join(", ", expected)
                        + "\nCSV file: " + file.uri());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean splittable(Options options) {
        return !options.getBoolean("multiLine", false)
                && options.get("lineSep").isEmpty()
                && SplitInput.splittable(options.charset());
    }

    @Override
    public List<Filter> supportedFilters(List<Filter> filters, StructType dataSchema, Options options) {
        String corrupt = options.get("columnNameOfCorruptRecord", "_corrupt_record");
        List<Filter> supported = new ArrayList<>();
        for (Filter filter : filters) {
            boolean ok = true;
            for (String column : filter.references()) {
                OptionalInt index = dataSchema.getFieldIndexCaseInsensitive(column);
                ok &= index.isPresent()
                        && !dataSchema.field(index.getAsInt()).name().equals(corrupt)
                        && TextValues.isScalar(
                                dataSchema.field(index.getAsInt()).dataType());
            }
            if (ok && !filter.references().isEmpty()) {
                supported.add(filter);
            }
        }
        return supported;
    }

    @Override
    public SplitReader reader(FileSplit split, ReadContext context) {
        return new CsvSplitReader(split, context);
    }

    @Override
    public FormatWriter.Factory writerFactory(StructType schema, Options options, ZoneId zone) {
        for (StructField field : schema.fields()) {
            checkSupported(field);
        }
        return new CsvWriterFactory(schema, options, zone);
    }
}
