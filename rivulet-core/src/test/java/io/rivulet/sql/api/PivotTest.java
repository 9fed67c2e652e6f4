package io.rivulet.sql.api;

import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.count;
import static io.rivulet.sql.functions.first;
import static io.rivulet.sql.functions.lit;
import static io.rivulet.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** groupBy(..).pivot(..) on random rows with null keys, values and pivot values, against Java. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PivotTest {
    private static final StructType SCHEMA = new StructType()
            .add("k", DataTypes.StringType)
            .add("p", DataTypes.IntegerType)
            .add("v", DataTypes.LongType);

    private Rivulet rv;
    private DataFrame table;
    private final List<Object[]> data = new ArrayList<>();

    @BeforeAll
    void start() {
        rv = Rivulet.builder().master("local[3]").build();
        Random random = new Random(17);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Object[] row = {
                random.nextInt(9) == 0 ? null : "k" + random.nextInt(5),
                random.nextInt(9) == 0 ? null : 2020 + random.nextInt(4),
                random.nextInt(6) == 0 ? null : (long) random.nextInt(100)
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
    void eachPivotValueBecomesAColumnOfTheAggregateOverItsRows() {
        DataFrame pivoted = table.groupBy("k").pivot("p").agg(sum(col("v")));
        assertThat(pivoted.columns()).containsExactly("k", "null", "2020", "2021", "2022", "2023");
        List<Integer> pivots = Arrays.asList(null, 2020, 2021, 2022, 2023);
        for (Row row : pivoted.collectAsList()) {
            String k = row.getString(0);
            for (int c = 0; c < pivots.size(); c++) {
                Integer p = pivots.get(c);
                List<Long> vs = data.stream()
                        .filter(r -> Objects.equals(r[0], k) && Objects.equals(r[1], p) && r[2] != null)
                        .map(r -> (Long) r[2])
                        .toList();
                Long expected = vs.isEmpty()
                        ? null
                        : vs.stream().mapToLong(Long::longValue).sum();
                assertThat(row.get(c + 1)).as("k=%s p=%s", k, p).isEqualTo(expected);
            }
        }
        assertThat(pivoted.count())
                .isEqualTo(data.stream().map(r -> r[0]).distinct().count());
    }

    @Test
    void givenValuesAndSeveralAggregatesNameColumnsValueUnderscoreAggregate() {
        DataFrame pivoted = table.groupBy()
                .pivot("p", List.of(2021, 2023))
                .agg(count(lit(1)).as("n"), first(col("v")), sum(col("v")));
        assertThat(pivoted.columns())
                .containsExactly("2021_n", "2021_first(v)", "2021_sum(v)", "2023_n", "2023_first(v)", "2023_sum(v)");
        Row row = pivoted.first();
        for (int c = 0; c < 2; c++) {
            int p = c == 0 ? 2021 : 2023;
            List<Object[]> rows =
                    data.stream().filter(r -> Objects.equals(r[1], p)).toList();
            assertThat(row.getLong(3 * c)).isEqualTo(rows.size());
            assertThat(row.isNullAt(3 * c + 1))
                    .as("first of rows of the value, nulls aside")
                    .isFalse();
            assertThat(rows.stream().map(r -> r[2]).toList()).contains(row.get(3 * c + 1));
            assertThat(row.getLong(3 * c + 2))
                    .isEqualTo(rows.stream()
                            .filter(r -> r[2] != null)
                            .mapToLong(r -> (Long) r[2])
                            .sum());
        }
    }

    @Test
    void theDistinctValuesAreFoundSortedWithNullFirst() {
        DataFrame pivoted = table.groupBy("p").pivot("k").count();
        TreeSet<String> keys = new TreeSet<>();
        data.stream().map(r -> (String) r[0]).filter(Objects::nonNull).forEach(keys::add);
        List<String> expected = new ArrayList<>(List.of("p", "null"));
        expected.addAll(keys);
        assertThat(pivoted.columns()).containsExactlyElementsOf(expected);
    }
}
