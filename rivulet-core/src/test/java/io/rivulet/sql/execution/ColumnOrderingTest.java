package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sorts' fast paths against their slow twins and plain Java: the radix sort against the merge sort, and the
 * ordering of random batches (every key type, both directions, nulls first and last) against a Java comparator
 * over the rows' external values.
 */
class ColumnOrderingTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void radixSortAgreesWithTheMergeSortAndIsStable(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(5000);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = switch (random.nextInt(4)) {
                case 0 -> random.nextLong();
                case 1 -> random.nextInt(10) - 5;
                case 2 -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
                default -> random.nextInt(1 << 20);
            };
        }
        int[] radix = IndexSort.radixSort(keys, Batches.identity(n), n);
        int[] merge = Batches.identity(n);
        IndexSort.mergeSort(merge, n, (a, b) -> Long.compare(keys[a], keys[b]));
        assertThat(radix).isEqualTo(merge);
        for (int i = 1; i < n; i++) {
            assertThat(keys[radix[i - 1]] < keys[radix[i]]
                            || (keys[radix[i - 1]] == keys[radix[i]] && radix[i - 1] < radix[i]))
                    .as("position %s", i)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void sortOrdersRowsAsSqlDoesByEveryKeyType(long seed) {
        TestData data = new TestData(seed);
        SplittableRandom random = data.random();
        List<AttributeReference> attributes = TestData.attributes();
        ColumnBatch batch = Batches.concat(data.batches(random.nextInt(6000) + 1, attributes, 20));
        int keys = 1 + random.nextInt(3);
        int[] ordinals = new int[keys];
        boolean[] ascending = new boolean[keys];
        boolean[] nullsFirst = new boolean[keys];
        for (int k = 0; k < keys; k++) {
            ordinals[k] = random.nextInt(4);
            ascending[k] = random.nextBoolean();
            nullsFirst[k] = random.nextBoolean();
        }
        ColumnOrdering ordering = new ColumnOrdering(ordinals, ascending, nullsFirst);

        int[] fast = ordering.sort(batch);
        int[] slow = ordering.sortSlowly(batch);

        assertThat(fast).as("fast path against the slow twin").isEqualTo(slow);
        List<List<Object>> rows = TestData.rows(batch);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            expected.add(i);
        }
        expected.sort(javaOrder(rows, ordinals, ascending, nullsFirst));
        assertThat(Arrays.stream(fast).boxed().toList()).isEqualTo(expected);
    }

    /** A stable sort of row indexes by the keys, in plain Java over external values. */
    static Comparator<Integer> javaOrder(
            List<List<Object>> rows, int[] ordinals, boolean[] ascending, boolean[] nullsFirst) {
        return (x, y) -> {
            for (int k = 0; k < ordinals.length; k++) {
                Object a = rows.get(x).get(ordinals[k]);
                Object b = rows.get(y).get(ordinals[k]);
                if (a == null || b == null) {
                    if (a == b) {
                        continue;
                    }
                    return (a == null) == nullsFirst[k] ? -1 : 1;
                }
                int c = TestData.compareValues(a, b);
                if (c != 0) {
                    return ascending[k] ? c : -c;
                }
            }
            return 0;
        };
    }
}
