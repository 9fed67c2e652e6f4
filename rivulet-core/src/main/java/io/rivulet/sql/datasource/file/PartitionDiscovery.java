package io.rivulet.sql.datasource.file;

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
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Partition columns from directory names, as Spark's {@code PartitioningUtils}: a directory {@code year=2024}
 * between a root and a file gives the file the value {@code 2024} of column {@code year}. Values are unescaped
 * ({@code %3A} is {@code :}); {@code __HIVE_DEFAULT_PARTITION__} is null. A column's type is the user's (when the
 * schema given names it) or inferred from all its values: int, then long, decimal (integers wider than a long),
 * double, date ({@code yyyy-MM-dd}), timestamp ({@code yyyy-MM-dd HH:mm:ss[.S]}), else string; values of
 * different types widen (int and long to long, numbers to double, anything else to string); a column of nulls
 * only is a string. Every file must have the same partition columns, in the same order.
 */
final class PartitionDiscovery {
    static final String DEFAULT_PARTITION_NAME = "__HIVE_DEFAULT_PARTITION__";

    private final Optional<StructType> userSchema;
    private final Options options;
    private final ZoneId zone;
    private final List<Path> paths = new ArrayList<>();
    private final List<Long> sizes = new ArrayList<>();
    private final List<List<String>> rawValues = new ArrayList<>();
    private List<String> names;
    private Path firstWithNames;

    PartitionDiscovery(Optional<StructType> userSchema, Options options, ZoneId zone) {
        this.userSchema = userSchema;
        this.options = options;
        this.zone = zone;
    }

    void add(Path file, Path root, long size) {
        List<String> fileNames = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Path dir = file.getParent();
        if (dir != null && dir.startsWith(root)) {
            for (Path component : root.relativize(dir)) {
                String name = component.toString();
                int eq = name.indexOf('=');
                if (eq > 0) {
                    fileNames.add(PartitionPaths.unescape(name.substring(0, eq)));
                    values.add(PartitionPaths.unescape(name.substring(eq + 1)));
                }
            }
        }
        if (names == null) {
            names = fileNames;
            firstWithNames = file;
        } else if (!names.equals(fileNames)) {
            throw new IllegalArgumentException("Conflicting directory structures detected: partition columns "
                    + names + " in " + firstWithNames + " but " + fileNames + " in " + file
                    + ". If provided paths are partition directories, please set \"basePath\" in the options of"
                    + " the data source to specify the root directory of the table.");
        }
        sizes.add(size);
        paths.add(file);
        rawValues.add(values);
    }

    StructType schema() {
        if (names == null || names.isEmpty()) {
            return new StructType();
        }
        List<StructField> fields = new ArrayList<>();
        for (int column = 0; column < names.size(); column++) {
            fields.add(new StructField(names.get(column), columnType(column), true));
        }
        return new StructType(fields);
    }

    List<SourceFile> files() {
        StructType schema = schema();
        TextFormats formats = TextFormats.forReading(new Options(java.util.Map.of()), zone);
        List<SourceFile> files = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            List<Object> values = new ArrayList<>();
            for (int column = 0; column < schema.length(); column++) {
                values.add(internal(rawValues.get(i).get(column), schema.field(column), formats));
            }
            files.add(new SourceFile(paths.get(i).toString(), sizes.get(i), values));
        }
        return files;
    }

    private static Object internal(String raw, StructField field, TextFormats formats) {
        if (raw == null || raw.equals(DEFAULT_PARTITION_NAME) || raw.isEmpty()) {
            return null;
        }
        DataType type = field.dataType();
        try {
            if (type instanceof TimestampType) {
                return io.rivulet.sql.vector.Internal.instantToMicros(java.time.LocalDateTime.parse(raw, TIMESTAMP)
                        .atZone(formats.zone())
                        .toInstant());
            }
            return TextValues.toInternal(raw, type, formats);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "The value '" + raw + "' of partition column `" + field.name() + "` cannot be read as "
                            + type.simpleString(),
                    e);
        }
    }

    private DataType columnType(int column) {
        String name = names.get(column);
        if (userSchema.isPresent()) {
            OptionalInt index = userSchema.get().getFieldIndexCaseInsensitive(name);
            if (index.isPresent()) {
                return userSchema.get().field(index.getAsInt()).dataType();
            }
        }
        if (!options.getBoolean("partitionColumnTypeInference", true)) {
            return DataTypes.StringType;
        }
        DataType type = NullType.INSTANCE;
        for (List<String> values : rawValues) {
            type = wider(type, inferType(values.get(column)));
        }
        return type instanceof NullType ? DataTypes.StringType : type;
    }

    private static final DateTimeFormatter TIMESTAMP = new java.time.format.DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .toFormatter(Locale.US)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static DataType inferType(String raw) {
        if (raw.equals(DEFAULT_PARTITION_NAME) || raw.isEmpty()) {
            return NullType.INSTANCE;
        }
        try {
            Integer.parseInt(raw);
            return IntegerType.INSTANCE;
        } catch (NumberFormatException notInt) {
            // wider types below
        }
        try {
            Long.parseLong(raw);
            return LongType.INSTANCE;
        } catch (NumberFormatException notLong) {
            // wider types below
        }
        try {
            BigDecimal decimal = new BigDecimal(raw);
            if (decimal.scale() <= 0 && decimal.precision() <= DecimalType.MAX_PRECISION) {
                return new DecimalType(decimal.precision(), 0);
            }
        } catch (NumberFormatException notDecimal) {
            // below
        }
        if (isDouble(raw)) {
            return DoubleType.INSTANCE;
        }
        try {
            if (LocalDate.parse(raw).toString().equals(raw)) {
                return DateType.INSTANCE;
            }
        } catch (java.time.DateTimeException notDate) {
            // below
        }
        try {
            java.time.LocalDateTime.parse(raw, TIMESTAMP);
            return TimestampType.INSTANCE;
        } catch (java.time.DateTimeException notTimestamp) {
            return StringType.INSTANCE;
        }
    }

    private static boolean isDouble(String raw) {
        char last = raw.charAt(raw.length() - 1);
        if (!Character.isDigit(last) && last != '.') {
            return false; // Java would read 1d, 1f, NaN, Infinity: Spark keeps those strings
        }
        try {
            Double.parseDouble(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Spark's {@code findWiderTypeForPartitionColumn}. */
    static DataType wider(DataType a, DataType b) {
        if (a.equals(b) || b instanceof NullType) {
            return a;
        }
        if (a instanceof NullType) {
            return b;
        }
        if (isIntegral(a) && isIntegral(b)) {
            return LongType.INSTANCE;
        }
        if (isNumeric(a) && isNumeric(b)) {
            if (a instanceof DecimalType x && b instanceof DecimalType y) {
                int precision = Math.max(x.precision(), y.precision());
                return new DecimalType(Math.min(precision, DecimalType.MAX_PRECISION), 0);
            }
            if (a instanceof DoubleType || b instanceof DoubleType) {
                return DoubleType.INSTANCE;
            }
            DecimalType decimal = (DecimalType) (a instanceof DecimalType ? a : b);
            return new DecimalType(Math.max(decimal.precision(), 20), 0);
        }
        if ((a instanceof DateType && b instanceof TimestampType)
                || (a instanceof TimestampType && b instanceof DateType)) {
            return TimestampType.INSTANCE;
        }
        return StringType.INSTANCE;
    }

    private static boolean isIntegral(DataType type) {
        return type instanceof IntegerType || type instanceof LongType;
    }

    private static boolean isNumeric(DataType type) {
        return isIntegral(type) || type instanceof DecimalType || type instanceof DoubleType;
    }
}
