package io.rivulet.sql.datasource.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.rivulet.sql.datasource.file.FileSplit;
import io.rivulet.sql.datasource.file.LineSource;
import io.rivulet.sql.datasource.file.ParseMode;
import io.rivulet.sql.datasource.file.SourceFile;
import io.rivulet.sql.datasource.file.SplitInput;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The schema of JSON records, as Spark's {@code JsonInferSchema}: each record's type (objects are structs of
 * their fields sorted by name, arrays arrays of their elements' common type, integers long, integers past a long
 * and, with {@code prefersDecimal}, floats decimal, other floats double, booleans boolean, strings string, nulls
 * null), merged over all records (or a {@code samplingRatio} of them) by {@link #merge}, then nulls made strings
 * (or, with {@code dropFieldIfAllNull}, dropped). A malformed record adds the corrupt record column in PERMISSIVE
 * mode, is skipped in DROPMALFORMED mode and fails in FAILFAST mode.
 */
final class JsonInference {
    private static final Comparator<StructField> BY_NAME = Comparator.comparing(StructField::name);

    private final JsonOptions options;
    private final JsonFactory factory;
    private final Random sampler = new Random(1);

    JsonInference(JsonOptions options) {
        this.options = options;
        this.factory = options.factory();
    }

    StructType infer(List<SourceFile> files) {
        DataType type = NullType.INSTANCE;
        for (SourceFile file : files) {
            type = inferFile(file, type);
        }
        DataType canonical = canonicalize(type);
        return canonical instanceof StructType struct ? struct : new StructType();
    }

    private DataType inferFile(SourceFile file, DataType soFar) {
        DataType type = soFar;
        FileSplit split = new FileSplit(file, 0, file.size(), true);
        try (InputStream in = SplitInput.open(split, options.options.charset())) {
            if (options.multiLine) {
                return merge(type, inferDocument(in, file));
            }
            LineSource lines = new LineSource(in, options.lineSep);
            while (lines.next()) {
                if (lines.isBlank() || (options.samplingRatio < 1.0 && sampler.nextDouble() >= options.samplingRatio)) {
                    continue;
                }
                type = merge(type, inferLine(lines, file));
            }
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
        }
    }

    private DataType inferLine(LineSource lines, SourceFile file) {
        try (JsonParser parser = factory.createParser(lines.buffer(), lines.start(), lines.length())) {
            return inferRoots(parser);
        } catch (IOException | RuntimeException e) {
            return malformed(file, e);
        }
    }

    private DataType inferDocument(InputStream in, SourceFile file) {
        try (JsonParser parser = factory.createParser(in)) {
            return inferRoots(parser);
        } catch (IOException | RuntimeException e) {
            return malformed(file, e);
        }
    }

    /** The record types of a line or document: an object, or an array of objects (a record each). */
    private DataType inferRoots(JsonParser parser) throws IOException {
        DataType type = NullType.INSTANCE;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            DataType root = inferField(parser, token);
            if (root instanceof ArrayType array && array.elementType() instanceof StructType) {
                type = merge(type, array.elementType());
            } else if (root instanceof StructType) {
                type = merge(type, root);
            } else {
                throw new IOException("a JSON record must be an object or an array of objects");
            }
        }
        return type;
    }

    private DataType malformed(SourceFile file, Exception e) {
        if (options.mode == ParseMode.FAILFAST) {
            throw new IllegalArgumentException(
                    "[MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are"
                            + " detected in schema inference of " + file.uri() + ". Parse Mode: FAILFAST. "
                            + e.getMessage(),
                    e);
        }
        if (options.mode == ParseMode.DROPMALFORMED) {
            return NullType.INSTANCE;
        }
        return new StructType(List.of(new StructField(options.corruptColumn, StringType.INSTANCE, true)));
    }

    private DataType inferField(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_NULL:
                return NullType.INSTANCE;
            case FIELD_NAME:
                return inferField(parser, parser.nextToken());
            case VALUE_STRING:
                if (parser.getTextLength() < 1) {
                    return NullType.INSTANCE; // Spark: an empty string says nothing of the type
                }
                return stringType(parser);
            case START_OBJECT:
                return inferObject(parser);
            case START_ARRAY:
                DataType element = NullType.INSTANCE;
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    element = merge(element, inferField(parser, next));
                }
                return new ArrayType(element, true);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return options.primitivesAsString ? StringType.INSTANCE : numberType(parser);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return options.primitivesAsString ? StringType.INSTANCE : BooleanType.INSTANCE;
            default:
                throw new IOException("unexpected JSON token " + token);
        }
    }

    private DataType stringType(JsonParser parser) throws IOException {
        if (options.prefersDecimal) {
            try {
                BigDecimal decimal = new BigDecimal(parser.getText());
                return decimalType(decimal);
            } catch (NumberFormatException | ArithmeticException notDecimal) {
                return StringType.INSTANCE;
            }
        }
        return StringType.INSTANCE;
    }

    private DataType inferObject(JsonParser parser) throws IOException {
        List<StructField> fields = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            DataType type = inferField(parser, parser.nextToken());
            fields.add(new StructField(name, type, true));
        }
        fields.sort(BY_NAME);
        return new StructType(fields);
    }

    private DataType numberType(JsonParser parser) throws IOException {
        JsonParser.NumberType type = parser.getNumberType();
        switch (type) {
            case INT:
            case LONG:
                return LongType.INSTANCE;
            case BIG_INTEGER:
            case BIG_DECIMAL:
                return decimalOrDouble(parser.getDecimalValue());
            default:
                return options.prefersDecimal ? decimalOrDouble(parser.getDecimalValue()) : DoubleType.INSTANCE;
        }
    }

    private static DataType decimalOrDouble(BigDecimal value) {
        try {
            return decimalType(value);
        } catch (ArithmeticException e) {
            return DoubleType.INSTANCE;
        }
    }

    private static DataType decimalType(BigDecimal value) {
        int scale = Math.max(0, value.scale());
        int precision = Math.max(value.precision(), scale);
        if (value.scale() < 0) {
            precision = value.precision() - value.scale();
        }
        if (precision > DecimalType.MAX_PRECISION) {
            throw new ArithmeticException("too wide");
        }
        return new DecimalType(Math.max(1, precision), scale);
    }

    /** Spark's {@code JsonInferSchema.compatibleType}: the type of values of both types. */
    static DataType merge(DataType a, DataType b) {
        if (a.equals(b)) {
            return a;
        }
        if (a instanceof NullType) {
            return b;
        }
        if (b instanceof NullType) {
            return a;
        }
        if (a instanceof StructType x && b instanceof StructType y) {
            return mergeStructs(x, y);
        }
        if (a instanceof ArrayType x && b instanceof ArrayType y) {
            return new ArrayType(merge(x.elementType(), y.elementType()), x.containsNull() || y.containsNull());
        }
        if ((a instanceof LongType && b instanceof DoubleType) || (a instanceof DoubleType && b instanceof LongType)) {
            return DoubleType.INSTANCE;
        }
        if (a instanceof DecimalType || b instanceof DecimalType) {
            return mergeDecimal(a, b);
        }
        return StringType.INSTANCE;
    }

    private static DataType mergeDecimal(DataType a, DataType b) {
        if (a instanceof DoubleType || b instanceof DoubleType) {
            return DoubleType.INSTANCE;
        }
        DecimalType x = a instanceof DecimalType d ? d : (a instanceof LongType ? new DecimalType(20, 0) : null);
        DecimalType y = b instanceof DecimalType d ? d : (b instanceof LongType ? new DecimalType(20, 0) : null);
        if (x == null || y == null) {
            return StringType.INSTANCE;
        }
        int scale = Math.max(x.scale(), y.scale());
        int range = Math.max(x.precision() - x.scale(), y.precision() - y.scale());
        if (range + scale > DecimalType.MAX_PRECISION) {
            return DoubleType.INSTANCE;
        }
        return new DecimalType(range + scale, scale);
    }

    private static StructType mergeStructs(StructType a, StructType b) {
        List<StructField> merged = new ArrayList<>(a.length() + b.length());
        StructField[] x = a.fields();
        StructField[] y = b.fields();
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            int c = i == x.length ? 1 : j == y.length ? -1 : x[i].name().compareTo(y[j].name());
            if (c == 0) {
                merged.add(new StructField(x[i].name(), merge(x[i].dataType(), y[j].dataType()), true));
                i++;
                j++;
            } else if (c < 0) {
                merged.add(x[i++]);
            } else {
                merged.add(y[j++]);
            }
        }
        return new StructType(merged);
    }

    /** Nulls to strings (or dropped with {@code dropFieldIfAllNull}), recursively; null when dropped. */
    private DataType canonicalize(DataType type) {
        if (type instanceof NullType) {
            return options.dropFieldIfAllNull ? null : StringType.INSTANCE;
        }
        if (type instanceof ArrayType array) {
            DataType element = canonicalize(array.elementType());
            return element == null ? null : new ArrayType(element, array.containsNull());
        }
        if (type instanceof StructType struct) {
            List<StructField> fields = new ArrayList<>();
            for (StructField field : struct.fields()) {
                DataType fieldType = field.name().isEmpty() ? null : canonicalize(field.dataType());
                if (fieldType != null) {
                    fields.add(new StructField(field.name(), fieldType, true));
                }
            }
            return fields.isEmpty() && options.dropFieldIfAllNull ? null : new StructType(fields);
        }
        return type;
    }
}
