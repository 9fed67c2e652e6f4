package io.rivulet.sql.vector;

import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.ByteType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded random schemas (every type, nested to a given depth, random nullability) and rows of external values in
 * their canonical classes (what vectors give back), with nulls wherever the schema allows them. Strings come from
 * a small pool in "repetitive" generators so that dictionaries get used.
 */
final class RandomRows {
    private static final long MIN_SECOND = LocalDateTime.of(1, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long MAX_SECOND =
            LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    private static final String[] POOL = {"red", "green", "日本", ""};

    private final SplittableRandom random;
    private final boolean repetitive;

    RandomRows(long seed) {
        this.random = new SplittableRandom(seed);
        this.repetitive = random.nextInt(3) == 0;
    }

    SplittableRandom random() {
        return random;
    }

    StructType schema(int maxFields, int depth) {
        int fields = random.nextInt(maxFields + 1);
        List<StructField> list = new ArrayList<>();
        for (int i = 0; i < fields; i++) {
            DataType type = type(depth);
            boolean nullable = type instanceof NullType || random.nextBoolean();
            list.add(new StructField("f" + i, type, nullable));
        }
        return new StructType(list);
    }

    DataType type(int depth) {
        int choice = random.nextInt(depth > 0 ? 18 : 15);
        return switch (choice) {
            case 0 -> DataTypes.BooleanType;
            case 1 -> DataTypes.ByteType;
            case 2 -> DataTypes.ShortType;
            case 3 -> DataTypes.IntegerType;
            case 4 -> DataTypes.LongType;
            case 5 -> DataTypes.FloatType;
            case 6 -> DataTypes.DoubleType;
            case 7 -> decimal(1, DecimalType.MAX_LONG_DIGITS);
            case 8 -> decimal(DecimalType.MAX_LONG_DIGITS + 1, DecimalType.MAX_PRECISION);
            case 9 -> DataTypes.StringType;
            case 10 -> DataTypes.BinaryType;
            case 11 -> DataTypes.DateType;
            case 12 -> DataTypes.TimestampType;
            case 13 -> DataTypes.TimestampNTZType;
            case 14 -> DataTypes.NullType;
            case 15 -> {
                DataType element = type(depth - 1);
                yield new ArrayType(element, element instanceof NullType || random.nextBoolean());
            }
            case 16 -> {
                DataType value = type(depth - 1);
                yield new MapType(keyType(), value, value instanceof NullType || random.nextBoolean());
            }
            default -> schema(3, depth - 1);
        };
    }

    /** Atomic types other than void (keys are never null). */
    private DataType keyType() {
        DataType type;
        do {
            type = type(0);
        } while (type instanceof NullType);
        return type;
    }

    private DecimalType decimal(int minPrecision, int maxPrecision) {
        int precision = minPrecision + random.nextInt(maxPrecision - minPrecision + 1);
        return new DecimalType(precision, random.nextInt(precision + 1));
    }

    List<Row> rows(StructType schema, int count) {
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row(schema));
        }
        return rows;
    }

    Row row(StructType schema) {
        Object[] values = new Object[schema.length()];
        for (int i = 0; i < values.length; i++) {
            StructField field = schema.field(i);
            values[i] = value(field.dataType(), field.nullable());
        }
        return RowFactory.create(values);
    }

    Object value(DataType type, boolean nullable) {
        if (type instanceof NullType || (nullable && random.nextInt(5) == 0)) {
            return null;
        }
        if (type instanceof BooleanType) {
            return random.nextBoolean();
        } else if (type instanceof ByteType) {
            return (byte) random.nextInt();
        } else if (type instanceof ShortType) {
            return (short) random.nextInt();
        } else if (type instanceof IntegerType) {
            return random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt();
        } else if (type instanceof LongType) {
            return random.nextLong();
        } else if (type instanceof FloatType) {
            float[] special = {Float.NaN, Float.POSITIVE_INFINITY, -0.0f, Float.MIN_VALUE, Float.MAX_VALUE};
            return random.nextInt(5) == 0
                    ? special[random.nextInt(special.length)]
                    : (float) random.nextDouble(-1e6, 1e6);
        } else if (type instanceof DoubleType) {
            double[] special = {Double.NaN, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, 1e300};
            return random.nextInt(5) == 0 ? special[random.nextInt(special.length)] : random.nextDouble(-1e9, 1e9);
        } else if (type instanceof DecimalType decimal) {
            return decimal(decimal);
        } else if (type instanceof StringType) {
            return repetitive ? POOL[random.nextInt(POOL.length)] : string();
        } else if (type instanceof BinaryType) {
            byte[] bytes = new byte[random.nextInt(8)];
            random.nextBytes(bytes);
            return bytes;
        } else if (type instanceof DateType) {
            return LocalDate.ofEpochDay(random.nextLong(
                    LocalDate.of(1, 1, 1).toEpochDay(),
                    LocalDate.of(9999, 12, 31).toEpochDay() + 1));
        } else if (type instanceof TimestampType) {
            return Instant.ofEpochSecond(random.nextLong(MIN_SECOND, MAX_SECOND), random.nextInt(1_000_000) * 1000L);
        } else if (type instanceof TimestampNTZType) {
            return LocalDateTime.ofEpochSecond(
                    random.nextLong(MIN_SECOND, MAX_SECOND), random.nextInt(1_000_000) * 1000, ZoneOffset.UTC);
        } else if (type instanceof ArrayType array) {
            List<Object> elements = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                elements.add(value(array.elementType(), array.containsNull()));
            }
            return elements;
        } else if (type instanceof MapType map) {
            Map<Object, Object> entries = new LinkedHashMap<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                entries.put(value(map.keyType(), false), value(map.valueType(), map.valueContainsNull()));
            }
            return entries;
        } else if (type instanceof StructType struct) {
            return row(struct);
        }
        throw new IllegalArgumentException("No values for " + type);
    }

    private BigDecimal decimal(DecimalType type) {
        StringBuilder digits = new StringBuilder();
        int length = 1 + random.nextInt(type.precision());
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), type.scale());
    }

    private String string() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(10); i > 0; i--) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> 0x20 + random.nextInt(0x5F);
                case 1 -> 0xA0 + random.nextInt(0x500);
                case 2 -> 0x4E00 + random.nextInt(0x5000);
                default -> 0x1F600 + random.nextInt(0x50);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }
}
