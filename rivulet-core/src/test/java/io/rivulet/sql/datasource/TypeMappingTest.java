package io.rivulet.sql.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds {@code docs/type-mappings.md} true: each row of its tables is a case here, written by the format's
 * writer, checked as the text the table says the writer emits, read back with the schema (the same values) and
 * without one (the type the table says the reader infers).
 */
class TypeMappingTest {
    @TempDir
    Path dir;

    /** A row of the table: the type, a value, what the writer emits, what inference gives. */
    record Mapping(String column, DataType type, Object value, String emitted, DataType inferred) {}

    private static final Instant TS = Instant.parse("2024-01-31T10:00:00.123Z");
    private static final LocalDateTime NTZ = LocalDateTime.parse("2024-01-31T10:00:00.123");

    static List<Mapping> json() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("k", 1);
        return List.of(
                new Mapping("a_boolean", DataTypes.BooleanType, true, "true", DataTypes.BooleanType),
                new Mapping("b_byte", DataTypes.ByteType, (byte) 7, "7", DataTypes.LongType),
                new Mapping("c_short", DataTypes.ShortType, (short) 300, "300", DataTypes.LongType),
                new Mapping("d_int", DataTypes.IntegerType, 70000, "70000", DataTypes.LongType),
                new Mapping("e_long", DataTypes.LongType, 3000000000L, "3000000000", DataTypes.LongType),
                new Mapping("f_float", DataTypes.FloatType, 1.5f, "1.5", DataTypes.DoubleType),
                new Mapping("g_double", DataTypes.DoubleType, 0.1, "0.1", DataTypes.DoubleType),
                new Mapping(
                        "h_decimal",
                        DataTypes.createDecimalType(10, 2),
                        new BigDecimal("12.34"),
                        "12.34",
                        DataTypes.DoubleType),
                new Mapping(
                        "i_decimal38",
                        DataTypes.createDecimalType(38, 0),
                        new BigDecimal("12345678901234567890123"),
                        "12345678901234567890123",
                        DataTypes.createDecimalType(23, 0)),
                new Mapping(
                        "j_string",
                        DataTypes.StringType,
                        "Grüße \"q\"\n",
                        "\"Grüße \\\"q\\\"\\n\"",
                        DataTypes.StringType),
                new Mapping("k_binary", DataTypes.BinaryType, new byte[] {1, 2, 3}, "\"AQID\"", DataTypes.StringType),
                new Mapping(
                        "l_date",
                        DataTypes.DateType,
                        LocalDate.of(2024, 1, 31),
                        "\"2024-01-31\"",
                        DataTypes.StringType),
                new Mapping(
                        "m_timestamp",
                        DataTypes.TimestampType,
                        TS,
                        "\"2024-01-31T10:00:00.123Z\"",
                        DataTypes.StringType),
                new Mapping(
                        "n_timestamp_ntz",
                        DataTypes.TimestampNTZType,
                        NTZ,
                        "\"2024-01-31T10:00:00.123\"",
                        DataTypes.StringType),
                new Mapping(
                        "o_array",
                        DataTypes.createArrayType(DataTypes.IntegerType),
                        Arrays.asList(1, null),
                        "[1,null]",
                        DataTypes.createArrayType(DataTypes.LongType)),
                new Mapping(
                        "p_map",
                        DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType),
                        map,
                        "{\"k\":1}",
                        new StructType().add("k", DataTypes.LongType)),
                new Mapping(
                        "q_struct",
                        new StructType().add("x", DataTypes.IntegerType).add("y", DataTypes.StringType),
                        RowFactory.create(1, null),
                        "{\"x\":1}",
                        new StructType().add("x", DataTypes.LongType)));
    }

    static List<Mapping> csv() {
        return List.of(
                new Mapping("a_boolean", DataTypes.BooleanType, true, "true", DataTypes.BooleanType),
                new Mapping("b_byte", DataTypes.ByteType, (byte) 7, "7", DataTypes.IntegerType),
                new Mapping("c_short", DataTypes.ShortType, (short) 300, "300", DataTypes.IntegerType),
                new Mapping("d_int", DataTypes.IntegerType, 70000, "70000", DataTypes.IntegerType),
                new Mapping("e_long", DataTypes.LongType, 3000000000L, "3000000000", DataTypes.LongType),
                new Mapping("f_float", DataTypes.FloatType, 1.5f, "1.5", DataTypes.DoubleType),
                new Mapping("g_double", DataTypes.DoubleType, 0.1, "0.1", DataTypes.DoubleType),
                new Mapping(
                        "h_decimal",
                        DataTypes.createDecimalType(10, 2),
                        new BigDecimal("12.34"),
                        "12.34",
                        DataTypes.DoubleType),
                new Mapping(
                        "i_decimal38",
                        DataTypes.createDecimalType(38, 0),
                        new BigDecimal("12345678901234567890123"),
                        "12345678901234567890123",
                        DataTypes.createDecimalType(23, 0)),
                new Mapping("j_string", DataTypes.StringType, "a,\"b\"\nc", "\"a,\\\"b\\\"\nc\"", DataTypes.StringType),
                new Mapping(
                        "k_binary",
                        DataTypes.BinaryType,
                        "bytes".getBytes(StandardCharsets.UTF_8),
                        "bytes",
                        DataTypes.StringType),
                new Mapping("l_date", DataTypes.DateType, LocalDate.of(2024, 1, 31), "2024-01-31", DataTypes.DateType),
                new Mapping(
                        "m_timestamp",
                        DataTypes.TimestampType,
                        TS,
                        "2024-01-31T10:00:00.123Z",
                        DataTypes.TimestampType),
                new Mapping(
                        "n_timestamp_ntz",
                        DataTypes.TimestampNTZType,
                        NTZ,
                        "2024-01-31T10:00:00.123",
                        DataTypes.TimestampType));
    }

    @Test
    void jsonWritesReadsAndInfersAsTheTableSays() throws IOException {
        check("json", json(), Map.of());
    }

    @Test
    void csvWritesReadsAndInfersAsTheTableSays() throws IOException {
        check("csv", csv(), Map.of("header", "true", "inferSchema", "true", "multiLine", "true"));
    }

    private void check(String format, List<Mapping> mappings, Map<String, String> readOptions) throws IOException {
        List<StructField> fields = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Object> nulls = new ArrayList<>();
        for (Mapping m : mappings) {
            fields.add(new StructField(m.column(), m.type(), true));
            values.add(m.value());
            nulls.add(null);
        }
        StructType schema = new StructType(fields);
        Path out = dir.resolve(format);
        Sources.of(format)
                .option("header", "true")
                .write(
                        out,
                        schema,
                        List.of(RowFactory.create(values.toArray()), RowFactory.create(nulls.toArray())),
                        1);
        String written = written(out);
        for (Mapping m : mappings) {
            assertThat(written).as("%s emits %s", m.column(), m.emitted()).contains(m.emitted());
        }
        Sources back = Sources.of(format);
        readOptions.forEach(back::option);
        List<Row> rows = back.schema(schema).read(out);
        assertThat(rows).hasSize(2);
        for (int i = 0; i < mappings.size(); i++) {
            Object actual = rows.get(0).get(i);
            Object expected = mappings.get(i).value();
            if (expected instanceof byte[] bytes) {
                assertThat((byte[]) actual).as(mappings.get(i).column()).isEqualTo(bytes);
            } else {
                assertThat(actual).as(mappings.get(i).column()).isEqualTo(expected);
            }
            assertThat(rows.get(1).get(i))
                    .as("null " + mappings.get(i).column())
                    .isNull();
        }
        Sources inferring = Sources.of(format);
        readOptions.forEach(inferring::option);
        Table inferred = inferring.table(out);
        for (Mapping m : mappings) {
            assertThat(inferred.schema().field(m.column()).dataType())
                    .as("%s inferred", m.column())
                    .isEqualTo(m.inferred());
        }
    }

    private static String written(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            Path part = files.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .findFirst()
                    .orElseThrow();
            return Files.readString(part);
        }
    }
}
