package io.rivulet.sql.api;

import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.expr;
import static io.rivulet.sql.functions.row_number;
import static io.rivulet.sql.functions.sum;
import static io.rivulet.sql.functions.udf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Rivulet;
import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.expressions.UserDefinedFunction;
import io.rivulet.sql.expressions.Window;
import io.rivulet.sql.expressions.WindowSpec;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Java UDFs through the DataFrame API and SQL, and window functions over {@code Window} specs, against plain Java. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UdfAndWindowTest {
    private Rivulet rv;
    private DataFrame table;
    private final List<Object[]> data = new ArrayList<>();

    @BeforeAll
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
        Random random = new Random(7);
        List<Row> rows = new ArrayList<>();
        for (int id = 0; id < 200; id++) {
            Integer value = random.nextInt(8) == 0 ? null : random.nextInt(1000) - 500;
            String group = "g" + random.nextInt(5);
            data.add(new Object[] {id, group, value});
            rows.add(RowFactory.create(id, group, value));
        }
        StructType schema = new StructType()
                .add("id", DataTypes.IntegerType)
                .add("g", DataTypes.StringType)
                .add("v", DataTypes.IntegerType);
        table = rv.createDataFrame(rows, schema).repartition(3);
        table.createOrReplaceTempView("t");
    }

    @AfterAll
    void stop() {
        rv.close();
    }

    private static Integer twiceOrNull(Integer v) {
        return v == null ? null : v * 2;
    }

    @Test
    void aUdfAppliesRowByRowAndSeesNulls() {
        UserDefinedFunction twice = udf((UDF1<Integer, Integer>) UdfAndWindowTest::twiceOrNull, DataTypes.IntegerType);
        Map<Integer, Integer> out = new HashMap<>();
        for (Row row : table.select(col("id"), twice.apply(col("v"))).collectAsList()) {
            out.put(row.getInt(0), row.isNullAt(1) ? null : row.getInt(1));
        }
        assertThat(out).hasSize(data.size());
        for (Object[] r : data) {
            assertThat(out.get((Integer) r[0])).as("id %s", r[0]).isEqualTo(twiceOrNull((Integer) r[2]));
        }
        assertThat(table.select(twice.apply(col("v"))).columns()).containsExactly("UDF(v)");
    }

    @Test
    void aRegisteredUdfIsCalledFromSqlAndTheApiAlike() {
        rv.udf().register("tag", (UDF2<String, Integer, String>) (g, v) -> g + ":" + v, DataTypes.StringType);
        List<String> fromSql = rv.sql("SELECT tag(g, v) FROM t ORDER BY id").collectAsList().stream()
                .map(r -> r.getString(0))
                .toList();
        List<String> expected = data.stream().map(r -> r[1] + ":" + r[2]).toList();
        assertThat(fromSql).isEqualTo(expected);
        List<String> fromExpr = table.orderBy("id").select(expr("tag(g, v)")).collectAsList().stream()
                .map(r -> r.getString(0))
                .toList();
        assertThat(fromExpr).isEqualTo(expected);
        assertThatThrownBy(() -> rv.sql("SELECT tag(DISTINCT g, v) FROM t"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("DISTINCT");
        assertThatThrownBy(() -> rv.sql("SELECT tag(g) FROM t")).hasMessageContaining("WRONG_NUM_ARGS");
    }

    @Test
    void aFailingUdfNamesItselfAndKeepsItsCause() {
        UserDefinedFunction picky = udf(
                        (UDF1<Integer, Integer>) v -> {
                            if (v != null && v > 400) {
                                throw new IllegalStateException("too big: " + v);
                            }
                            return v;
                        },
                        DataTypes.IntegerType)
                .withName("picky");
        assertThatThrownBy(() -> table.select(picky.apply(col("v"))).collectAsList())
                .hasMessageContaining("FAILED_EXECUTE_UDF")
                .hasMessageContaining("`picky`")
                .hasRootCauseInstanceOf(IllegalStateException.class);
        UserDefinedFunction lying = udf((UDF1<Integer, Object>) v -> "text", DataTypes.IntegerType);
        assertThatThrownBy(() -> table.select(lying.apply(col("v"))).collectAsList())
                .hasMessageContaining("not a value of its declared return type \"INT\"");
        assertThatThrownBy(() -> picky.apply(col("v"), col("id")))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("requires 1 parameters");
    }

    @Test
    void rowNumberAndRunningSumsFollowTheWindowSpec() {
        WindowSpec byGroup = Window.partitionBy("g").orderBy(col("id"));
        List<Row> rows = table.select(
                        col("id"),
                        row_number().over(byGroup),
                        sum("v").over(byGroup.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .collectAsList();
        Map<Integer, long[]> expected = new HashMap<>();
        Map<String, List<Object[]>> groups = new HashMap<>();
        for (Object[] r : data) {
            groups.computeIfAbsent((String) r[1], g -> new ArrayList<>()).add(r);
        }
        for (List<Object[]> group : groups.values()) {
            group.sort(Comparator.comparingInt(r -> (Integer) r[0]));
            long running = 0;
            boolean any = false;
            for (int k = 0; k < group.size(); k++) {
                Integer v = (Integer) group.get(k)[2];
                if (v != null) {
                    running += v;
                    any = true;
                }
                expected.put((Integer) group.get(k)[0], new long[] {k + 1, any ? running : Long.MIN_VALUE});
            }
        }
        assertThat(rows).hasSize(data.size());
        for (Row row : rows) {
            long[] want = expected.get(row.getInt(0));
            assertThat(row.getInt(1)).as("row_number of id %s", row.getInt(0)).isEqualTo((int) want[0]);
            Long sum = row.isNullAt(2) ? Long.MIN_VALUE : row.getLong(2);
            assertThat(sum).as("running sum of id %s", row.getInt(0)).isEqualTo(want[1]);
        }
    }

    @Test
    void aFrameBoundOutsideIntIsRefused() {
        assertThatThrownBy(() -> Window.orderBy("id").rowsBetween(Long.MIN_VALUE + 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expressionTextAndCastsFollowTheSessionsAnsiMode() {
        DataFrame strings = rv.createDataFrame(
                List.of(RowFactory.create("12"), RowFactory.create("x")),
                new StructType().add("s", DataTypes.StringType));
        assertThatThrownBy(() -> strings.select(col("s").cast("int")).collectAsList())
                .hasMessageContaining("CAST_INVALID_INPUT");
        assertThatThrownBy(() -> strings.select(expr("CAST(s AS INT)")).collectAsList())
                .hasMessageContaining("CAST_INVALID_INPUT");
        try (Rivulet legacy = Rivulet.builder()
                .master("local[1]")
                .config("rivulet.sql.ansi.enabled", "false")
                .build()) {
            DataFrame same = legacy.createDataFrame(
                    List.of(RowFactory.create("12"), RowFactory.create("x")),
                    new StructType().add("s", DataTypes.StringType));
            List<Object> viaCast = same.select(col("s").cast("int")).collectAsList().stream()
                    .map(r -> r.get(0))
                    .toList();
            List<Object> viaExpr = same.select(expr("CAST(s AS INT)")).collectAsList().stream()
                    .map(r -> r.get(0))
                    .toList();
            assertThat(viaCast).containsExactly(12, null);
            assertThat(viaExpr).containsExactly(12, null);
        }
    }
}
