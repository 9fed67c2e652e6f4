package io.rivulet.sql.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Rivulet;
import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The scalar built-ins through the registry and through SQL: each name resolves to a node of the type Spark gives for
 * typical arguments, refuses a wrong count with Spark's error, fills Spark's defaults for the short forms, and
 * computes over random rows with nulls what plain Java computes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScalarBuiltinsTest {
    /**
     * Every registered name: the arguments of a typical call over {@code t}, and the type Spark gives it. The
     * arguments have the types the functions take: the analyzer's implicit casts ({@code TypeCoercion}) are not
     * written yet.
     */
    private static final Map<String, String[]> CALLS = new LinkedHashMap<>();

    private static void call(String names, String arguments, String type) {
        for (String name : names.split(" ")) {
            CALLS.put(name, new String[] {arguments, type});
        }
    }

    static {
        call("upper ucase lower lcase initcap trim btrim ltrim rtrim reverse", "s", "string");
        call("length char_length character_length len octet_length bit_length", "s", "int");
        call("substring substr", "s, 2, 3", "string");
        call("startswith endswith contains", "s, 'a'", "boolean");
        call("sqrt cbrt exp expm1 ln log10 log2 log1p sin cos tan cot sec csc asin acos atan", "d", "double");
        call("sinh cosh tanh asinh acosh atanh degrees radians rint signum sign log", "d", "double");
        call("power pow atan2 hypot", "d, d", "double");
        call("floor ceil ceiling", "d", "bigint");
        call("round bround", "d, 1", "double");
        call("hash", "s, i", "int");
        call("xxhash64", "s, i", "bigint");
        call("size cardinality", "arr", "int");
        call("element_at try_element_at", "arr, 1", "int");
        call("spark_partition_id", "", "int");
        call("monotonically_increasing_id", "", "bigint");
        call("uuid", "", "string");
        call("rand random randn", "", "double");
        call("boolean", "s", "boolean");
        call("tinyint", "i", "tinyint");
        call("smallint", "i", "smallint");
        call("int", "s", "int");
        call("bigint", "d", "bigint");
        call("float", "i", "float");
        call("double", "s", "double");
        call("decimal", "d", "decimal(10,0)");
        call("date", "s", "date");
        call("timestamp", "dt", "timestamp");
        call("binary", "s", "binary");
        call("string", "dt", "string");
        call("year month dayofmonth day dayofweek weekday dayofyear weekofyear quarter", "dt", "int");
        call("hour minute second", "ts", "int");
        call("date_add dateadd date_sub", "dt, 3", "date");
        call("datediff date_diff", "dt, dt", "int");
        call("current_date curdate", "", "date");
        call("current_timestamp now", "", "timestamp");
        // the kernels
        call("split", "s, ','", "array<string>");
        call("regexp_replace", "s, 'a', 'b'", "string");
        call("regexp_extract", "s, '(a)'", "string");
        call("regexp_extract_all", "s, '(a)'", "array<string>");
        call("lpad rpad", "s, 5", "string");
        call("repeat left right", "s, 2", "string");
        call("instr", "s, 'a'", "int");
        call("locate position", "'a', s", "int");
        call("translate", "s, 'a', 'b'", "string");
        call("replace", "s, 'a'", "string");
        call("format_string printf", "'%s', s", "string");
        call("substring_index", "s, ',', 1", "string");
        call("ascii", "s", "int");
        call("levenshtein", "s, s", "int");
        call("soundex", "s", "string");
        call("chr char", "l", "string");
        call("space", "i", "string");
        call("md5 sha1 sha base64", "bin", "string");
        call("sha2", "bin, 256", "string");
        call("crc32", "bin", "bigint");
        call("unbase64 unhex", "s", "binary");
        call("hex", "l", "string");
        call("concat", "s, s", "string");
        call("concat_ws", "',', s, s", "string");
        call("add_months", "dt, 1", "date");
        call("months_between", "ts, ts", "double");
        call("last_day", "dt", "date");
        call("next_day", "dt, 'MO'", "date");
        call("make_date", "i, i, i", "date");
        call("trunc", "dt, 'MM'", "date");
        call("date_trunc", "'HOUR', ts", "timestamp");
        call("date_format", "ts, 'yyyy'", "string");
        call("to_date try_to_date", "s", "date");
        call("to_timestamp try_to_timestamp", "s", "timestamp");
        call("unix_timestamp", "", "bigint");
        call("to_unix_timestamp", "ts", "bigint");
        call("from_unixtime", "l", "string");
        call("timestamp_seconds timestamp_millis timestamp_micros", "l", "timestamp");
        call("unix_seconds unix_millis unix_micros", "ts", "bigint");
        call("unix_date", "dt", "int");
        call("date_from_unix_date", "i", "date");
        call("dayname monthname", "dt", "string");
        call("from_utc_timestamp to_utc_timestamp", "ts, 'UTC'", "timestamp");
        call("array_contains", "arr, 1", "boolean");
        call("array_position", "arr, 1", "bigint");
        call("array_remove", "arr, 1", "array<int>");
        call("map_keys", "m", "array<string>");
        call("map_values", "m", "array<int>");
        call("map_entries", "m", "array<struct<key:string,value:int>>");
        call("map_contains_key", "m, 'a'", "boolean");
        call("map_from_arrays", "arr, arr", "map<int,int>");
        call("array_distinct sort_array", "arr", "array<int>");
        call("array_min array_max", "arr", "int");
        call("array_join", "split(s, ','), '-'", "string");
        call("slice", "arr, 1, 2", "array<int>");
        call("flatten", "array_repeat(arr, 2)", "array<int>");
        call("array_repeat", "i, 2", "array<int>");
        call("array_union array_intersect array_except", "arr, arr", "array<int>");
        call("arrays_overlap", "arr, arr", "boolean");
        call("sequence", "l, l", "array<bigint>");
        call("pi e", "", "double");
        call("factorial", "i", "bigint");
        call("bin", "l", "string");
    }

    /** Spark's variadic functions, which no count of arguments above their minimum refuses. */
    private static final Set<String> VARIADIC =
            Set.of("hash", "xxhash64", "concat", "concat_ws", "format_string", "printf");

    private static final StructType SCHEMA = new StructType()
            .add("s", DataTypes.StringType)
            .add("i", DataTypes.IntegerType)
            .add("l", DataTypes.LongType)
            .add("d", DataTypes.DoubleType)
            .add("dec", new DecimalType(10, 2))
            .add("dt", DataTypes.DateType)
            .add("ts", DataTypes.TimestampType)
            .add("bin", DataTypes.BinaryType)
            .add("arr", new ArrayType(DataTypes.IntegerType, true))
            .add("m", new MapType(DataTypes.StringType, DataTypes.IntegerType, true));

    private Rivulet rv;
    private List<Row> rows;

    @BeforeAll
    void start() {
        rv = Rivulet.builder()
                .master("local[2]")
                .appName("scalar-builtins")
                .config("rivulet.sql.session.timeZone", "UTC")
                .build();
        rows = randomRows(new Random(7), 300);
        rv.createDataFrame(rows, SCHEMA).createOrReplaceTempView("t");
    }

    @AfterAll
    void stop() {
        rv.close();
    }

    private static List<Row> randomRows(Random random, int count) {
        String alphabet = "aAbB, ,xyzé€";
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(9);
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Integer> arr = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                arr.add(random.nextInt(5) == 0 ? null : random.nextInt(10));
            }
            out.add(RowFactory.create(
                    maybe(random, s.toString()),
                    maybe(random, random.nextInt(200) - 100),
                    maybe(random, random.nextLong()),
                    maybe(random, (random.nextDouble() - 0.5) * 1000),
                    maybe(random, BigDecimal.valueOf(random.nextInt(1_000_000) - 500_000, 2)),
                    maybe(random, LocalDate.ofEpochDay(random.nextInt(40_000) - 10_000)),
                    maybe(random, Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1000) * 1000L)),
                    maybe(random, s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    maybe(random, arr),
                    maybe(random, Map.of("a", r))));
        }
        return out;
    }

    private static Object maybe(Random random, Object value) {
        return random.nextInt(6) == 0 ? null : value;
    }

    @Test
    void theTableNamesEveryRegisteredFunction() {
        FunctionRegistry registry = FunctionRegistry.empty();
        ScalarBuiltins.register(registry, EvalMode.ANSI);
        assertThat(registry.names()).containsExactlyInAnyOrderElementsOf(CALLS.keySet());
    }

    @Test
    void everyFunctionResolvesToSparksTypeForTypicalArguments() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String[]> call : CALLS.entrySet()) {
            String sql = "SELECT " + call.getKey() + "(" + call.getValue()[0] + ") FROM t";
            try {
                String type = rv.sql(sql).schema().fields()[0].dataType().simpleString();
                if (!type.equals(call.getValue()[1])) {
                    wrong.add(sql + ": " + type + ", not " + call.getValue()[1]);
                }
            } catch (RuntimeException e) {
                wrong.add(sql + ": " + e.getMessage());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWrongCountIsSparksErrorNamingTheFunction() {
        FunctionRegistry registry = FunctionRegistry.builtin();
        for (String name : CALLS.keySet()) {
            int typical = CALLS.get(name)[0].isEmpty() ? 0 : CALLS.get(name)[0].split(",").length;
            List<Integer> counts = new ArrayList<>(List.of(typical + 3));
            if (VARIADIC.contains(name)) {
                counts = new ArrayList<>();
            }
            // concat() is the empty string, as Spark's
            if (typical > 0 && !name.equals("concat")) {
                counts.add(0);
            }
            for (int count : counts) {
                List<Expression> arguments = Collections.nCopies(count, Literal.of(1));
                assertThatThrownBy(() -> registry.lookup(name.toUpperCase(Locale.ROOT), arguments, false))
                        .as(name + " of " + count)
                        .isInstanceOf(AnalysisException.class)
                        .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `" + name + "` requires")
                        .hasMessageContaining("the actual number is " + count + ".");
            }
            assertThatThrownBy(() -> registry.lookup(name, List.of(Literal.of(1)), true))
                    .as(name + " with DISTINCT")
                    .hasMessageStartingWith("[INVALID_SQL_SYNTAX.FUNCTION_WITH_UNSUPPORTED_SYNTAX]");
        }
    }

    @Test
    void sparksOptionalArgumentsTakeItsDefaults() {
        Row got = rv.sql("SELECT split('a,b,,c,,', ','), regexp_replace('banana', 'an', '_'),"
                        + " regexp_extract('x12y', '([0-9])([0-9])'), regexp_extract_all('a1b2', '([a-z])([0-9])'),"
                        + " lpad('ab', 5), rpad('ab', 4), locate('a', 'banana'), position('n', 'banana'),"
                        + " replace('banana', 'a'), substring('hello', 2), substr('hello', -3), round(2.675, 2),"
                        + " round(2.5), bround(2.5), sort_array(split('c,a,b', ',')), months_between("
                        + " timestamp('2024-03-31 00:00:00'), timestamp('2024-02-10 12:00:00')),"
                        + " from_unixtime(0L), log(e()), log(double(2), double(8)) FROM t LIMIT 1")
                .collectAsList()
                .get(0);
        assertThat(values(got))
                .containsExactly(
                        List.of("a", "b", "", "c", "", ""),
                        "b__a",
                        "1",
                        List.of("a", "b"),
                        "   ab",
                        "ab  ",
                        2,
                        3,
                        "bnn",
                        "ello",
                        "llo",
                        new BigDecimal("2.68"),
                        new BigDecimal("3"),
                        new BigDecimal("2"),
                        List.of("a", "b", "c"),
                        1.66129032,
                        "1970-01-01 00:00:00",
                        1.0,
                        3.0);
    }

    @Test
    void reverseIsOfStringsAndOfArrays() {
        Row row = rv.sql("SELECT reverse('abé'), reverse(split('a,b,c', ',')) FROM t LIMIT 1")
                .collectAsList()
                .get(0);
        assertThat(values(row)).containsExactly("éba", List.of("c", "b", "a"));
    }

    @Test
    void randTakesAConstantSeedAndHidesAChosenOne() {
        FunctionRegistry registry = FunctionRegistry.builtin();
        Expression seeded =
                registry.lookup("rand", List.of(Literal.of(5)), false).orElseThrow();
        assertThat(seeded).isEqualTo(new Rand(5, false, false));
        Expression chosen = registry.lookup("randn", List.of(), false).orElseThrow();
        assertThat(chosen.sql()).isEqualTo("randn()");
        assertThat(registry.lookup("rand", List.of(Literal.ofNull(DataTypes.NullType)), false))
                .contains(new Rand(0, false, false));
        assertThatThrownBy(() -> registry.lookup("rand", List.of(Literal.of("x")), false))
                .hasMessageStartingWith("[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE]");
        assertThatThrownBy(() -> registry.lookup("rand", List.of(Exprs.col(0, DataTypes.IntegerType)), false))
                .hasMessageStartingWith("[DATATYPE_MISMATCH.NON_FOLDABLE_INPUT]");
    }

    @Test
    void stringMathAndDateFunctionsOverRandomRowsAreJavasResults() {
        List<Row> out = rv.sql("SELECT s, upper(s), length(s), substring(s, 2, 3), round(d, 1), year(dt), hour(ts),"
                        + " split(s, ','), lpad(s, 6), date_add(dt, 3), datediff(dt, dt), sqrt(d), floor(d),"
                        + " trim(s), regexp_replace(s, 'a', 'X'), concat_ws('-', s, s), size(arr), octet_length(s),"
                        + " element_at(m, 'a'), startswith(s, 'a'), int(i), string(dt) FROM t")
                .collectAsList();
        assertThat(out).hasSize(rows.size());
        List<List<Object>> want = new ArrayList<>();
        for (Row row : rows) {
            String s = (String) row.get(0);
            Double d = (Double) row.get(3);
            LocalDate dt = (LocalDate) row.get(5);
            Instant ts = (Instant) row.get(6);
            List<?> arr = (List<?>) row.get(8);
            @SuppressWarnings("unchecked")
            Map<String, Integer> m = (Map<String, Integer>) row.get(9);
            want.add(Arrays.asList(
                    s,
                    s == null ? null : s.toUpperCase(Locale.ROOT),
                    s == null ? null : s.codePointCount(0, s.length()),
                    s == null ? null : substring(s, 1, 3),
                    d == null
                            ? null
                            : new BigDecimal(Double.toString(d))
                                    .setScale(1, RoundingMode.HALF_UP)
                                    .doubleValue(),
                    dt == null ? null : dt.getYear(),
                    ts == null ? null : ts.atZone(ZoneOffset.UTC).getHour(),
                    s == null ? null : List.of(s.split(",", -1)),
                    s == null ? null : lpad(s, 6),
                    dt == null ? null : dt.plusDays(3),
                    dt == null ? null : 0,
                    d == null ? null : Math.sqrt(d),
                    d == null ? null : (long) Math.floor(d),
                    s == null ? null : s.replaceAll("^ +| +$", ""),
                    s == null ? null : s.replace("a", "X"),
                    s == null ? "" : s + "-" + s,
                    arr == null ? null : arr.size(),
                    s == null ? null : s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    m == null ? null : m.get("a"),
                    s == null ? null : s.startsWith("a"),
                    row.get(1),
                    dt == null ? null : dt.toString()));
        }
        List<List<Object>> got = out.stream().map(ScalarBuiltinsTest::values).toList();
        assertThat(got).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void kernelsOverRandomRowsAreJavasResults() throws Exception {
        List<Row> out = rv.sql("SELECT to_date(string(dt)), date_format(ts, 'yyyy-MM-dd HH'), md5(bin), concat(s, '!'),"
                        + " regexp_extract(s, '([a-z]+)'), add_months(dt, 1), array_contains(arr, 3), dayofweek(dt),"
                        + " unix_seconds(ts), left(s, 2) FROM t")
                .collectAsList();
        java.time.format.DateTimeFormatter hours = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH");
        List<List<Object>> want = new ArrayList<>();
        for (Row row : rows) {
            String s = (String) row.get(0);
            LocalDate dt = (LocalDate) row.get(5);
            Instant ts = (Instant) row.get(6);
            byte[] bin = (byte[]) row.get(7);
            List<?> arr = (List<?>) row.get(8);
            java.util.regex.Matcher letters =
                    java.util.regex.Pattern.compile("([a-z]+)").matcher(s == null ? "" : s);
            want.add(Arrays.asList(
                    dt,
                    ts == null ? null : hours.format(ts.atZone(ZoneOffset.UTC)),
                    bin == null
                            ? null
                            : java.util.HexFormat.of()
                                    .formatHex(java.security.MessageDigest.getInstance("MD5")
                                            .digest(bin)),
                    s == null ? null : s + "!",
                    s == null ? null : letters.find() ? letters.group(1) : "",
                    dt == null ? null : dt.plusMonths(1),
                    arr == null ? null : arr.contains(3) ? Boolean.TRUE : arr.contains(null) ? null : Boolean.FALSE,
                    dt == null ? null : dt.getDayOfWeek().getValue() % 7 + 1,
                    ts == null ? null : ts.getEpochSecond(),
                    s == null ? null : substring(s, 0, 2)));
        }
        assertThat(out.stream().map(ScalarBuiltinsTest::values).toList()).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void castsByTypeNameTakeTheSessionsMode() {
        Expression x = Literal.of("x");
        assertThat(FunctionRegistry.builtin(EvalMode.LEGACY).lookup("int", List.of(x), false))
                .contains(new Cast(x, DataTypes.IntegerType, EvalMode.LEGACY));
        assertThatThrownBy(() -> rv.sql("SELECT int('x') FROM t").collectAsList())
                .hasMessageContaining(
                        "[CAST_INVALID_INPUT] The value 'x' of the type \"STRING\" cannot be cast to \"INT\"");
    }

    @Test
    void partitionFunctionsNumberTheRowsOfEachPartition() {
        List<Row> out = rv.sql("SELECT spark_partition_id(), monotonically_increasing_id(), uuid(), rand(3) FROM t")
                .collectAsList();
        assertThat(out).hasSize(rows.size());
        Set<Object> ids = new java.util.HashSet<>();
        Set<Object> uuids = new java.util.HashSet<>();
        for (Row row : out) {
            int partition = row.getInt(0);
            assertThat(partition).isBetween(0, 1);
            assertThat(row.getLong(1) >>> 33).isEqualTo(partition);
            ids.add(row.get(1));
            uuids.add(java.util.UUID.fromString(row.getString(2)));
            assertThat(row.getDouble(3)).isBetween(0.0, 1.0);
        }
        assertThat(ids).hasSize(rows.size());
        assertThat(uuids).hasSize(rows.size());
        List<Object> again = rv.sql("SELECT rand(3) FROM t").collectAsList().stream()
                .map(r -> r.get(0))
                .toList();
        assertThat(again).isEqualTo(out.stream().map(r -> r.get(3)).toList());
    }

    private static List<Object> values(Row row) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            out.add(row.get(i));
        }
        return out;
    }

    private static String substring(String s, int from, int count) {
        int[] cps = s.codePoints().toArray();
        int to = Math.min(cps.length, from + count);
        return from >= to ? "" : new String(cps, from, to - from);
    }

    private static String lpad(String s, int length) {
        int chars = s.codePointCount(0, s.length());
        return chars >= length ? substring(s, 0, length) : " ".repeat(length - chars) + s;
    }
}
