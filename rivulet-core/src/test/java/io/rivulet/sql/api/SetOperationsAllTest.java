package io.rivulet.sql.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** exceptAll and intersectAll on random rows with duplicates and nulls, against multisets in Java. */
class SetOperationsAllTest {
    private static final StructType SCHEMA =
            new StructType().add("x", DataTypes.IntegerType).add("s", DataTypes.StringType);

    @Test
    void exceptAllAndIntersectAllKeepMultiplicitiesWithNullsEqual() {
        Random random = new Random(31);
        try (Rivulet rv = Rivulet.builder().master("local[3]").build()) {
            for (int round = 0; round < 4; round++) {
                List<List<Object>> left = rows(random, 400);
                List<List<Object>> right = rows(random, 300);
                DataFrame l = frame(rv, left);
                DataFrame r = frame(rv, right);
                Map<List<Object>, Integer> lc = counts(left);
                Map<List<Object>, Integer> rc = counts(right);
                Map<List<Object>, Integer> except = new HashMap<>();
                Map<List<Object>, Integer> intersect = new HashMap<>();
                lc.forEach((row, n) -> {
                    int m = rc.getOrDefault(row, 0);
                    if (n - m > 0) {
                        except.put(row, n - m);
                    }
                    if (Math.min(n, m) > 0) {
                        intersect.put(row, Math.min(n, m));
                    }
                });
                assertThat(counts(collect(l.exceptAll(r)))).as("except all").isEqualTo(except);
                assertThat(counts(collect(l.intersectAll(r))))
                        .as("intersect all")
                        .isEqualTo(intersect);
                assertThat(l.exceptAll(l).count()).isZero();
                assertThat(counts(collect(l.intersectAll(l)))).isEqualTo(lc);
            }
        }
    }

    private static List<List<Object>> rows(Random random, int n) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Integer x = random.nextInt(6) == 0 ? null : random.nextInt(8);
            String s = random.nextInt(6) == 0 ? null : "s" + random.nextInt(3);
            rows.add(Arrays.asList(x, s));
        }
        return rows;
    }

    private static DataFrame frame(Rivulet rv, List<List<Object>> rows) {
        return rv.createDataFrame(
                        rows.stream().map(r -> RowFactory.create(r.toArray())).toList(), SCHEMA)
                .repartition(3);
    }

    private static List<List<Object>> collect(DataFrame frame) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : frame.collectAsList()) {
            rows.add(Arrays.asList(row.get(0), row.get(1)));
        }
        return rows;
    }

    private static Map<List<Object>, Integer> counts(List<List<Object>> rows) {
        Map<List<Object>, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.merge(row, 1, Integer::sum));
        return counts;
    }
}
