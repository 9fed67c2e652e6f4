package io.rivulet.sql.api;

import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.lit;
import static io.rivulet.sql.functions.median;
import static io.rivulet.sql.functions.percentile;
import static io.rivulet.sql.functions.percentile_approx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Rivulet;
import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** percentile, median and percentile_approx by group on random rows with nulls, against sorted Java lists. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PercentileTest {
    private static final StructType SCHEMA = new StructType()
            .add("k", DataTypes.IntegerType)
            .add("v", DataTypes.LongType)
            .add("d", DataTypes.DoubleType)
            .add("day", DataTypes.DateType);

    private Rivulet rv;
    private DataFrame table;
    private final List<Object[]> data = new ArrayList<>();

    @BeforeAll
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
        Random random = new Random(5);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Long v = random.nextInt(6) == 0 ? null : random.nextLong() >> random.nextInt(60);
            Double d = random.nextInt(6) == 0 ? null : random.nextInt(9) == 0 ? Double.NaN : random.nextGaussian();
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(400));
            Object[] row = {random.nextInt(7), v, d, day};
            data.add(row);
            rows.add(RowFactory.create(row));
        }
        rows.add(RowFactory.create(99, null, null, null)); // a group with no values
        table = rv.createDataFrame(rows, SCHEMA).repartition(3);
        table.createOrReplaceTempView("t");
    }

    @AfterAll
    void stop() {
        rv.close();
    }

    @Test
    void exactPercentilesInterpolateAndApproximateOnesPickAValuePerGroup() {
        List<Row> rows = table.groupBy("k")
                .agg(
                        percentile(col("v"), lit(0.3)),
                        median(col("d")),
                        percentile_approx(col("v"), lit(0.9), lit(10_000)),
                        percentile_approx(col("day"), lit(0.5), lit(100)))
                .orderBy("k")
                .collectAsList();
        Map<Integer, List<Object[]>> groups = new TreeMap<>();
        data.forEach(r ->
                groups.computeIfAbsent((Integer) r[0], k -> new ArrayList<>()).add(r));
        assertThat(rows).hasSize(groups.size() + 1);
        int i = 0;
        for (Map.Entry<Integer, List<Object[]>> group : groups.entrySet()) {
            Row row = rows.get(i++);
            assertThat(row.getInt(0)).isEqualTo(group.getKey());
            List<Long> vs = sorted(group.getValue(), 1, Comparator.<Long>naturalOrder());
            List<Double> ds = sorted(group.getValue(), 2, Comparator.<Double>naturalOrder()); // NaN last
            List<LocalDate> days = sorted(group.getValue(), 3, Comparator.<LocalDate>naturalOrder());
            assertThat(row.getDouble(1))
                    .isEqualTo(interpolated(vs.stream().map(Long::doubleValue).toList(), 0.3));
            assertThat(row.getDouble(2)).isEqualTo(interpolated(ds, 0.5));
            assertThat(row.getLong(3)).isEqualTo(ranked(vs, 0.9));
            assertThat((LocalDate) row.get(4)).isEqualTo(ranked(days, 0.5));
        }
        Row empty = rows.get(rows.size() - 1);
        assertThat(empty.getInt(0)).isEqualTo(99);
        assertThat(empty.isNullAt(1) && empty.isNullAt(2) && empty.isNullAt(3) && empty.isNullAt(4))
                .isTrue();
    }

    @Test
    void anArrayOfPercentagesGivesAnArrayInSql() {
        Row row = rv.sql("SELECT percentile(v, array(0, 0.5, 1)), approx_percentile(v, array(0.25, 0.75)) FROM t")
                .first();
        List<Long> vs = sorted(data, 1, Comparator.<Long>naturalOrder());
        List<Double> doubles = vs.stream().map(Long::doubleValue).toList();
        assertThat(row.getList(0))
                .containsExactly(interpolated(doubles, 0), interpolated(doubles, 0.5), interpolated(doubles, 1));
        assertThat(row.getList(1)).containsExactly(ranked(vs, 0.25), ranked(vs, 0.75));
        assertThat(rv.sql("SELECT median(v) FROM t").columns()).containsExactly("median(v)");
        assertThat(rv.sql("SELECT percentile(v, 0.5) FROM t").columns()).containsExactly("percentile(v, 0.5, 1)");
    }

    @Test
    void badPercentagesAndAccuraciesFailAnalysisNamingThem() {
        assertThatThrownBy(() -> rv.sql("SELECT percentile(v, 1.5) FROM t"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("The `percentage` must be between [0.0, 1.0], but got 1.5.");
        assertThatThrownBy(() -> rv.sql("SELECT percentile_approx(v, 0.5, 0) FROM t"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("The `accuracy` must be between (0, 2147483647], but got 0.");
        assertThatThrownBy(() -> rv.sql("SELECT percentile(v, v / 10) FROM t"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("NON_FOLDABLE_INPUT");
        assertThatThrownBy(() -> rv.sql("SELECT median(day) FROM t"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("UNEXPECTED_INPUT_TYPE");
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> sorted(List<Object[]> rows, int column, Comparator<T> order) {
        return rows.stream()
                .map(r -> (T) r[column])
                .filter(Objects::nonNull)
                .sorted(order)
                .toList();
    }

    /** Spark's Percentile: linear between the floor and ceiling of (n - 1) * p. */
    private static double interpolated(List<Double> sorted, double p) {
        double position = (sorted.size() - 1) * p;
        int lower = (int) Math.floor(position);
        int higher = (int) Math.ceil(position);
        if (lower == higher) {
            return sorted.get(lower);
        }
        return (higher - position) * sorted.get(lower) + (position - lower) * sorted.get(higher);
    }

    /** The value of rank ceil(p * n), 1-based. */
    private static <T> T ranked(List<T> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
