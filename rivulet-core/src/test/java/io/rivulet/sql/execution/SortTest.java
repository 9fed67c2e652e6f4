package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.JobListener;
import io.rivulet.SpillInfo;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Global and per-partition sorts and top-N under a memory budget far smaller than the data, so that the external
 * sort spills: the rows come out in the order Java's sort gives, the spills are reported, and no spill file
 * outlives its task (the leak check after close).
 */
class SortTest extends EngineTestBase {
    private final List<AttributeReference> attributes = TestData.attributes();
    private final List<SpillInfo> spills = new CopyOnWriteArrayList<>();

    @Override
    String[] settings() {
        return new String[] {"rivulet.executor.memory", "1m", "rivulet.memory.minSpillBytes", "4k"};
    }

    private void listen() {
        rv.addListener(new JobListener() {
            @Override
            public void onSpill(SpillInfo spill) {
                spills.add(spill);
            }
        });
    }

    private LocalTableScanExec scan(List<ColumnBatch> batches, int partitions) {
        return LocalTableScanExec.of(attributes, batches, partitions);
    }

    /** Random keys: one to three of the columns, random directions and null placements. */
    private List<SortOrder> randomOrder(SplittableRandom random, int[] ordinals, boolean[] asc, boolean[] nullsFirst) {
        List<SortOrder> order = new ArrayList<>();
        for (int k = 0; k < ordinals.length; k++) {
            ordinals[k] = random.nextInt(4);
            asc[k] = random.nextBoolean();
            nullsFirst[k] = random.nextBoolean();
            order.add(new SortOrder(attributes.get(ordinals[k]), asc[k], nullsFirst[k]));
        }
        return order;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aGlobalSortOrdersEveryRowAcrossPartitionsAndSpills(long seed) {
        listen();
        TestData data = new TestData(seed);
        SplittableRandom random = data.random();
        List<ColumnBatch> input = data.batches(40_000 + random.nextInt(20_000), attributes, 1000);
        int keys = 1 + (int) (seed % 3);
        int[] ordinals = new int[keys];
        boolean[] asc = new boolean[keys];
        boolean[] nullsFirst = new boolean[keys];
        List<SortOrder> order = randomOrder(random, ordinals, asc, nullsFirst);
        PhysicalPlan plan = new EnsureRequirements(4).apply(new SortExec(order, true, scan(input, 3)));
        assertThat(plan.treeString()).contains("Exchange rangepartitioning");

        List<List<Object>> sorted = TestData.collect(plan, context());

        List<List<Object>> expected = new ArrayList<>(TestData.rows(input));
        expected.sort(rowOrder(ordinals, asc, nullsFirst));
        assertThat(keysOf(sorted, ordinals)).isEqualTo(keysOf(expected, ordinals));
        assertThat(TestData.sorted(sorted)).isEqualTo(TestData.sorted(expected));
        assertThat(spills).anySatisfy(spill -> assertThat(spill.what()).isEqualTo("sort buffer"));
    }

    @Test
    void aSortByAComputedKeyCarriesTheKeyAndDropsIt() {
        TestData data = new TestData(77);
        List<ColumnBatch> input = data.batches(20_000, attributes, 1000);
        AttributeReference k = attributes.get(0);
        SortOrder byTimes = SortOrder.desc(new TestExpressions.Times(k, -1)); // descending -k: ascending k, nulls last
        PhysicalPlan plan = new SortExec(List.of(byTimes), false, scan(input, 1));
        List<List<Object>> sorted = TestData.collect(plan, context());
        assertThat(sorted).allSatisfy(row -> assertThat(row).hasSize(4));
        List<List<Object>> expected = new ArrayList<>(TestData.rows(input));
        expected.sort(rowOrder(new int[] {0}, new boolean[] {true}, new boolean[] {false}));
        assertThat(keysOf(sorted, new int[] {0})).isEqualTo(keysOf(expected, new int[] {0}));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 4095, 5000, 70_000})
    void topNGivesWhatAFullSortAndALimitGive(int limit) {
        TestData data = new TestData(limit);
        SplittableRandom random = data.random();
        List<ColumnBatch> input = data.batches(30_000, attributes, 500);
        int[] ordinals = new int[2];
        boolean[] asc = new boolean[2];
        boolean[] nullsFirst = new boolean[2];
        List<SortOrder> order = randomOrder(random, ordinals, asc, nullsFirst);
        for (int offset : new int[] {0, 7, 29_995}) {
            List<NamedExpression> projection = List.of(
                    attributes.get(ordinals[0]), attributes.get(ordinals[1]), Alias.of(attributes.get(3), "s2"));
            PhysicalPlan topN = new TakeOrderedAndProjectExec(limit, offset, order, projection, scan(input, 3));
            List<List<Object>> actual = TestData.collect(topN, context());

            List<List<Object>> expected = new ArrayList<>(TestData.rows(input));
            expected.sort(rowOrder(ordinals, asc, nullsFirst));
            expected = expected.subList(Math.min(expected.size(), offset), Math.min(expected.size(), offset + limit));
            assertThat(actual).as("limit %s offset %s", limit, offset).hasSize(expected.size());
            assertThat(keysOf(actual, new int[] {0, 1})).isEqualTo(keysOf(expected, ordinals));
        }
    }

    @Test
    void theFastAndSlowSortOfARunAgreeOnAllTypes() {
        TestData data = new TestData(1234);
        ColumnBatch batch = Batches.concat(data.batches(10_000, attributes, 30));
        for (int column = 0; column < 4; column++) {
            ColumnOrdering ordering =
                    new ColumnOrdering(new int[] {column}, new boolean[] {false}, new boolean[] {column % 2 == 0});
            assertThat(ordering.sort(batch)).isEqualTo(ordering.sortSlowly(batch));
        }
    }

    static java.util.Comparator<List<Object>> rowOrder(int[] ordinals, boolean[] asc, boolean[] nullsFirst) {
        return (a, b) -> {
            for (int k = 0; k < ordinals.length; k++) {
                int c = new ExchangeTest.ColumnOrderingComparator(asc[k], nullsFirst[k])
                        .compare(a.get(ordinals[k]), b.get(ordinals[k]));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    static List<List<Object>> keysOf(List<List<Object>> rows, int[] ordinals) {
        List<List<Object>> keys = new ArrayList<>();
        for (List<Object> row : rows) {
            Object[] key = new Object[ordinals.length];
            for (int k = 0; k < key.length; k++) {
                key[k] = row.get(ordinals[k]);
            }
            keys.add(java.util.Arrays.asList(key));
        }
        return keys;
    }
}
