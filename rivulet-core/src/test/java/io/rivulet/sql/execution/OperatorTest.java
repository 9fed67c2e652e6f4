package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.RangeRelation;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The narrow operators over random batches with nulls, against straightforward Java computations. */
class OperatorTest extends EngineTestBase {
    private final List<AttributeReference> attributes = TestData.attributes();

    private LocalTableScanExec scan(List<ColumnBatch> batches, int partitions) {
        return LocalTableScanExec.of(attributes, batches, partitions);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void localScanSplitsRowsEvenlyAndKeepsThemInOrder(long seed) {
        TestData data = new TestData(seed);
        List<ColumnBatch> batches = data.batches(data.random().nextInt(5000), attributes, 50);
        LocalTableScanExec plan = scan(batches, 3);
        List<List<ColumnBatch>> partitions = TestData.partitions(plan, context());
        long total = TestData.rows(batches).size();
        assertThat(partitions).hasSize((int) Math.max(1, Math.min(total, 3)));
        List<List<Object>> all = new ArrayList<>();
        for (List<ColumnBatch> partition : partitions) {
            long rows = TestData.rows(partition).size();
            assertThat(rows).isBetween(total / 3, total / 3 + 1);
            all.addAll(TestData.rows(partition));
        }
        assertThat(all).isEqualTo(TestData.rows(batches));
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void projectAndFilterComputeWhatJavaComputes(long seed) {
        TestData data = new TestData(seed);
        List<ColumnBatch> batches = data.batches(1 + data.random().nextInt(20_000), attributes, 50);
        AttributeReference k = attributes.get(0);
        AttributeReference s = attributes.get(3);
        long threshold = data.random().nextInt(50) - 25;
        List<NamedExpression> projection = List.of(s, Alias.of(new TestExpressions.Times(k, 3), "k3"));
        PhysicalPlan plan = new ProjectExec(
                projection, new FilterExec(new TestExpressions.GreaterThan(k, threshold), scan(batches, 3)));

        List<List<ColumnBatch>> partitions = TestData.partitions(plan, context());

        List<List<Object>> expected = new ArrayList<>();
        for (List<Object> row : TestData.rows(batches)) {
            Long key = (Long) row.get(0);
            if (key != null && key > threshold) {
                expected.add(java.util.Arrays.asList(row.get(3), key * 3));
            }
        }
        List<List<Object>> actual = new ArrayList<>();
        partitions.forEach(p -> actual.addAll(TestData.rows(p)));
        assertThat(actual).isEqualTo(expected);
        for (List<ColumnBatch> partition : partitions) {
            for (int i = 0; i < partition.size() - 1; i++) {
                assertThat(partition.get(i).numRows())
                        .as("all but a partition's last batch hold at least half a batch")
                        .isGreaterThanOrEqualTo(Batches.MIN_ROWS);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void unionConcatenatesPartitions(long seed) {
        TestData data = new TestData(seed);
        List<ColumnBatch> a = data.batches(3000, attributes, 10);
        List<ColumnBatch> b = data.batches(1000, attributes, 10);
        PhysicalPlan plan = new UnionExec(attributes, List.of(scan(a, 2), scan(b, 3)));
        assertThat(plan.outputPartitioning().numPartitions()).isEqualTo(5);
        List<List<Object>> expected = new ArrayList<>(TestData.rows(a));
        expected.addAll(TestData.rows(b));
        assertThat(TestData.collect(plan, context())).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 4095, 4096, 4097, 9999, 10_000, 20_000})
    void limitAndOffsetTakeTheRightRows(int limit) {
        TestData data = new TestData(limit);
        List<ColumnBatch> batches = data.batches(10_000, attributes, 10);
        List<List<Object>> all = TestData.rows(batches);
        for (int offset : new int[] {0, 3, 5000, 12_000}) {
            PhysicalPlan plan = new EnsureRequirements(3)
                    .apply(new GlobalLimitExec(limit, offset, new LocalLimitExec(limit + offset, scan(batches, 1))));
            List<List<Object>> expected =
                    all.subList(Math.min(all.size(), offset), Math.min(all.size(), offset + limit));
            assertThat(TestData.collect(plan, context()))
                    .as("limit %s offset %s", limit, offset)
                    .isEqualTo(expected);
        }
        // Over several partitions, a limit takes that many rows (which ones is not defined), all from the input.
        PhysicalPlan spread = new EnsureRequirements(3)
                .apply(new GlobalLimitExec(limit, 0, new LocalLimitExec(limit, scan(batches, 3))));
        assertThat(spread.treeString()).contains("Exchange SinglePartition");
        List<List<Object>> taken = TestData.collect(spread, context());
        assertThat(taken).hasSize(Math.min(limit, all.size()));
        assertThat(TestData.containsAll(all, taken)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 7, -3, 100_003})
    void rangeMakesTheNumbersOfSpark(long end) {
        for (long step : new long[] {1, 3, -2}) {
            RangeRelation relation = new RangeRelation(
                    step > 0 ? -5 : end,
                    step > 0 ? end : -5,
                    step,
                    4,
                    AttributeReference.of("id", DataTypes.LongType, false));
            List<Long> expected = new ArrayList<>();
            for (long v = relation.start(); step > 0 ? v < relation.end() : v > relation.end(); v += step) {
                expected.add(v);
            }
            List<Object> actual = TestData.collect(new RangeExec(relation), context()).stream()
                    .map(row -> row.get(0))
                    .toList();
            assertThat(actual).as("range %s", relation).isEqualTo(new ArrayList<Object>(expected));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {9, 10})
    void sampleIsSeededPerPartitionAndKeepsAboutTheFraction(long seed) {
        TestData data = new TestData(seed);
        List<ColumnBatch> batches = data.batches(20_000, attributes, 10);
        List<List<Object>> first = TestData.collect(new SampleExec(0.3, false, 42, scan(batches, 3)), context());
        List<List<Object>> again = TestData.collect(new SampleExec(0.3, false, 42, scan(batches, 3)), context());
        List<List<Object>> other = TestData.collect(new SampleExec(0.3, false, 43, scan(batches, 3)), context());
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first.size()).isBetween(5_000, 7_000); // 6,000 expected; 14 standard deviations either way
        assertThat(TestData.containsAll(TestData.rows(batches), first)).isTrue();
        assertThat(TestData.collect(new SampleExec(0, false, 1, scan(batches, 3)), context()))
                .isEmpty();
        assertThat(TestData.collect(new SampleExec(1, false, 1, scan(batches, 3)), context()))
                .isEqualTo(TestData.rows(batches));
        List<List<Object>> poisson = TestData.collect(new SampleExec(2.0, true, 5, scan(batches, 3)), context());
        assertThat(poisson.size()).isBetween(38_000, 42_000);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void generateJoinsTheParentRows(boolean outer) {
        TestData data = new TestData(outer ? 21 : 22);
        List<ColumnBatch> batches = data.batches(5000, attributes, 100);
        AttributeReference x = AttributeReference.of("x", DataTypes.LongType, true);
        PhysicalPlan plan =
                new GenerateExec(new TestExpressions.Repeat(attributes.get(0)), outer, List.of(x), scan(batches, 2));
        List<List<Object>> expected = new ArrayList<>();
        for (List<Object> row : TestData.rows(batches)) {
            Long n = (Long) row.get(0);
            int copies = n == null ? 0 : (int) Math.floorMod(n, 4L);
            for (long c = 0; c < copies; c++) {
                List<Object> out = new ArrayList<>(row);
                out.add(c);
                expected.add(out);
            }
            if (copies == 0 && outer) {
                List<Object> out = new ArrayList<>(row);
                out.add(null);
                expected.add(out);
            }
        }
        assertThat(TestData.collect(plan, context())).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void coalesceMergesContiguousPartitions(int target) {
        TestData data = new TestData(target);
        List<ColumnBatch> batches = data.batches(6000, attributes, 10);
        PhysicalPlan plan = new CoalesceExec(target, scan(batches, 3));
        List<List<ColumnBatch>> partitions = TestData.partitions(plan, context());
        assertThat(partitions).hasSize(Math.min(target, 3));
        List<List<Object>> all = new ArrayList<>();
        partitions.forEach(p -> all.addAll(TestData.rows(p)));
        assertThat(all).isEqualTo(TestData.rows(batches));
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void deduplicateKeepsOneRowPerDistinctKey(long seed) {
        TestData data = new TestData(seed);
        List<ColumnBatch> batches = data.batches(30_000, attributes, 40);
        List<io.rivulet.sql.expr.Expression> keys = List.of(attributes.get(0), attributes.get(3));
        PhysicalPlan plan = new EnsureRequirements(4)
                .apply(new DeduplicateExec(keys, false, new DeduplicateExec(keys, true, scan(batches, 3))));
        assertThat(plan.treeString()).contains("Exchange hashpartitioning");
        List<List<Object>> rows = TestData.collect(plan, context());
        java.util.Set<List<Object>> expectedKeys = new java.util.HashSet<>();
        for (List<Object> row : TestData.rows(batches)) {
            expectedKeys.add(java.util.Arrays.asList(row.get(0), row.get(3)));
        }
        List<List<Object>> keysOut = rows.stream()
                .map(row -> java.util.Arrays.asList(row.get(0), row.get(3)))
                .toList();
        assertThat(keysOut).doesNotHaveDuplicates();
        assertThat(new java.util.HashSet<>(keysOut)).isEqualTo(expectedKeys);
        assertThat(TestData.containsAll(TestData.rows(batches), rows)).isTrue();
    }
}
