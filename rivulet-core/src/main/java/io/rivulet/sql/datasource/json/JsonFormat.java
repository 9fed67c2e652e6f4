package io.rivulet.sql.datasource.json;

import io.rivulet.sql.datasource.file.FileFormat;
import io.rivulet.sql.datasource.file.FileSplit;
import io.rivulet.sql.datasource.file.FormatWriter;
import io.rivulet.sql.datasource.file.Options;
import io.rivulet.sql.datasource.file.SourceFile;
import io.rivulet.sql.datasource.file.SplitInput;
import io.rivulet.sql.datasource.file.SplitReader;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;

/** The JSON Lines format: see {@link JsonOptions} for its options, {@link JsonInference} for its schema. */
final class JsonFormat implements FileFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public String shortName() {
        return "json";
    }

    @Override
    public StructType dataSchema(SourceRequest request, List<SourceFile> files) {
        JsonOptions options = new JsonOptions(new Options(request.options()));
        if (request.userSchema().isPresent()) {
            StructType schema = request.userSchema().get();
            OptionalInt corrupt = schema.getFieldIndex(options.corruptColumn);
            if (corrupt.isPresent()) {
                StructField field = schema.field(corrupt.getAsInt());
                if (!(field.dataType() instanceof StringType) || !field.nullable()) {
                    throw new io.rivulet.sql.AnalysisException(
                            "INVALID_CORRUPT_RECORD_TYPE",
                            "The column `" + field.name()
                                    + "` for corrupt records must have the nullable STRING type, but got "
                                    + field.dataType().sql() + ".");
                }
            }
            return schema;
        }
        return new JsonInference(options).infer(files);
    }

    @Override
    public boolean splittable(Options options) {
        return !options.getBoolean("multiLine", false)
                && options.get("lineSep").isEmpty()
                && SplitInput.splittable(options.charset());
    }

    @Override
    public SplitReader reader(FileSplit split, ReadContext context) {
        return new JsonSplitReader(split, context);
    }

    @Override
    public FormatWriter.Factory writerFactory(StructType schema, Options options, ZoneId zone) {
        return new JsonWriterFactory(schema, options, zone);
    }
}
