package io.rivulet.sql.api;

import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.count;
import static io.rivulet.sql.functions.countDistinct;
import static io.rivulet.sql.functions.grouping;
import static io.rivulet.sql.functions.grouping_id;
import static io.rivulet.sql.functions.lit;
import static io.rivulet.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Rivulet;
import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** rollup and cube with grouping() and grouping_id() on random rows with null keys, against Java. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupCubeTest {
    private static final StructType SCHEMA = new StructType()
            .add("a", DataTypes.StringType)
            .add("b", DataTypes.IntegerType)
            .add("v", DataTypes.LongType);

    private Rivulet rv;
    private DataFrame table;
    private final List<Object[]> data = new ArrayList<>();

    @BeforeAll
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
        Random random = new Random(23);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Object[] row = {
                random.nextInt(7) == 0 ? null : "a" + random.nextInt(3),
                random.nextInt(7) == 0 ? null : random.nextInt(4),
                random.nextInt(5) == 0 ? null : (long) random.nextInt(50)
            };
            data.add(row);
            rows.add(RowFactory.create(row));
        }
        table = rv.createDataFrame(rows, SCHEMA).repartition(3);
    }

    @AfterAll
    void stop() {
        rv.close();
    }

    @Test
    void rollupGivesEveryPrefixAndCubeEverySubsetOfTheKeys() {
        assertThat(figures(table.rollup("a", "b"))).isEqualTo(expected(List.of(3, 2, 0)));
        assertThat(figures(table.cube("a", "b"))).isEqualTo(expected(List.of(3, 2, 1, 0)));
    }

    @Test
    void groupingOutsideRollupOrCubeFailsAnalysis() {
        assertThatThrownBy(() -> table.groupBy("a").agg(grouping(col("a"))))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("grouping()/grouping_id() can only be used with GroupingSets/Cube/Rollup");
        assertThat(table.cube(col("a")).count().schema().fields()[0].nullable()).isTrue();
    }

    /** (a, b, grouping_id) -> [sum(v), count(1), count(DISTINCT v), grouping(a)] of each output row. */
    private static Map<List<Object>, List<Object>> figures(io.rivulet.sql.RelationalGroupedDataset grouped) {
        Map<List<Object>, List<Object>> figures = new HashMap<>();
        for (Row row : grouped.agg(
                        sum(col("v")), count(lit(1)), countDistinct(col("v")), grouping(col("a")), grouping_id())
                .collectAsList()) {
            List<Object> key = Arrays.asList(row.get(0), row.get(1), row.get(6));
            assertThat(figures.put(key, Arrays.asList(row.get(2), row.get(3), row.get(4), row.get(5))))
                    .as("one row per key and set")
                    .isNull();
        }
        return figures;
    }

    /** The same figures over each grouping set, by its grouping id (bit 1: a not grouped, bit 0: b not grouped). */
    private Map<List<Object>, List<Object>> expected(List<Integer> sets) {
        Map<List<Object>, List<Object>> expected = new HashMap<>();
        for (int set : sets) {
            long id = 3 - set; // set bit 1 keeps a, bit 0 keeps b
            Map<List<Object>, List<Object[]>> groups = new HashMap<>();
            for (Object[] r : data) {
                List<Object> key = Arrays.asList((set & 2) != 0 ? r[0] : null, (set & 1) != 0 ? r[1] : null, id);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
            groups.forEach((key, rows) -> {
                Set<Object> distinct = new HashSet<>();
                long total = 0;
                boolean any = false;
                for (Object[] r : rows) {
                    if (r[2] != null) {
                        distinct.add(r[2]);
                        total += (Long) r[2];
                        any = true;
                    }
                }
                expected.put(key, Arrays.asList(any ? total : null, (long) rows.size(), (long) distinct.size(), (byte)
                        ((set & 2) != 0 ? 0 : 1)));
            });
        }
        return expected;
    }
}
