package io.rivulet.sql.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The optimizer through the whole stack: each query gives the same rows with every rule that can be switched off
 * switched off, as with the whole catalogue. Every query runs: the joins too, now that the planner plans them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptimizerEndToEndTest {
    private Rivulet optimized;
    private Rivulet plain;

    @BeforeAll
    void start() {
        optimized = Rivulet.builder().master("local[2]").appName("optimized").build();
        List<String> excludable = new ArrayList<>();
        for (Batch batch : Optimizer.BATCHES) {
            for (Rule rule : batch.rules()) {
                if (!Optimizer.NON_EXCLUDABLE_RULES.contains(rule.name()) && !excludable.contains(rule.name())) {
                    excludable.add(rule.name());
                }
            }
        }
        plain = Rivulet.builder()
                .master("local[2]")
                .appName("plain")
                .config("rivulet.sql.optimizer.excludedRules", String.join(",", excludable))
                // and joins shuffled (sort-merge) rather than broadcast: two ways to the same rows
                .config("rivulet.sql.autoBroadcastJoinThreshold", "-1")
                .build();
        for (Rivulet rv : List.of(optimized, plain)) {
            StructType t = new StructType()
                    .add("k", DataTypes.IntegerType)
                    .add("v", DataTypes.IntegerType)
                    .add("name", DataTypes.StringType);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                rows.add(RowFactory.create(i % 7 == 0 ? null : i % 5, i, i % 3 == 0 ? null : "a" + i));
            }
            rv.createDataFrame(rows, t).createOrReplaceTempView("t");
            StructType u = new StructType().add("k", DataTypes.IntegerType).add("w", DataTypes.StringType);
            List<Row> others = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                others.add(RowFactory.create(i % 4 == 3 ? null : i % 6, i % 2 == 0 ? "x" : "y"));
            }
            rv.createDataFrame(others, u).createOrReplaceTempView("u");
        }
    }

    @AfterAll
    void stop() {
        optimized.close();
        plain.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT k, v FROM t WHERE v > 2 AND k IS NOT NULL AND true",
                "SELECT t.k, v, w FROM t JOIN u ON t.k = u.k WHERE u.w = 'x' AND t.v > 1",
                "SELECT t.k, u.w FROM t LEFT JOIN u ON t.k = u.k AND u.w = 'y' WHERE t.v < 30",
                "SELECT t.k, u.w FROM t RIGHT JOIN u ON t.k = u.k WHERE u.w = 'y' AND t.v IS NULL",
                "SELECT t.k FROM t LEFT SEMI JOIN u ON t.k = u.k AND u.w = 'x'",
                "SELECT t.k FROM t LEFT ANTI JOIN u ON t.k = u.k",
                "SELECT k FROM t INTERSECT SELECT k FROM u",
                "SELECT k FROM t EXCEPT SELECT k FROM u",
                "SELECT DISTINCT k FROM t",
                "SELECT x FROM (SELECT k + 1 AS x, v FROM t) WHERE x > 2 AND v < 20",
                "SELECT k FROM (SELECT k FROM t UNION ALL SELECT k FROM u) WHERE k > 1",
                "SELECT v FROM t WHERE name LIKE 'a1%' AND k IN (1, 2, 2)",
                "SELECT CASE WHEN false THEN 1 WHEN k > 2 THEN 2 ELSE 3 END, coalesce(NULL, k, 0) FROM t",
                "SELECT a.k, b.w, c.v FROM u a JOIN u b ON a.k = b.k JOIN t c ON b.k = c.k WHERE c.v > 10",
                "SELECT v FROM t WHERE NOT (v > 5 OR k IS NULL)",
                "SELECT v FROM t WHERE 1 = 0",
            })
    void sameRowsAsWithoutTheOptionalRules(String query) {
        List<String> expected = rows(plain.sql(query));
        assertThat(rows(optimized.sql(query))).as(query).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT k FROM t UNION ALL SELECT k FROM u LIMIT 5",
                "SELECT t.k FROM t LEFT JOIN u ON t.k = u.k LIMIT 5",
            })
    void limitsGiveAsManyRows(String query) {
        int expected = plain.sql(query).collectAsList().size();
        assertThat(optimized.sql(query).collectAsList()).hasSize(expected);
    }

    private static List<String> rows(DataFrame frame) {
        return frame.collectAsList().stream().map(Row::toString).sorted().toList();
    }
}
