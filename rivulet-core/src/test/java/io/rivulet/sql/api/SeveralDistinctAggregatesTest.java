package io.rivulet.sql.api;

import static io.rivulet.sql.functions.avg;
import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.count;
import static io.rivulet.sql.functions.countDistinct;
import static io.rivulet.sql.functions.lit;
import static io.rivulet.sql.functions.max;
import static io.rivulet.sql.functions.sum;
import static io.rivulet.sql.functions.sum_distinct;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * count/sum DISTINCT over several sets of arguments beside plain aggregates, by key and without, on random rows
 * with nulls, against the same figures computed with Java collections.
 */
class SeveralDistinctAggregatesTest {
    private static final StructType SCHEMA = new StructType()
            .add("k", DataTypes.IntegerType)
            .add("a", DataTypes.IntegerType)
            .add("b", DataTypes.StringType)
            .add("v", DataTypes.LongType);

    @ParameterizedTest
    @ValueSource(strings = {"local[1]", "local[3]"})
    void byKeyAndWithoutAgreeWithJava(String master) {
        Random random = new Random(master.length());
        List<Object[]> data = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            data.add(new Object[] {
                random.nextInt(10) == 0 ? null : random.nextInt(12),
                random.nextInt(8) == 0 ? null : random.nextInt(40),
                random.nextInt(8) == 0 ? null : "b" + random.nextInt(25),
                random.nextInt(8) == 0 ? null : (long) random.nextInt(1000)
            });
        }
        try (Rivulet rv = Rivulet.builder()
                .master(master)
                .config("rivulet.sql.shuffle.partitions", "3")
                .build()) {
            DataFrame table = rv.createDataFrame(
                            data.stream().map(RowFactory::create).toList(), SCHEMA)
                    .repartition(4);
            DataFrame byKey = table.groupBy("k")
                    .agg(
                            countDistinct(col("a")),
                            countDistinct(col("b")),
                            sum_distinct(col("a")),
                            count(lit(1)),
                            sum(col("v")),
                            countDistinct(col("a"), col("b")),
                            avg(col("v")),
                            max(col("b")));
            assertThat(ExplainOutput.of(byKey)).contains("Expand");
            Map<Integer, List<Object[]>> groups = new TreeMap<>(java.util.Comparator.nullsFirst(Integer::compare));
            data.forEach(r -> groups.computeIfAbsent((Integer) r[0], k -> new ArrayList<>())
                    .add(r));
            Map<Integer, List<Object>> expected = new HashMap<>();
            groups.forEach((k, rows) -> expected.put(k, figures(rows)));
            List<Row> rows = byKey.collectAsList();
            assertThat(rows).hasSize(groups.size());
            for (Row row : rows) {
                Integer k = row.isNullAt(0) ? null : row.getInt(0);
                assertThat(values(row, 1)).as("key %s", k).isEqualTo(expected.get(k));
            }

            DataFrame global = table.agg(countDistinct(col("a")), countDistinct(col("b")), count(lit(1)));
            List<Object> all = figures(data);
            assertThat(values(global.first(), 0)).containsExactly(all.get(0), all.get(1), all.get(3));
            DataFrame none = table.where(col("v").lt(lit(0L)))
                    .agg(countDistinct(col("a")), countDistinct(col("b")), count(lit(1)), sum(col("v")));
            assertThat(values(none.first(), 0)).containsExactly(0L, 0L, 0L, null);
        }
    }

    /** count(DISTINCT a), count(DISTINCT b), sum(DISTINCT a), count(1), sum(v), count(DISTINCT a, b), avg(v), max(b). */
    private static List<Object> figures(List<Object[]> rows) {
        Set<Object> as = new HashSet<>();
        Set<Object> bs = new HashSet<>();
        Set<List<Object>> pairs = new HashSet<>();
        long vSum = 0;
        long vCount = 0;
        String maxB = null;
        for (Object[] r : rows) {
            if (r[1] != null) {
                as.add(r[1]);
            }
            if (r[2] != null) {
                bs.add(r[2]);
                maxB = maxB == null || maxB.compareTo((String) r[2]) < 0 ? (String) r[2] : maxB;
            }
            if (r[1] != null && r[2] != null) {
                pairs.add(List.of(r[1], r[2]));
            }
            if (r[3] != null) {
                vSum += (Long) r[3];
                vCount++;
            }
        }
        Long distinctSum =
                as.isEmpty() ? null : as.stream().mapToLong(a -> (Integer) a).sum();
        List<Object> figures = new ArrayList<>();
        figures.add((long) as.size());
        figures.add((long) bs.size());
        figures.add(distinctSum);
        figures.add((long) rows.size());
        figures.add(vCount == 0 ? null : vSum);
        figures.add((long) pairs.size());
        figures.add(vCount == 0 ? null : (double) vSum / vCount);
        figures.add(maxB);
        return figures;
    }

    private static List<Object> values(Row row, int from) {
        List<Object> values = new ArrayList<>();
        for (int i = from; i < row.length(); i++) {
            values.add(row.get(i));
        }
        return values;
    }
}
