package io.rivulet.sql.execution.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.LongVector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aggregation under a memory budget far smaller than its groups: the partial step emits early, the final step
 * spills sorted runs and merges them, a hot key stays one small group; answers exact, spills reported, no file
 * or memory left. And distinct aggregates, which must count each value once whatever the spills.
 */
class AggregateSpillTest {
    @TempDir
    Path localDir;

    private static final AttributeReference V = HashAggregateTest.V;

    private void checkManyKeys(ExecHarness harness, List<DataType> keyTypes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AttributeReference> keys = new ArrayList<>();
        for (int k = 0; k < keyTypes.size(); k++) {
            keys.add(AttributeReference.of("k" + k, keyTypes.get(k), true));
        }
        List<List<Object>> rows = HashAggregateTest.rows(keyTypes, 60_000, 40_000, random);
        List<AttributeReference> output = new ArrayList<>(keys);
        output.add(V);
        PhysicalPlan source = TestBatches.source(output, rows, 3, random);
        int spillsBefore = harness.spills().size();
        List<List<Object>> result = harness.collect(HashAggregateTest.plan(keys, source, harness));
        assertThat(Diffs.ofMaps(
                        HashAggregateTest.byKey(result, keys.size()), HashAggregateTest.reference(rows, keys.size())))
                .as("seed %d, keys %s", seed, keyTypes)
                .isEmpty();
        assertThat(harness.spills().subList(spillsBefore, harness.spills().size()))
                .as("the final step spilled")
                .anySatisfy(spill -> {
                    assertThat(spill.what()).isEqualTo("hash aggregation");
                    assertThat(spill.bytes()).isPositive();
                    assertThat(spill.cause()).contains("execution memory");
                });
    }

    @Test
    void manyKeysSpillSortedRunsAndStayExact() {
        try (ExecHarness harness = ExecHarness.withMemory(localDir, "384k", "8k")) {
            checkManyKeys(harness, List.of(DataTypes.LongType), 1);
            checkManyKeys(harness, List.of(DataTypes.StringType), 2);
            checkManyKeys(harness, List.of(DataTypes.IntegerType, DataTypes.StringType), 3);
        }
    }

    @Test
    void aHotKeyOfFiveMillionRowsIsOneSmallGroup() {
        AttributeReference k = AttributeReference.of("k", DataTypes.LongType, false);
        int rowsPerBatch = 4096;
        int batches = 5_000_000 / rowsPerBatch / 2 + 1;
        GeneratedExec source = new GeneratedExec(List.of(k, V), 2, batches, (partition, index) -> {
            long[] keys = new long[rowsPerBatch];
            Arrays.fill(keys, 42);
            long[] values = new long[rowsPerBatch];
            Arrays.fill(values, 3);
            return ColumnBatch.of(
                    new LongVector(DataTypes.LongType, rowsPerBatch, keys, null),
                    new LongVector(DataTypes.LongType, rowsPerBatch, values, null));
        });
        long rows = 2L * batches * rowsPerBatch;
        try (ExecHarness harness = ExecHarness.withMemory(localDir, "256k", "8k")) {
            List<List<Object>> result = harness.collect(HashAggregateTest.plan(List.of(k), source, harness));
            assertThat(result).containsExactly(List.of(42L, 3 * rows, rows, rows, 4 * rows));
        }
    }

    /** SELECT k, count(DISTINCT v), sum(v), count(*) GROUP BY k (no k: over everything). */
    private static PhysicalPlan distinctPlan(List<AttributeReference> keys, PhysicalPlan child, ExecHarness harness) {
        AggregateFunction distinct = TestCount.distinctOf(V);
        List<NamedExpression> outputs = new ArrayList<>(keys);
        outputs.add(Alias.of(distinct, "d"));
        outputs.add(Alias.of(new TestSum(V), "s"));
        outputs.add(Alias.of(TestCount.star(), "n"));
        Aggregate aggregate = new Aggregate(List.copyOf(keys), outputs, new SizedRelation(List.of(V), 1000));
        return AggregatePlanner.plan(aggregate, child, harness.conf(), TestExchanges.EXCHANGES);
    }

    private static Map<List<Object>, List<Object>> distinctReference(List<List<Object>> rows, int keyCount) {
        Map<List<Object>, Set<Object>> values = new HashMap<>();
        Map<List<Object>, List<Object>> plain = HashAggregateTest.reference(rows, keyCount);
        for (List<Object> row : rows) {
            Set<Object> set = values.computeIfAbsent(new ArrayList<>(row.subList(0, keyCount)), x -> new HashSet<>());
            if (row.get(keyCount) != null) {
                set.add(row.get(keyCount));
            }
        }
        Map<List<Object>, List<Object>> expected = new HashMap<>();
        plain.forEach((key, p) ->
                expected.put(key, Arrays.asList((long) values.get(key).size(), p.get(0), p.get(2))));
        return expected;
    }

    private void checkDistinct(ExecHarness harness, int keyCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AttributeReference> keys = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < keyCount; i++) {
            keys.add(AttributeReference.of("k" + i, DataTypes.IntegerType, true));
            types.add(DataTypes.IntegerType);
        }
        List<List<Object>> rows = HashAggregateTest.rows(types, 30_000, 1 + random.nextInt(300), random);
        rows.forEach(row -> row.set(keyCount, row.get(keyCount) == null ? null : (Long) row.get(keyCount) % 50));
        List<AttributeReference> output = new ArrayList<>(keys);
        output.add(V);
        PhysicalPlan plan = distinctPlan(keys, TestBatches.source(output, rows, 3, random), harness);
        assertThat(plan.treeString()).contains("partial_count(DISTINCT", "merge_sum(v");
        List<List<Object>> result = harness.collect(plan);
        assertThat(Diffs.ofMaps(HashAggregateTest.byKey(result, keyCount), distinctReference(rows, keyCount)))
                .as("seed %d", seed)
                .isEmpty();
    }

    @Test
    void distinctAggregatesCountEachValueOnceMixedWithOthers() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            checkDistinct(harness, 1, 11);
            checkDistinct(harness, 2, 12);
            checkDistinct(harness, 0, 13);
        }
    }

    @Test
    void distinctAggregatesStayExactWhenEveryStepSpills() {
        try (ExecHarness harness = ExecHarness.withMemory(localDir, "256k", "4k")) {
            checkDistinct(harness, 1, 21);
            checkDistinct(harness, 0, 22);
        }
    }
}
