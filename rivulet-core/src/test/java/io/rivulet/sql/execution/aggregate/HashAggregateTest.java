package io.rivulet.sql.execution.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.execution.Partitioning;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.execution.ShuffleExchangeExec;
import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hash aggregation through its planner hook over seeded random batches (nulls, duplicate keys, empty batches
 * and partitions), against a {@code HashMap} reference: {@code SELECT keys, sum(v), count(v), count(*),
 * sum(v) + count(*) GROUP BY keys}.
 */
class HashAggregateTest {
    @TempDir
    Path localDir;

    static final AttributeReference V = AttributeReference.of("v", DataTypes.LongType, true);

    /** The query over {@code child}; keys are the first {@code keys.size()} columns. */
    static PhysicalPlan plan(List<AttributeReference> keys, PhysicalPlan child, ExecHarness harness) {
        AggregateFunction sum = new TestSum(V);
        AggregateFunction count = TestCount.of(V);
        AggregateFunction star = TestCount.star();
        List<NamedExpression> outputs = new ArrayList<>(keys);
        outputs.add(Alias.of(sum, "s"));
        outputs.add(Alias.of(count, "c"));
        outputs.add(Alias.of(star, "n"));
        outputs.add(Alias.of(new TestAdd(sum, star), "t"));
        List<AttributeReference> all = new ArrayList<>(keys);
        all.add(V);
        Aggregate aggregate = new Aggregate(List.copyOf(keys), outputs, new SizedRelation(all, 1000));
        return AggregatePlanner.plan(aggregate, child, harness.conf(), TestExchanges.EXCHANGES);
    }

    /** keys -> {sum, seen, count, star}; -0.0 is 0.0 (NaN already equals NaN in List.equals). */
    static Map<List<Object>, List<Object>> reference(List<List<Object>> rows, int keyCount) {
        Map<List<Object>, long[]> groups = new HashMap<>();
        for (List<Object> row : rows) {
            List<Object> key = new ArrayList<>(row.subList(0, keyCount));
            key.replaceAll(k -> k instanceof Double d && d == 0.0 ? (Object) 0.0 : k);
            long[] g = groups.computeIfAbsent(key, k -> new long[4]);
            Object v = row.get(keyCount);
            if (v != null) {
                g[0] += (Long) v;
                g[1] = 1;
                g[2]++;
            }
            g[3]++;
        }
        Map<List<Object>, List<Object>> expected = new HashMap<>();
        groups.forEach((key, g) -> {
            Long sum = g[1] == 1 ? g[0] : null;
            expected.put(key, Arrays.asList(sum, g[2], g[3], sum == null ? null : sum + g[3]));
        });
        return expected;
    }

    static Map<List<Object>, List<Object>> byKey(List<List<Object>> rows, int keyCount) {
        Map<List<Object>, List<Object>> result = new HashMap<>();
        for (List<Object> row : rows) {
            List<Object> previous =
                    result.put(new ArrayList<>(row.subList(0, keyCount)), row.subList(keyCount, row.size()));
            assertThat(previous)
                    .as("key %s given twice", row.subList(0, keyCount))
                    .isNull();
        }
        return result;
    }

    private static Object randomKey(DataType type, SplittableRandom random, int range) {
        if (random.nextInt(15) == 0) {
            return null;
        }
        int k = random.nextInt(range);
        if (type == DataTypes.LongType) {
            return (long) k - range / 2;
        } else if (type == DataTypes.IntegerType) {
            return k;
        } else if (type == DataTypes.StringType) {
            return k % 7 == 0 ? "" : "key-" + k + (k % 3 == 0 ? "-日本" : "");
        } else if (type == DataTypes.DoubleType) {
            double[] specials = {Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY};
            return k < specials.length ? specials[k] : k / 4.0;
        }
        throw new IllegalArgumentException(type.toString());
    }

    /** Random rows of the key types then v, with about 8% null values. */
    static List<List<Object>> rows(List<DataType> keyTypes, int n, int range, SplittableRandom random) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Object> row = new ArrayList<>();
            for (DataType type : keyTypes) {
                row.add(randomKey(type, random, range));
            }
            row.add(random.nextInt(12) == 0 ? null : (long) random.nextInt(-1000, 1000));
            rows.add(row);
        }
        return rows;
    }

    private void checkRandom(ExecHarness harness, List<DataType> keyTypes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AttributeReference> keys = new ArrayList<>();
        for (int k = 0; k < keyTypes.size(); k++) {
            keys.add(AttributeReference.of("k" + k, keyTypes.get(k), true));
        }
        int n = random.nextInt(4) == 0 ? random.nextInt(20) : random.nextInt(20_000);
        int range = 1 + random.nextInt(random.nextBoolean() ? 30 : 5000);
        List<List<Object>> rows = rows(keyTypes, n, range, random);
        List<AttributeReference> output = new ArrayList<>(keys);
        output.add(V);
        PhysicalPlan source = TestBatches.source(output, rows, 1 + random.nextInt(5), random);
        List<List<Object>> result = harness.collect(plan(keys, source, harness));
        assertThat(Diffs.ofMaps(byKey(result, keys.size()), reference(rows, keys.size())))
                .as("seed %d, keys %s, %d rows over %d keys", seed, keyTypes, n, range)
                .isEmpty();
    }

    @Test
    void groupsByOneLongKeyAsAHashMapDoes() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            for (long seed = 0; seed < 12; seed++) {
                checkRandom(harness, List.of(DataTypes.LongType), seed);
            }
        }
    }

    @Test
    void groupsByIntStringDoubleAndSeveralKeys() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            for (long seed = 100; seed < 106; seed++) {
                checkRandom(harness, List.of(DataTypes.IntegerType), seed);
                checkRandom(harness, List.of(DataTypes.StringType), seed);
                checkRandom(harness, List.of(DataTypes.DoubleType), seed);
                checkRandom(harness, List.of(DataTypes.IntegerType, DataTypes.StringType), seed);
                checkRandom(harness, List.of(DataTypes.DoubleType, DataTypes.LongType, DataTypes.StringType), seed);
            }
        }
    }

    @Test
    void withoutGroupingAnEmptyInputGivesOneRowOfCountZeroAndNullSum() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            PhysicalPlan empty = new BatchesExec(List.of(V), List.of(List.of(), List.of()));
            assertThat(harness.collect(plan(List.of(), empty, harness)))
                    .containsExactly(Arrays.asList(null, 0L, 0L, null));
            PhysicalPlan noPartitions = new BatchesExec(List.of(V), List.of());
            assertThat(harness.collect(plan(List.of(), noPartitions, harness)))
                    .containsExactly(Arrays.asList(null, 0L, 0L, null));
            SplittableRandom random = new SplittableRandom(7);
            List<List<Object>> rows = rows(List.of(), 5000, 1, random);
            PhysicalPlan source = TestBatches.source(List.of(V), rows, 4, random);
            assertThat(harness.collect(plan(List.of(), source, harness)))
                    .containsExactly(reference(rows, 0).get(List.of()));
        }
    }

    @Test
    void aChildAlreadyPartitionedByTheKeysIsAggregatedInOneStep() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            AttributeReference k = AttributeReference.of("k", DataTypes.LongType, true);
            SplittableRandom random = new SplittableRandom(3);
            List<List<Object>> rows = rows(List.of(DataTypes.LongType), 3000, 50, random);
            PhysicalPlan hashed = new ShuffleExchangeExec(
                    new Partitioning.Hash(List.<Expression>of(k), 4),
                    TestBatches.source(List.of(k, V), rows, 3, random));
            PhysicalPlan plan = plan(List.of(k), hashed, harness);
            assertThat(plan.treeString()).doesNotContain("partial_").containsOnlyOnce("Exchange");
            assertThat(byKey(harness.collect(plan), 1)).isEqualTo(reference(rows, 1));
        }
    }

    @Test
    void plansPartialExchangeFinal() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            AttributeReference k = AttributeReference.of("k", DataTypes.LongType, true);
            PhysicalPlan plan = plan(List.of(k), new BatchesExec(List.of(k, V), List.of()), harness);
            String tree = plan.treeString().replaceAll("#\\d+", "#n");
            assertThat(tree)
                    .startsWith(
                            "HashAggregate(keys=[k#n], functions=[sum(v#n), count(v#n), count(1)], output=[k#n, s#n")
                    .contains("Exchange hashpartitioning(k#n, 3)")
                    .contains(
                            "HashAggregate(keys=[k#n], functions=[partial_sum(v#n), partial_count(v#n), partial_count(1)]");
        }
    }
}
