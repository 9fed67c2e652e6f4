package io.rivulet.sql.datasource.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.rivulet.sql.Row;
import io.rivulet.sql.datasource.file.DateTimes;
import io.rivulet.sql.datasource.file.FormatWriter;
import io.rivulet.sql.datasource.file.Options;
import io.rivulet.sql.datasource.file.TextFormats;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.ByteType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.Internal;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.ValueFormatter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Writes rows as JSON Lines, as Spark's {@code JacksonGenerator}: an object per row, fields in the schema's order,
 * null fields left out ({@code ignoreNullFields}, true) but nulls inside arrays written; numbers as JSON numbers
 * (NaN and the infinities as the strings {@code "NaN"}, {@code "Infinity"}), decimals as their digits, dates and
 * timestamps as strings of {@code dateFormat}/{@code timestampFormat}/{@code timestampNTZFormat} (Spark's defaults:
 * {@code 2024-01-31}, {@code 2024-01-31T10:00:00.000Z} in the session zone, {@code 2024-01-31T10:00:00.000}), binary
 * as base64, structs and maps as objects, arrays as arrays. Lines end with {@code lineSep} ({@code \n}).
 */
final class JsonWriterFactory implements FormatWriter.Factory {
    private static final long serialVersionUID = 1L;

    private final StructType schema;
    private final Options options;
    private final ZoneId zone;

    JsonWriterFactory(StructType schema, Options options, ZoneId zone) {
        this.schema = schema;
        this.options = options;
        this.zone = zone;
        TextFormats.forWriting(options, zone); // bad patterns fail when the job is made
    }

    @Override
    public String extension() {
        return ".json";
    }

    @Override
    public FormatWriter open(OutputStream out) throws IOException {
        JsonGenerator generator = new JsonFactory()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8);
        generator.setRootValueSeparator(null);
        return new Writer(generator, schema, options, TextFormats.forWriting(options, zone));
    }

    private static final class Writer implements FormatWriter {
        private final JsonGenerator generator;
        private final StructType schema;
        private final TextFormats.Writing formats;
        private final boolean ignoreNullFields;
        private final String lineSep;

        Writer(JsonGenerator generator, StructType schema, Options options, TextFormats.Writing formats) {
            this.generator = generator;
            this.schema = schema;
            this.formats = formats;
            this.ignoreNullFields = options.getBoolean("ignoreNullFields", true);
            this.lineSep = options.get("lineSep", "\n");
        }

        @Override
        public void write(ColumnBatch batch, int[] rows, int count) throws IOException {
            for (int i = 0; i < count; i++) {
                int row = rows[i];
                generator.writeStartObject();
                for (int column = 0; column < schema.length(); column++) {
                    ColumnVector vector = batch.column(column);
                    if (vector.isNull(row)) {
                        if (!ignoreNullFields) {
                            generator.writeNullField(schema.field(column).name());
                        }
                        continue;
                    }
                    generator.writeFieldName(schema.field(column).name());
                    writeTopLevel(vector, row, schema.field(column).dataType());
                }
                generator.writeEndObject();
                generator.writeRaw(lineSep);
            }
        }

        private void writeTopLevel(ColumnVector vector, int row, DataType type) throws IOException {
            if (type instanceof LongType) {
                generator.writeNumber(((LongVector) vector).getLong(row));
            } else if (type instanceof IntegerType) {
                generator.writeNumber(((IntVector) vector).getInt(row));
            } else if (type instanceof DoubleType) {
                generator.writeNumber(((DoubleVector) vector).getDouble(row));
            } else if (type instanceof StringType) {
                BytesVector bytes = (BytesVector) vector;
                generator.writeUTF8String(bytes.bytes(), bytes.offset(row), bytes.length(row));
            } else if (type instanceof BooleanType) {
                generator.writeBoolean(((BooleanVector) vector).getBoolean(row));
            } else if (type instanceof DateType) {
                generator.writeString(DateTimes.formatDate(((IntVector) vector).getInt(row), formats.date()));
            } else if (type instanceof TimestampType) {
                generator.writeString(DateTimes.formatTimestamp(
                        ((LongVector) vector).getLong(row), formats.timestamp(), formats.zone()));
            } else {
                writeExternal(vector.get(row), type);
            }
        }

        private void writeExternal(Object value, DataType type) throws IOException {
            if (value == null) {
                generator.writeNull();
            } else if (type instanceof StructType struct) {
                Row row = (Row) value;
                generator.writeStartObject();
                for (int i = 0; i < struct.length(); i++) {
                    Object field = row.get(i);
                    if (field == null && ignoreNullFields) {
                        continue;
                    }
                    generator.writeFieldName(struct.field(i).name());
                    writeExternal(field, struct.field(i).dataType());
                }
                generator.writeEndObject();
            } else if (type instanceof ArrayType array) {
                generator.writeStartArray();
                for (Object element : (List<?>) value) {
                    writeExternal(element, array.elementType());
                }
                generator.writeEndArray();
            } else if (type instanceof MapType map) {
                generator.writeStartObject();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    generator.writeFieldName(ValueFormatter.cast(formats.zone()).format(entry.getKey(), map.keyType()));
                    writeExternal(entry.getValue(), map.valueType());
                }
                generator.writeEndObject();
            } else {
                writeScalar(value, type);
            }
        }

        private void writeScalar(Object value, DataType type) throws IOException {
            if (type instanceof LongType
                    || type instanceof IntegerType
                    || type instanceof ShortType
                    || type instanceof ByteType) {
                generator.writeNumber(((Number) value).longValue());
            } else if (type instanceof DoubleType || type instanceof FloatType) {
                generator.writeNumber(((Number) value).doubleValue());
            } else if (type instanceof DecimalType) {
                generator.writeNumber((BigDecimal) value);
            } else if (type instanceof BooleanType) {
                generator.writeBoolean((Boolean) value);
            } else if (type instanceof BinaryType) {
                generator.writeBinary((byte[]) value);
            } else if (type instanceof DateType) {
                generator.writeString(
                        DateTimes.formatDate(Internal.localDateToDays((LocalDate) value), formats.date()));
            } else if (type instanceof TimestampType) {
                generator.writeString(formats.timestamp().format(((Instant) value).atZone(formats.zone())));
            } else if (type instanceof TimestampNTZType) {
                generator.writeString(formats.timestampNtz().format((LocalDateTime) value));
            } else {
                generator.writeString(String.valueOf(value));
            }
        }

        @Override
        public void close() throws IOException {
            generator.flush();
            generator.close();
        }
    }
}
