package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exchanges through the engine's real shuffle: hash partitioning puts each key in one partition and the same one
 * for two inputs, range partitioning orders the partitions, round robin balances them, and every row arrives once
 * (the serialization round trip; {@link SerializedExchangeTest} makes every map output go through the serializer
 * and spill).
 */
class ExchangeTest extends EngineTestBase {
    final List<AttributeReference> attributes = TestData.attributes();

    LocalTableScanExec scan(List<ColumnBatch> batches, int partitions) {
        return LocalTableScanExec.of(attributes, batches, partitions);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void hashPartitioningSendsEqualKeysOfTwoInputsToOnePartition(long seed) {
        TestData data = new TestData(seed);
        List<ColumnBatch> left = data.batches(20_000, attributes, 300);
        List<ColumnBatch> right = data.batches(7_000, attributes, 300);
        List<Expression> keys = List.of(attributes.get(0), attributes.get(3));
        Map<List<Object>, Integer> partitionOfKey = new HashMap<>();
        for (List<ColumnBatch> input : List.of(left, right)) {
            PhysicalPlan plan = new ShuffleExchangeExec(new Partitioning.Hash(keys, 5), scan(input, 3));
            List<List<ColumnBatch>> partitions = TestData.partitions(plan, context());
            assertThat(partitions).hasSize(5);
            List<List<Object>> all = new ArrayList<>();
            for (int p = 0; p < partitions.size(); p++) {
                for (List<Object> row : TestData.rows(partitions.get(p))) {
                    List<Object> key = java.util.Arrays.asList(row.get(0), row.get(3));
                    Integer seen = partitionOfKey.putIfAbsent(key, p);
                    assertThat(seen == null ? p : seen)
                            .as("partition of key %s", key)
                            .isEqualTo(p);
                    all.add(row);
                }
                assertBatchesFull(partitions.get(p));
            }
            assertThat(TestData.sorted(all)).isEqualTo(TestData.sorted(TestData.rows(input)));
        }
        long used = partitionOfKey.values().stream().distinct().count();
        assertThat(used).as("keys spread over the partitions").isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void rangePartitioningOrdersThePartitions(long seed) {
        TestData data = new TestData(seed);
        List<ColumnBatch> input = data.batches(30_000, attributes, 100_000);
        boolean ascending = seed % 2 == 0;
        SortOrder order = new SortOrder(attributes.get(seed == 6 ? 3 : 0), ascending, !ascending);
        int column = seed == 6 ? 3 : 0;
        PhysicalPlan plan = new ShuffleExchangeExec(new Partitioning.Range(List.of(order), 4), scan(input, 3));
        List<List<ColumnBatch>> partitions = TestData.partitions(plan, context());
        assertThat(partitions).hasSize(4);
        ColumnOrderingComparator compare = new ColumnOrderingComparator(ascending, !ascending);
        List<List<Object>> all = new ArrayList<>();
        Object previousMax = null;
        boolean first = true;
        for (List<ColumnBatch> partition : partitions) {
            List<List<Object>> rows = TestData.rows(partition);
            all.addAll(rows);
            if (rows.isEmpty()) {
                continue;
            }
            Object min = rows.get(0).get(column);
            Object max = min;
            for (List<Object> row : rows) {
                Object v = row.get(column);
                min = compare.compare(v, min) < 0 ? v : min;
                max = compare.compare(v, max) > 0 ? v : max;
            }
            if (!first) {
                assertThat(compare.compare(previousMax, min))
                        .as("ranges in order")
                        .isLessThanOrEqualTo(0);
            }
            first = false;
            previousMax = max;
            if (column == 0) {
                assertThat(rows.size()).as("a balanced range").isLessThan(30_000 / 2);
            }
        }
        assertThat(TestData.sorted(all)).isEqualTo(TestData.sorted(TestData.rows(input)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 7})
    void roundRobinBalancesThePartitions(int partitions) {
        TestData data = new TestData(partitions);
        List<ColumnBatch> input = data.batches(10_001, attributes, 10);
        PhysicalPlan plan = new ShuffleExchangeExec(new Partitioning.RoundRobin(partitions), scan(input, 3));
        List<List<ColumnBatch>> output = TestData.partitions(plan, context());
        assertThat(output).hasSize(partitions);
        int min = Integer.MAX_VALUE;
        int max = 0;
        List<List<Object>> all = new ArrayList<>();
        for (List<ColumnBatch> partition : output) {
            int rows = TestData.rows(partition).size();
            min = Math.min(min, rows);
            max = Math.max(max, rows);
            all.addAll(TestData.rows(partition));
        }
        assertThat(max - min)
                .as("each of 3 map partitions adds at most one row more to a partition")
                .isLessThanOrEqualTo(3);
        assertThat(TestData.sorted(all)).isEqualTo(TestData.sorted(TestData.rows(input)));
    }

    @ParameterizedTest
    @ValueSource(longs = {8, 9})
    void aSingleExchangeGathersEverything(long seed) {
        TestData data = new TestData(seed);
        List<ColumnBatch> input = data.batches(12_345, attributes, 10);
        PhysicalPlan plan = new ShuffleExchangeExec(new Partitioning.Single(), scan(input, 3));
        List<List<ColumnBatch>> output = TestData.partitions(plan, context());
        assertThat(output).hasSize(1);
        assertThat(TestData.sorted(TestData.rows(output.get(0)))).isEqualTo(TestData.sorted(TestData.rows(input)));
    }

    static void assertBatchesFull(List<ColumnBatch> partition) {
        for (int i = 0; i < partition.size() - 1; i++) {
            assertThat(partition.get(i).numRows()).isGreaterThanOrEqualTo(Batches.MIN_ROWS);
        }
    }

    /** Orders one column's external values with the direction and null placement of a sort key. */
    record ColumnOrderingComparator(boolean ascending, boolean nullsFirst) {
        int compare(Object a, Object b) {
            if (a == null || b == null) {
                return a == b ? 0 : (a == null) == nullsFirst ? -1 : 1;
            }
            int c = TestData.compareValues(a, b);
            return ascending ? c : -c;
        }
    }
}
