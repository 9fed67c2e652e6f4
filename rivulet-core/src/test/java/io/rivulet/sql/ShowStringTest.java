package io.rivulet.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.StructType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden strings of {@code show()}. Unless said otherwise, each expectation is copied from Spark's
 * sql/core/src/test/scala/org/apache/spark/sql/DataFrameShowSuite.scala (the test named in the comment), for the
 * Spark 4.0 implementation of {@code Dataset.showString}: header names are not cut (SPARK-48696 cut them for a
 * while on master; the 4.0 code does not) and footers end with a line break (later master drops it).
 */
class ShowStringTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles"); // Spark's tests run there
    private static final StructType VALUE = new StructType().add("value", DataTypes.StringType);
    private static final StructType KEY_VALUE =
            new StructType().add("key", DataTypes.IntegerType, false).add("value", DataTypes.StringType);

    private static String show(List<Row> rows, StructType schema, int numRows, int truncate, boolean vertical) {
        return ShowString.showString(rows, schema, numRows, truncate, vertical, LOS_ANGELES, false);
    }

    private static List<Row> longStrings() {
        return List.of(RowFactory.create("1"), RowFactory.create("1".repeat(21)));
    }

    /** Spark's testData: (1, "1") to (100, "100"). */
    private static List<Row> testData() {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            rows.add(RowFactory.create(i, String.valueOf(i)));
        }
        return rows;
    }

    /** "showString: truncate = [0, 20]". */
    @Test
    void truncateZeroAlignsLeftAndTwentyCutsAndAlignsRight() {
        assertThat(show(longStrings(), VALUE, 10, 0, false)).isEqualTo("""
                +---------------------+
                |value                |
                +---------------------+
                |1                    |
                |111111111111111111111|
                +---------------------+
                """);
        assertThat(show(longStrings(), VALUE, 10, 20, false)).isEqualTo("""
                +--------------------+
                |               value|
                +--------------------+
                |                   1|
                |11111111111111111...|
                +--------------------+
                """);
    }

    /** "showString: truncate = [0, 20], vertical = true". */
    @Test
    void verticalTruncatesToo() {
        assertThat(show(longStrings(), VALUE, 10, 0, true))
                .isEqualTo("-RECORD 0----------------------\n"
                        + " value | 1                     \n"
                        + "-RECORD 1----------------------\n"
                        + " value | 111111111111111111111 \n");
        assertThat(show(longStrings(), VALUE, 10, 20, true))
                .isEqualTo("-RECORD 0---------------------\n"
                        + " value | 1                    \n"
                        + "-RECORD 1---------------------\n"
                        + " value | 11111111111111111... \n");
    }

    /**
     * "showString: truncate = [3, 17]" as Spark 3.x and 4.0 expect it (DataFrameSuite there: the header stays
     * "value"); values below 4 characters are cut without dots.
     */
    @Test
    void shortTruncationsCutWithoutDots() {
        assertThat(show(longStrings(), VALUE, 10, 3, false)).isEqualTo("""
                +-----+
                |value|
                +-----+
                |    1|
                |  111|
                +-----+
                """);
        assertThat(show(longStrings(), VALUE, 10, 17, false)).isEqualTo("""
                +-----------------+
                |            value|
                +-----------------+
                |                1|
                |11111111111111...|
                +-----------------+
                """);
        assertThat(show(longStrings(), VALUE, 10, 17, true))
                .isEqualTo("-RECORD 0------------------\n"
                        + " value | 1                 \n"
                        + "-RECORD 1------------------\n"
                        + " value | 11111111111111... \n");
    }

    /** "showString(negative)", "showString(0)" and their vertical forms. */
    @Test
    void noRowsShownStillPrintsTheHeaderAndTheFooter() {
        String expected = """
                +---+-----+
                |key|value|
                +---+-----+
                +---+-----+
                only showing top 0 rows
                """;
        assertThat(show(testData(), KEY_VALUE, -1, 20, false)).isEqualTo(expected);
        assertThat(show(testData(), KEY_VALUE, 0, 20, false)).isEqualTo(expected);
        assertThat(show(testData(), KEY_VALUE, -1, 20, true)).isEqualTo("(0 rows)\n");
        assertThat(show(testData(), KEY_VALUE, 0, 20, true)).isEqualTo("(0 rows)\n");
    }

    /** "SPARK-7319 showString" and its vertical form: one row, in the singular. */
    @Test
    void theFooterCountsRows() {
        assertThat(show(testData(), KEY_VALUE, 1, 20, false)).isEqualTo("""
                +---+-----+
                |key|value|
                +---+-----+
                |  1|    1|
                +---+-----+
                only showing top 1 row
                """);
        assertThat(show(testData(), KEY_VALUE, 1, 20, true))
                .isEqualTo("-RECORD 0----\n" + " key   | 1   \n" + " value | 1   \n" + "only showing top 1 row\n");
        String twenty = show(testData(), KEY_VALUE, 20, 20, false);
        assertThat(twenty).endsWith("| 20|   20|\n+---+-----+\nonly showing top 20 rows\n");
        assertThat(ShowString.showString(testData().subList(0, 2), KEY_VALUE, 2, 20, false, LOS_ANGELES, true))
                .as("more data known to the caller")
                .endsWith("only showing top 2 rows\n");
    }

    /** "SPARK-7327 show with empty dataFrame" and "showString(Int.MaxValue)". */
    @Test
    void allRowsShownHaveNoFooter() {
        assertThat(show(List.of(), KEY_VALUE, 1, 20, false)).isEqualTo("""
                +---+-----+
                |key|value|
                +---+-----+
                +---+-----+
                """);
        assertThat(show(List.of(), KEY_VALUE, 1, 20, true)).isEqualTo("(0 rows)\n");
        StructType ab = new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.IntegerType);
        assertThat(show(List.of(RowFactory.create(1, 2), RowFactory.create(3, 4)), ab, Integer.MAX_VALUE, 20, false))
                .isEqualTo("""
                +---+---+
                |  a|  b|
                +---+---+
                |  1|  2|
                |  3|  4|
                +---+---+
                """);
    }

    /** "showString: array", "showString: minimum column width" and their vertical forms. */
    @Test
    void arraysAndTheMinimumWidth() {
        DataType ints = DataTypes.createArrayType(DataTypes.IntegerType, false);
        StructType schema = new StructType().add("_1", ints).add("_2", ints);
        List<Row> rows = List.of(
                RowFactory.create(List.of(1, 2, 3), List.of(1, 2, 3)),
                RowFactory.create(List.of(2, 3, 4), List.of(2, 3, 4)));
        assertThat(show(rows, schema, 10, 20, false)).isEqualTo("""
                +---------+---------+
                |       _1|       _2|
                +---------+---------+
                |[1, 2, 3]|[1, 2, 3]|
                |[2, 3, 4]|[2, 3, 4]|
                +---------+---------+
                """);
        assertThat(show(rows, schema, 10, 20, true))
                .isEqualTo("-RECORD 0--------\n"
                        + " _1  | [1, 2, 3] \n"
                        + " _2  | [1, 2, 3] \n"
                        + "-RECORD 1--------\n"
                        + " _1  | [2, 3, 4] \n"
                        + " _2  | [2, 3, 4] \n");
        StructType small = new StructType().add("_1", DataTypes.IntegerType).add("_2", DataTypes.IntegerType);
        assertThat(show(List.of(RowFactory.create(1, 1), RowFactory.create(2, 2)), small, 10, 20, false))
                .isEqualTo("""
                +---+---+
                | _1| _2|
                +---+---+
                |  1|  1|
                |  2|  2|
                +---+---+
                """);
        assertThat(show(List.of(RowFactory.create(1, 1), RowFactory.create(2, 2)), small, 10, 20, true))
                .isEqualTo("-RECORD 0--\n" + " _1  | 1   \n" + " _2  | 1   \n" + "-RECORD 1--\n" + " _1  | 2   \n"
                        + " _2  | 2   \n");
    }

    /** "showString: binary" and its vertical form: hex bytes (Spark 4's default binary style for show). */
    @Test
    void binaryIsHex() {
        StructType schema = new StructType().add("_1", DataTypes.BinaryType).add("_2", DataTypes.BinaryType);
        List<Row> rows =
                List.of(RowFactory.create(bytes("12"), bytes("ABC.")), RowFactory.create(bytes("34"), bytes("12346")));
        assertThat(show(rows, schema, 10, 20, false)).isEqualTo("""
                +-------+----------------+
                |     _1|              _2|
                +-------+----------------+
                |[31 32]|   [41 42 43 2E]|
                |[33 34]|[31 32 33 34 36]|
                +-------+----------------+
                """);
        assertThat(show(rows, schema, 10, 20, true))
                .isEqualTo("-RECORD 0---------------\n"
                        + " _1  | [31 32]          \n"
                        + " _2  | [41 42 43 2E]    \n"
                        + "-RECORD 1---------------\n"
                        + " _1  | [33 34]          \n"
                        + " _2  | [31 32 33 34 36] \n");
    }

    /** "SPARK-33690: showString: escape meta-characters" (the column names are Spark's generated ones). */
    @Test
    void controlCharactersAreEscaped() {
        String text = "aaa\nbbb\tccc\rddd\feee\bfff\u000Bggg\u0007hhh";
        String escaped = "aaa\\nbbb\\tccc\\rddd\\feee\\bfff\\vggg\\ahhh";
        assertThat(show(
                        List.of(RowFactory.create(text)),
                        new StructType().add(text, DataTypes.StringType),
                        1,
                        0,
                        false))
                .isEqualTo("+--------------------------------------+\n"
                        + "|" + escaped + "|\n"
                        + "+--------------------------------------+\n"
                        + "|" + escaped + "|\n"
                        + "+--------------------------------------+\n");
        StructType array = new StructType().add("array(" + text + ")", DataTypes.createArrayType(DataTypes.StringType));
        assertThat(show(List.of(RowFactory.create(List.of(text))), array, 1, 0, false))
                .isEqualTo("+---------------------------------------------+\n"
                        + "|array(" + escaped + ")|\n"
                        + "+---------------------------------------------+\n"
                        + "|[" + escaped + "]     |\n"
                        + "+---------------------------------------------+\n");
        Map<String, String> map = Map.of("aaa\nbbb\tccc", text);
        StructType mapSchema = new StructType()
                .add(
                        "map(aaa\nbbb\tccc, " + text + ")",
                        DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));
        assertThat(show(List.of(RowFactory.create(map)), mapSchema, 1, 0, false))
                .isEqualTo("+----------------------------------------------------------+\n"
                        + "|map(aaa\\nbbb\\tccc, " + escaped + ")|\n"
                        + "+----------------------------------------------------------+\n"
                        + "|{aaa\\nbbb\\tccc -> " + escaped + "} |\n"
                        + "+----------------------------------------------------------+\n");
        StructType struct =
                new StructType().add("named_struct(v, " + text + ")", new StructType().add("v", DataTypes.StringType));
        assertThat(show(List.of(RowFactory.create(RowFactory.create(text))), struct, 1, 0, false))
                .isEqualTo("+-------------------------------------------------------+\n"
                        + "|named_struct(v, " + escaped + ")|\n"
                        + "+-------------------------------------------------------+\n"
                        + "|{" + escaped + "}               |\n"
                        + "+-------------------------------------------------------+\n");
    }

    /** "SPARK-23023 Cast rows to strings in showString". */
    @Test
    void nestedValuesAsSparkPrintsThem() {
        StructType arrays = new StructType().add("a", DataTypes.createArrayType(DataTypes.IntegerType, false));
        assertThat(show(List.of(RowFactory.create(List.of(1, 2, 3, 4))), arrays, 10, 20, false))
                .isEqualTo("""
                +------------+
                |           a|
                +------------+
                |[1, 2, 3, 4]|
                +------------+
                """);
        Map<Integer, String> map = new LinkedHashMap<>();
        map.put(1, "a");
        map.put(2, "b");
        StructType maps =
                new StructType().add("a", DataTypes.createMapType(DataTypes.IntegerType, DataTypes.StringType));
        assertThat(show(List.of(RowFactory.create(map)), maps, 10, 20, false)).isEqualTo("""
                +----------------+
                |               a|
                +----------------+
                |{1 -> a, 2 -> b}|
                +----------------+
                """);
        StructType structs = new StructType()
                .add(
                        "a",
                        new StructType().add("_1", DataTypes.IntegerType, false).add("_2", DataTypes.StringType))
                .add("b", DataTypes.IntegerType, false);
        List<Row> rows = List.of(
                RowFactory.create(RowFactory.create(1, "a"), 0), RowFactory.create(RowFactory.create(2, "b"), 0));
        assertThat(show(rows, structs, 10, 20, false)).isEqualTo("""
                +------+---+
                |     a|  b|
                +------+---+
                |{1, a}|  0|
                |{2, b}|  0|
                +------+---+
                """);
    }

    /** "SPARK-18350 show with session local timezone": the instant of 2016-12-01 00:00 in Los Angeles. */
    @Test
    void timestampsAreShownInTheSessionZone() {
        StructType schema = new StructType().add("d", DataTypes.DateType).add("ts", DataTypes.TimestampType);
        List<Row> rows = List.of(RowFactory.create(LocalDate.of(2016, 12, 1), Instant.parse("2016-12-01T08:00:00Z")));
        assertThat(show(rows, schema, 1, 0, false)).isEqualTo("""
                +----------+-------------------+
                |d         |ts                 |
                +----------+-------------------+
                |2016-12-01|2016-12-01 00:00:00|
                +----------+-------------------+
                """);
        assertThat(ShowString.showString(rows, schema, 1, 0, false, ZoneOffset.UTC, false))
                .isEqualTo("""
                +----------+-------------------+
                |d         |ts                 |
                +----------+-------------------+
                |2016-12-01|2016-12-01 08:00:00|
                +----------+-------------------+
                """);
        assertThat(show(rows, schema, 1, 0, true))
                .isEqualTo("-RECORD 0------------------\n" + " d   | 2016-12-01          \n"
                        + " ts  | 2016-12-01 00:00:00 \n");
    }

    /**
     * DatasetSuite's "SPARK-25108 Fix the show method to display the full width character alignment problem":
     * wide characters take two columns; nulls are NULL (Spark 4).
     */
    @Test
    void wideCharactersTakeTwoColumns() {
        StructType schema = new StructType()
                .add("b", DataTypes.IntegerType, false)
                .add("a", DataTypes.StringType)
                .add("c", DataTypes.IntegerType, false);
        List<String> values = Arrays.asList(
                null,
                "",
                "ab c",
                "1098",
                "mø",
                "γύρ",
                "pê",
                "ー",
                "测",
                "か",
                "걸",
                "à",
                "焼",
                "羍む",
                "뺭ᾘ",
                "\u0967\u0968\u0969");
        List<Row> rows = new ArrayList<>();
        for (String value : values) {
            rows.add(RowFactory.create(0, value, 1));
        }
        assertThat(show(rows, schema, 20, 20, false)).isEqualTo("""
                +---+----+---+
                |  b|   a|  c|
                +---+----+---+
                |  0|NULL|  1|
                |  0|    |  1|
                |  0|ab c|  1|
                |  0|1098|  1|
                |  0|  mø|  1|
                |  0| γύρ|  1|
                |  0|  pê|  1|
                |  0|  ー|  1|
                |  0|  测|  1|
                |  0|  か|  1|
                |  0|  걸|  1|
                |  0|   à|  1|
                |  0|  焼|  1|
                |  0|羍む|  1|
                |  0| 뺭ᾘ|  1|
                |  0| १२३|  1|
                +---+----+---+
                """);
    }

    /**
     * Values of every type, by ToPrettyString's rules (sql/catalyst/.../ToStringBase.scala): NULL inside nested
     * values too, decimals as plain strings, doubles as Java prints them, fractions of seconds only when not zero.
     */
    @Test
    void everyTypeAsToPrettyStringWritesIt() {
        StructType schema = new StructType()
                .add("b", DataTypes.BooleanType)
                .add("d", DataTypes.DoubleType)
                .add("f", DataTypes.FloatType)
                .add("dec", new DecimalType(10, 2))
                .add("big", new DecimalType(38, 0))
                .add("ts", DataTypes.TimestampType)
                .add("ntz", DataTypes.TimestampNTZType)
                .add("arr", DataTypes.createArrayType(DataTypes.LongType))
                .add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
                .add("s", new StructType().add("x", DataTypes.LongType).add("y", DataTypes.StringType));
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("a", null);
        map.put("b", 2L);
        Row row = RowFactory.create(
                true,
                1e10,
                0.1f,
                new BigDecimal("1.50"),
                new BigDecimal("1E+20"),
                Instant.parse("2024-01-31T18:00:00.123400Z"),
                LocalDateTime.of(2024, 1, 31, 10, 0, 0, 500_000_000),
                Arrays.asList(1L, null),
                map,
                RowFactory.create(null, "z"));
        assertThat(show(List.of(row, RowFactory.create(new Object[10])), schema, 5, 0, false))
                .isEqualTo("""
                +----+------+----+----+---------------------+------------------------+---------------------+---------+-------------------+---------+
                |b   |d     |f   |dec |big                  |ts                      |ntz                  |arr      |m                  |s        |
                +----+------+----+----+---------------------+------------------------+---------------------+---------+-------------------+---------+
                |true|1.0E10|0.1 |1.50|100000000000000000000|2024-01-31 10:00:00.1234|2024-01-31 10:00:00.5|[1, NULL]|{a -> NULL, b -> 2}|{NULL, z}|
                |NULL|NULL  |NULL|NULL|NULL                 |NULL                    |NULL                 |NULL     |NULL               |NULL     |
                +----+------+----+----+---------------------+------------------------+---------------------+---------+-------------------+---------+
                """);
    }

    @Test
    void halfWidthCountsSparksWideRanges() {
        assertThat(ShowString.halfWidth("abc")).isEqualTo(3);
        assertThat(ShowString.halfWidth("日本")).isEqualTo(4);
        assertThat(ShowString.halfWidth("ｱ"))
                .as("half-width katakana is narrow")
                .isEqualTo(1);
        assertThat(ShowString.halfWidth("Ａ")).as("full-width Latin").isEqualTo(2);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
