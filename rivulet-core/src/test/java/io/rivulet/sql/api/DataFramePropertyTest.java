package io.rivulet.sql.api;

import static io.rivulet.sql.functions.avg;
import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.count;
import static io.rivulet.sql.functions.lit;
import static io.rivulet.sql.functions.max;
import static io.rivulet.sql.functions.min;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DataFrame pipelines on random tables (nulls, duplicate keys, empty tables and partitions, random partition
 * counts) against the same computed with {@code java.util.stream}: filters and projections, aggregation by key,
 * ordering with Spark's null ordering, distinct, union and top-N.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataFramePropertyTest {
    private static final int TRIALS = 25;
    private static final StructType SCHEMA = new StructType()
            .add("k", DataTypes.StringType)
            .add("v", DataTypes.LongType)
            .add("w", DataTypes.IntegerType);

    private Rivulet rv;

    @BeforeAll
    void start() {
        rv = Rivulet.builder().master("local[3]").build();
    }

    @AfterAll
    void stop() {
        rv.close();
    }

    /** Rows (k, v, w): few keys, some null; values with nulls and duplicates. */
    private static List<Object[]> table(Random random) {
        int n = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(300);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String k = random.nextInt(8) == 0 ? null : "k" + random.nextInt(6);
            Long v = random.nextInt(6) == 0 ? null : (long) random.nextInt(100) - 50;
            Integer w = random.nextInt(6) == 0 ? null : random.nextInt(10);
            rows.add(new Object[] {k, v, w});
        }
        return rows;
    }

    private DataFrame frame(List<Object[]> rows, Random random) {
        List<Row> list = rows.stream().map(r -> RowFactory.create(r)).toList();
        return rv.createDataFrame(list, SCHEMA).repartition(1 + random.nextInt(4));
    }

    private static List<List<Object>> values(List<Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Row row : rows) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                values.add(row.get(i));
            }
            out.add(values);
        }
        return out;
    }

    private static final Comparator<List<Object>> ANY_ORDER = Comparator.comparing(Object::toString);

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort(ANY_ORDER);
        return copy;
    }

    @Test
    void filterAndProjectMatchStreams() {
        Random random = new Random(1);
        for (int trial = 0; trial < TRIALS; trial++) {
            List<Object[]> rows = table(random);
            long threshold = random.nextInt(60) - 30;
            List<List<Object>> actual = values(frame(rows, random)
                    .filter(col("v").gt(threshold).and(col("k").isNotNull()))
                    .select(col("k"), col("v").multiply(2L).plus(col("w")).as("x"))
                    .collectAsList());
            List<List<Object>> expected = rows.stream()
                    .filter(r -> r[1] != null && (Long) r[1] > threshold && r[0] != null)
                    .map(r -> Arrays.<Object>asList(r[0], r[2] == null ? null : (Long) r[1] * 2 + (Integer) r[2]))
                    .toList();
            assertThat(sorted(actual)).as("trial %s", trial).isEqualTo(sorted(expected));
        }
    }

    @Test
    void groupByAggregatesMatchStreams() {
        Random random = new Random(2);
        for (int trial = 0; trial < TRIALS; trial++) {
            List<Object[]> rows = table(random);
            List<List<Object>> actual = values(frame(rows, random)
                    .groupBy("k")
                    .agg(count(lit(1)), count("v"), sum("v"), min("w"), max("v"), avg("v"))
                    .collectAsList());
            Map<String, List<Object[]>> groups = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
            for (Object[] r : rows) {
                groups.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r);
            }
            List<List<Object>> expected = new ArrayList<>();
            groups.forEach((k, group) -> {
                List<Long> vs = group.stream()
                        .map(r -> (Long) r[1])
                        .filter(Objects::nonNull)
                        .toList();
                List<Integer> ws = group.stream()
                        .map(r -> (Integer) r[2])
                        .filter(Objects::nonNull)
                        .toList();
                expected.add(Arrays.asList(
                        k,
                        (long) group.size(),
                        (long) vs.size(),
                        vs.isEmpty()
                                ? null
                                : vs.stream().mapToLong(Long::longValue).sum(),
                        ws.stream().min(Comparator.naturalOrder()).orElse(null),
                        vs.stream().max(Comparator.naturalOrder()).orElse(null),
                        vs.isEmpty()
                                ? null
                                : vs.stream()
                                        .mapToLong(Long::longValue)
                                        .average()
                                        .orElseThrow()));
            });
            assertThat(sorted(actual)).as("trial %s", trial).isEqualTo(sorted(expected));
        }
    }

    @Test
    void orderByFollowsSparksNullOrderingAndLimitTakesTheFirst() {
        Random random = new Random(3);
        Comparator<Object[]> byVAscNullsFirst =
                Comparator.comparing(r -> (Long) r[1], Comparator.nullsFirst(Comparator.naturalOrder()));
        Comparator<Object[]> byWDescNullsLast =
                Comparator.comparing(r -> (Integer) r[2], Comparator.nullsLast(Comparator.<Integer>reverseOrder()));
        for (int trial = 0; trial < TRIALS; trial++) {
            List<Object[]> rows = table(random);
            int limit = random.nextInt(20);
            // Distinct on the sort keys, so that the order (and the top N) is fully determined.
            List<Object[]> distinctKeys = new ArrayList<>(rows.stream()
                    .collect(Collectors.toMap(
                            r -> Arrays.asList(r[1], r[2]),
                            r -> new Object[] {r[1], r[2]},
                            (a, b) -> a,
                            java.util.LinkedHashMap::new))
                    .values());
            List<List<Object>> actual = values(frame(rows, random)
                    .select("v", "w")
                    .distinct()
                    .orderBy(col("v").asc(), col("w").desc())
                    .limit(limit)
                    .collectAsList());
            List<List<Object>> expected = distinctKeys.stream()
                    .map(r -> new Object[] {null, r[0], r[1]})
                    .sorted(byVAscNullsFirst.thenComparing(byWDescNullsLast))
                    .limit(limit)
                    .map(r -> Arrays.asList(r[1], r[2]))
                    .toList();
            assertThat(actual).as("trial %s", trial).isEqualTo(expected);
        }
    }

    @Test
    void unionKeepsDuplicatesAndDistinctRemovesThem() {
        Random random = new Random(4);
        for (int trial = 0; trial < TRIALS; trial++) {
            List<Object[]> left = table(random);
            List<Object[]> right = table(random);
            DataFrame both = frame(left, random).union(frame(right, random));
            List<List<Object>> all = new ArrayList<>();
            left.forEach(r -> all.add(Arrays.asList(r)));
            right.forEach(r -> all.add(Arrays.asList(r)));
            assertThat(sorted(values(both.collectAsList())))
                    .as("trial %s", trial)
                    .isEqualTo(sorted(all));
            assertThat(sorted(values(both.distinct().collectAsList())))
                    .as("trial %s", trial)
                    .isEqualTo(sorted(all.stream().distinct().toList()));
            assertThat(both.count()).isEqualTo(all.size());
        }
    }
}
