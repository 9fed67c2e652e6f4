package io.rivulet.sql.datasource.csv;

import io.rivulet.sql.datasource.file.DateTimes;
import io.rivulet.sql.datasource.file.FileSplit;
import io.rivulet.sql.datasource.file.SourceFile;
import io.rivulet.sql.datasource.file.TextFormats;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The schema of CSV files, as Spark's {@code CSVInferSchema}: column names from the first record's header (or
 * {@code _c0}, {@code _c1}, ...; empty names become {@code _c<i>}, duplicates get their index appended), and with
 * {@code inferSchema} each column's type from its values (or a {@code samplingRatio} of the records): each value
 * is tried as int, long, decimal (integers past a long), double (or {@code nanValue} and the infinities), date
 * ({@code dateFormat}, default {@code yyyy-MM-dd}, with {@code preferDate}), timestamp ({@code timestampFormat}, or
 * any form a cast reads), boolean, else string, starting from the type found so far; types widen as Spark's
 * {@code compatibleType} (int to long to decimal to double, date to timestamp, anything else to string). Nulls
 * and empty values say nothing; a column of nothing but is a string.
 */
final class CsvInference {
    private final CsvOptions options;
    private final TextFormats formats;
    private final DateTimeFormatter dateFormat;
    private final Random sampler = new Random(1);

    CsvInference(CsvOptions options, ZoneId zone) {
        this.options = options;
        this.formats = TextFormats.forReading(options.options, zone);
        this.dateFormat = DateTimes.formatter(options.options.get("dateFormat", DateTimes.DEFAULT_DATE));
    }

    StructType infer(List<SourceFile> files) {
        String[] names = null;
        DataType[] types = null;
        for (SourceFile file : files) {
            FileSplit split = new FileSplit(file, 0, file.size(), true);
            try (CsvInput input = new CsvInput(split, options)) {
                boolean first = true;
                while (input.next()) {
                    CsvRecordHandler record = input.record;
                    if (names == null) {
                        names = header(record);
                        types = new DataType[names.length];
                        java.util.Arrays.fill(types, NullType.INSTANCE);
                        if (options.header) {
                            first = false;
                            continue;
                        }
                    } else if (first && options.header) {
                        first = false;
                        continue;
                    }
                    first = false;
                    if (options.inferSchema
                            && (options.samplingRatio >= 1.0 || sampler.nextDouble() < options.samplingRatio)) {
                        inferRecord(record, types);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
            }
        }
        if (names == null) {
            return new StructType();
        }
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            DataType type = !options.inferSchema || types[i] instanceof NullType ? DataTypes.StringType : types[i];
            fields.add(new StructField(names[i], type, true));
        }
        return new StructType(fields);
    }

    /** Spark's {@code makeSafeHeader}: names from the header, {@code _c<i>} for empty ones, duplicates numbered. */
    private String[] header(CsvRecordHandler record) {
        String[] names = new String[record.count];
        for (int i = 0; i < names.length; i++) {
            String name = options.header ? record.field(i) : "";
            names[i] = name.isEmpty() || name.equals(options.nullValue) ? "_c" + i : name;
        }
        if (options.header) {
            Map<String, Integer> seen = new HashMap<>();
            for (String name : names) {
                seen.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            for (int i = 0; i < names.length; i++) {
                if (seen.get(names[i].toLowerCase(Locale.ROOT)) > 1) {
                    names[i] = names[i] + i;
                }
            }
        }
        return names;
    }

    private void inferRecord(CsvRecordHandler record, DataType[] types) {
        for (int i = 0; i < Math.min(types.length, record.count); i++) {
            if (record.lengths[i] == 0) {
                continue;
            }
            String field = record.field(i);
            if (field.equals(options.nullValue)) {
                continue;
            }
            types[i] = compatible(types[i], inferField(types[i], field));
        }
    }

    DataType inferField(DataType soFar, String field) {
        if (soFar instanceof NullType || soFar instanceof IntegerType) {
            return tryInteger(field);
        } else if (soFar instanceof LongType) {
            return tryLong(field);
        } else if (soFar instanceof DecimalType) {
            return tryDecimal(field);
        } else if (soFar instanceof DoubleType) {
            return tryDouble(field);
        } else if (soFar instanceof DateType) {
            return tryDate(field);
        } else if (soFar instanceof TimestampType) {
            return tryTimestamp(field);
        } else if (soFar instanceof BooleanType) {
            return tryBoolean(field);
        }
        return StringType.INSTANCE;
    }

    private DataType tryInteger(String field) {
        try {
            Integer.parseInt(field);
            return IntegerType.INSTANCE;
        } catch (NumberFormatException e) {
            return tryLong(field);
        }
    }

    private DataType tryLong(String field) {
        try {
            Long.parseLong(field);
            return LongType.INSTANCE;
        } catch (NumberFormatException e) {
            return tryDecimal(field);
        }
    }

    private DataType tryDecimal(String field) {
        try {
            BigDecimal decimal = new BigDecimal(field);
            // As Spark: only integers become decimals (1.5 is a double), within 38 digits.
            if (decimal.scale() <= 0 && decimal.scale() == 0 && decimal.precision() <= DecimalType.MAX_PRECISION) {
                return new DecimalType(decimal.precision(), 0);
            }
        } catch (NumberFormatException e) {
            // below
        }
        return tryDouble(field);
    }

    private DataType tryDouble(String field) {
        if (field.equals(formats.nanValue())
                || field.equals(formats.positiveInf())
                || field.equals(formats.negativeInf())) {
            return DoubleType.INSTANCE;
        }
        try {
            Double.parseDouble(field);
            return DoubleType.INSTANCE;
        } catch (NumberFormatException e) {
            return options.preferDate ? tryDate(field) : tryTimestamp(field);
        }
    }

    private DataType tryDate(String field) {
        try {
            DateTimes.parseDate(field, dateFormat);
            return DateType.INSTANCE;
        } catch (RuntimeException e) {
            return tryTimestamp(field);
        }
    }

    private DataType tryTimestamp(String field) {
        try {
            if (formats.timestamp().isPresent()) {
                DateTimes.parseTimestamp(field, formats.timestamp().get(), formats.zone());
            } else {
                DateTimes.parseTimestamp(field, formats.zone());
            }
            return TimestampType.INSTANCE;
        } catch (RuntimeException e) {
            return tryBoolean(field);
        }
    }

    private static DataType tryBoolean(String field) {
        return field.equalsIgnoreCase("true") || field.equalsIgnoreCase("false")
                ? BooleanType.INSTANCE
                : StringType.INSTANCE;
    }

    /** Spark's {@code CSVInferSchema.compatibleType}. */
    static DataType compatible(DataType a, DataType b) {
        if (a.equals(b)) {
            return a;
        }
        if (a instanceof NullType) {
            return b;
        }
        if (b instanceof NullType) {
            return a;
        }
        if (a instanceof StringType || b instanceof StringType) {
            return StringType.INSTANCE;
        }
        int ra = numericRank(a);
        int rb = numericRank(b);
        if (ra > 0 && rb > 0) {
            if (a instanceof DecimalType || b instanceof DecimalType) {
                return decimal(a, b);
            }
            return ra > rb ? a : b;
        }
        if ((a instanceof DateType && b instanceof TimestampType)
                || (a instanceof TimestampType && b instanceof DateType)) {
            return TimestampType.INSTANCE;
        }
        return StringType.INSTANCE;
    }

    private static DataType decimal(DataType a, DataType b) {
        if (a instanceof DoubleType || b instanceof DoubleType) {
            return DoubleType.INSTANCE;
        }
        DecimalType x = asDecimal(a);
        DecimalType y = asDecimal(b);
        int scale = Math.max(x.scale(), y.scale());
        int range = Math.max(x.precision() - x.scale(), y.precision() - y.scale());
        if (range + scale > DecimalType.MAX_PRECISION) {
            return DoubleType.INSTANCE;
        }
        return new DecimalType(range + scale, scale);
    }

    private static DecimalType asDecimal(DataType type) {
        if (type instanceof DecimalType decimal) {
            return decimal;
        }
        return type instanceof IntegerType ? new DecimalType(10, 0) : new DecimalType(20, 0);
    }

    private static int numericRank(DataType type) {
        if (type instanceof IntegerType) {
            return 1;
        } else if (type instanceof LongType) {
            return 2;
        } else if (type instanceof DecimalType) {
            return 3;
        } else if (type instanceof DoubleType) {
            return 4;
        }
        return 0;
    }
}
