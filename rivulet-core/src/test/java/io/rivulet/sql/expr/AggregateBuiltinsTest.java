package io.rivulet.sql.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Rivulet;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The aggregate, window and generator built-ins: the nodes the registry builds, Spark's argument-count and DISTINCT
 * rules, and GROUP BY, global and OVER answers over random rows (nulls included) against plain Java.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregateBuiltinsTest {
    private static final Expression X = AttributeReference.of("x", DataTypes.IntegerType, true);

    private final FunctionRegistry registry = FunctionRegistry.builtin();
    private Rivulet rv;
    /** id, k (group, nullable), v (nullable int), w (few values, ties), d (nullable double). */
    private final List<Object[]> data = new ArrayList<>();

    private Expression build(String name, boolean distinct, Expression... arguments) {
        return registry.lookup(name, List.of(arguments), distinct).orElseThrow();
    }

    @BeforeAll
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
        Random random = new Random(7);
        List<Row> rows = new ArrayList<>();
        for (int id = 0; id < 400; id++) {
            Integer k = random.nextInt(8) == 0 ? null : random.nextInt(5);
            Integer v = random.nextInt(5) == 0 ? null : random.nextInt(40) - 10;
            int w = random.nextInt(6);
            Double d = random.nextInt(5) == 0 ? null : (double) random.nextInt(100);
            data.add(new Object[] {id, k, v, w, d});
            rows.add(RowFactory.create(id, k, v, w, d));
        }
        StructType schema = new StructType()
                .add("id", DataTypes.IntegerType)
                .add("k", DataTypes.IntegerType)
                .add("v", DataTypes.IntegerType)
                .add("w", DataTypes.IntegerType)
                .add("d", DataTypes.DoubleType);
        rv.createDataFrame(rows, schema).createOrReplaceTempView("t");
    }

    @AfterAll
    void stop() {
        rv.close();
    }

    @Test
    void namesBuildTheirNodes() {
        assertThat(build("count", true, X)).isEqualTo(new Count(List.of(X), true));
        assertThat(build("sum", false, X)).isEqualTo(new Sum(X, false, EvalMode.ANSI));
        assertThat(build("mean", true, X)).isEqualTo(new Average(X, true, EvalMode.ANSI, "mean"));
        assertThat(build("max", true, X)).as("DISTINCT cannot change max").isEqualTo(new Max(X));
        assertThat(build("first_value", false, X, Literal.TRUE)).isEqualTo(new First(X, true, "first_value"));
        assertThat(build("last", false, X)).isEqualTo(new Last(X, false, "last"));
        assertThat(build("array_agg", false, X)).isEqualTo(new CollectList(X));
        assertThat(build("approx_count_distinct", false, X, Literal.of(new java.math.BigDecimal("0.1"))))
                .isEqualTo(new ApproxCountDistinct(X, 0.1));
        assertThat(build("std", false, X)).isEqualTo(new StddevSamp(X, "std"));
        assertThat(build("variance", false, X)).isEqualTo(new VarianceSamp(X, "variance"));
        assertThat(build("dense_rank", false)).isEqualTo(new RankLike(RankLike.Kind.DENSE_RANK));
        assertThat(build("lag", false, X))
                .isEqualTo(new OffsetWindowFunction(true, X, Literal.of(1), Literal.ofNull(DataTypes.NullType), false));
        assertThat(build("lead", false, X, Literal.of(2), Literal.of(0)))
                .isEqualTo(OffsetWindowFunction.lead(X, 2, Literal.of(0)));
        assertThat(build("ntile", false)).isEqualTo(new NTile(Literal.of(1)));
        assertThat(build("posexplode_outer", false, X)).isEqualTo(new GeneratorOuter(new PosExplode(X)));
    }

    @Test
    void argumentCountsAndDistinct() {
        assertThatThrownBy(() -> build("count", false))
                .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `count` requires > 0 parameters");
        assertThatThrownBy(() -> build("sum", false, X, X))
                .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `sum` requires 1 parameters");
        assertThatThrownBy(() -> build("lag", false, X, X, X, X))
                .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `lag` requires [0, 3] parameters");
        assertThatThrownBy(() -> build("row_number", false, X))
                .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `row_number` requires 0 parameters");
        assertThatThrownBy(() -> build("explode", true, X))
                .hasMessageStartingWith("[INVALID_SQL_SYNTAX.FUNCTION_WITH_UNSUPPORTED_SYNTAX]");
        assertThatThrownBy(() -> build("first", false, X, X)).hasMessageContaining("should be a boolean literal");
        // The node reads every value, so DISTINCT would be silently wrong.
        assertThatThrownBy(() -> build("stddev", true, X)).hasMessageContaining("stddev(DISTINCT ...)");
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    @Test
    void groupedAggregatesMatchJava() {
        Map<Integer, List<Object[]>> groups = new HashMap<>();
        for (Object[] r : data) {
            groups.computeIfAbsent((Integer) r[1], g -> new ArrayList<>()).add(r);
        }
        List<Row> out = rv.sql("SELECT k, count(*), count(v), count(DISTINCT v), sum(v), sum(DISTINCT v), avg(v),"
                        + " min(v), max(v), collect_list(v), collect_set(w), var_pop(d), stddev_samp(d),"
                        + " first(v IGNORE NULLS) FROM t GROUP BY k")
                .collectAsList();
        assertThat(out).hasSize(groups.size());
        for (Row row : out) {
            List<Object[]> group = groups.get((Integer) row.get(0));
            List<Integer> values = group.stream()
                    .map(r -> (Integer) r[2])
                    .filter(Objects::nonNull)
                    .toList();
            List<Integer> distinct = new ArrayList<>(new HashSet<>(values));
            List<Double> doubles = group.stream()
                    .map(r -> (Double) r[4])
                    .filter(Objects::nonNull)
                    .toList();
            double m = mean(doubles);
            double m2 = doubles.stream().mapToDouble(x -> (x - m) * (x - m)).sum();
            assertThat(row.get(1)).isEqualTo((long) group.size());
            assertThat(row.get(2)).isEqualTo((long) values.size());
            assertThat(row.get(3)).isEqualTo((long) distinct.size());
            assertThat(row.get(4))
                    .isEqualTo(
                            values.isEmpty()
                                    ? null
                                    : values.stream().mapToLong(x -> x).sum());
            assertThat(row.get(5))
                    .isEqualTo(
                            values.isEmpty()
                                    ? null
                                    : distinct.stream().mapToLong(x -> x).sum());
            assertThat(row.get(6))
                    .isEqualTo(
                            values.isEmpty()
                                    ? null
                                    : values.stream().mapToDouble(x -> x).sum() / values.size());
            assertThat(row.get(7))
                    .isEqualTo(values.stream().min(Integer::compare).orElse(null));
            assertThat(row.get(8))
                    .isEqualTo(values.stream().max(Integer::compare).orElse(null));
            assertThat(row.<Integer>getList(9)).containsExactlyInAnyOrderElementsOf(values);
            assertThat(row.<Integer>getList(10))
                    .containsExactlyInAnyOrderElementsOf(new HashSet<>(
                            group.stream().map(r -> (Integer) r[3]).toList()));
            assertThat((Double) row.get(11)).isCloseTo(m2 / doubles.size(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat((Double) row.get(12))
                    .isCloseTo(Math.sqrt(m2 / (doubles.size() - 1)), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(row.get(13) == null).isEqualTo(values.isEmpty());
            assertThat(values).contains((Integer) row.get(13));
        }
    }

    @Test
    void globalAggregatesMatchJava() {
        Row row = rv.sql("SELECT count(*), count(k, v), sum(v), avg(DISTINCT w), max(d), approx_count_distinct(v)"
                        + " FROM t")
                .collectAsList()
                .get(0);
        List<Integer> values =
                data.stream().map(r -> (Integer) r[2]).filter(Objects::nonNull).toList();
        assertThat(row.get(0)).isEqualTo((long) data.size());
        assertThat(row.get(1))
                .isEqualTo(
                        data.stream().filter(r -> r[1] != null && r[2] != null).count());
        assertThat(row.get(2)).isEqualTo(values.stream().mapToLong(x -> x).sum());
        assertThat(row.get(3))
                .isEqualTo(data.stream()
                        .map(r -> (Integer) r[3])
                        .distinct()
                        .mapToDouble(x -> x)
                        .average()
                        .orElseThrow());
        assertThat(row.get(4))
                .isEqualTo(data.stream()
                        .map(r -> (Double) r[4])
                        .filter(Objects::nonNull)
                        .max(Double::compare)
                        .orElseThrow());
        long exact = values.stream().distinct().count();
        assertThat((Long) row.get(5)).isBetween((long) (exact * 0.9), (long) (exact * 1.1));
        assertThat(rv.sql("SELECT count(*), sum(v) FROM t WHERE id < 0")
                        .collectAsList()
                        .get(0)
                        .get(1))
                .as("the sum of no rows")
                .isNull();
    }

    @Test
    void windowFunctionsMatchJava() {
        List<Row> out = rv.sql("SELECT id,"
                        + " row_number() OVER (PARTITION BY k ORDER BY w, id),"
                        + " rank() OVER (PARTITION BY k ORDER BY w),"
                        + " dense_rank() OVER (PARTITION BY k ORDER BY w),"
                        + " lag(v) OVER (PARTITION BY k ORDER BY id),"
                        + " lead(v, 2, -100) OVER (PARTITION BY k ORDER BY id),"
                        + " sum(v) OVER (PARTITION BY k) FROM t")
                .collectAsList();
        Map<Integer, List<Object>> byId = new HashMap<>();
        for (Row row : out) {
            byId.put(
                    (Integer) row.get(0),
                    Arrays.asList(row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6)));
        }
        assertThat(byId).hasSize(data.size());
        Map<Integer, List<Object[]>> partitions = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (Object[] r : data) {
            partitions.computeIfAbsent((Integer) r[1], p -> new ArrayList<>()).add(r);
        }
        for (List<Object[]> partition : partitions.values()) {
            // data is in id order already.
            Long sum = partition.stream().anyMatch(r -> r[2] != null)
                    ? partition.stream()
                            .filter(r -> r[2] != null)
                            .mapToLong(r -> (Integer) r[2])
                            .sum()
                    : null;
            List<Object[]> byW = new ArrayList<>(partition);
            byW.sort(Comparator.comparingInt((Object[] r) -> (Integer) r[3]).thenComparingInt(r -> (Integer) r[0]));
            for (int i = 0; i < partition.size(); i++) {
                Object[] r = partition.get(i);
                int w = (Integer) r[3];
                int position = byW.indexOf(r) + 1;
                long smaller =
                        partition.stream().filter(o -> (Integer) o[3] < w).count();
                long distinctSmaller = partition.stream()
                        .map(o -> (Integer) o[3])
                        .filter(x -> x < w)
                        .distinct()
                        .count();
                List<Object> expected = Arrays.asList(
                        position,
                        (int) smaller + 1,
                        (int) distinctSmaller + 1,
                        i > 0 ? partition.get(i - 1)[2] : null,
                        i + 2 < partition.size() ? partition.get(i + 2)[2] : -100,
                        sum);
                assertThat(byId.get((Integer) r[0]))
                        .as("row %s", Arrays.toString(r))
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void generatorsInSelectAndLateralView() {
        List<Row> exploded = rv.sql("SELECT posexplode(array(10, 20, 30))").collectAsList();
        assertThat(exploded.stream().map(r -> List.of(r.get(0), r.get(1))).toList())
                .containsExactly(List.of(0, 10), List.of(1, 20), List.of(2, 30));
        long rows = rv.sql("SELECT id, c FROM t LATERAL VIEW explode(array(k, w)) x AS c")
                .collectAsList()
                .size();
        assertThat(rows).isEqualTo(2L * data.size());
        List<Row> outer = rv.sql("SELECT id, c FROM t LATERAL VIEW explode_outer(array()) x AS c WHERE id < 3")
                .collectAsList();
        assertThat(outer).hasSize(3).allSatisfy(r -> assertThat(r.get(1)).isNull());
    }
}
