package io.rivulet.sql.datasource.text;

import io.rivulet.sql.datasource.file.FileFormat;
import io.rivulet.sql.datasource.file.FileSplit;
import io.rivulet.sql.datasource.file.FormatWriter;
import io.rivulet.sql.datasource.file.Options;
import io.rivulet.sql.datasource.file.SourceFile;
import io.rivulet.sql.datasource.file.SplitInput;
import io.rivulet.sql.datasource.file.SplitReader;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * The text format, as Spark's {@code text} source: one string column {@code value}, a row per line (empty lines
 * included, the separator dropped), or a row per file with {@code wholetext}. Options: {@code wholetext}
 * (false), {@code lineSep} (reading: {@code \n} or {@code \r\n}; writing: {@code \n}), {@code encoding} (reading;
 * UTF-8), {@code compression} (writing).
 */
final class TextFormat implements FileFormat {
    private static final long serialVersionUID = 1L;

    static final StructType SCHEMA = new StructType(List.of(new StructField("value", DataTypes.StringType, true)));

    @Override
    public String shortName() {
        return "text";
    }

    @Override
    public StructType dataSchema(SourceRequest request, List<SourceFile> files) {
        if (request.userSchema().isPresent()) {
            StructType schema = request.userSchema().get();
            checkSchema(schema);
            return schema;
        }
        return SCHEMA;
    }

    static void checkSchema(StructType schema) {
        if (schema.length() != 1) {
            throw new IllegalArgumentException(
                    "Text data source supports only a single column, and you have " + schema.length() + " columns.");
        }
        if (!(schema.field(0).dataType() instanceof StringType)) {
            throw new io.rivulet.sql.AnalysisException(
                    "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE",
                    "The Text datasource doesn't"
                            + " support the column `" + schema.field(0).name() + "` of the data type \""
                            + schema.field(0).dataType().sql() + "\".");
        }
    }

    @Override
    public boolean splittable(Options options) {
        return !options.getBoolean("wholetext", false)
                && options.get("lineSep").isEmpty()
                && SplitInput.splittable(options.charset());
    }

    @Override
    public SplitReader reader(FileSplit split, ReadContext context) {
        return new TextSplitReader(split, context);
    }

    @Override
    public FormatWriter.Factory writerFactory(StructType schema, Options options, ZoneId zone) {
        checkSchema(schema);
        byte[] separator = options.get("lineSep", "\n").getBytes(StandardCharsets.UTF_8);
        return new TextWriterFactory(separator);
    }
}
