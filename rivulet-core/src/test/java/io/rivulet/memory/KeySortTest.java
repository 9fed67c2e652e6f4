package io.rivulet.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Pair;
import io.rivulet.util.Orderings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link KeySort} orders exactly as a stable comparison sort by the same key ordering would: the radix path
 * (numeric keys in natural order) and the comparator path alike, on random keys of every sign and width.
 */
class KeySortTest {
    private static final Comparator<Object> ASCENDING = Orderings.natural();
    private static final Comparator<Object> DESCENDING = Orderings.naturalDescending();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void longKeysOfEveryWidthSortAsAStableComparisonSortDoes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] bounds = {3, 1_000, 1L << 20, 1L << 40, Long.MAX_VALUE};
        for (long bound : bounds) {
            int size = 1024 + random.nextInt(5000);
            // Values number the records, so a stable sort is seen to keep equal keys in input order.
            assertSortsLikeAComparisonSort(size, i -> random.nextLong(-bound, bound), ASCENDING);
            assertSortsLikeAComparisonSort(size, i -> random.nextLong(-bound, bound), DESCENDING);
        }
    }

    @Test
    void integerKeysAndTheExtremesSortByValue() {
        SplittableRandom random = new SplittableRandom(42);
        assertSortsLikeAComparisonSort(3000, i -> random.nextInt(), ASCENDING);
        assertSortsLikeAComparisonSort(3000, i -> random.nextInt(-5, 5), DESCENDING);
        long[] extremes = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1};
        assertSortsLikeAComparisonSort(2048, i -> extremes[(int) (i % extremes.length)], ASCENDING);
        assertSortsLikeAComparisonSort(2048, i -> extremes[(int) (i % extremes.length)], DESCENDING);
    }

    @Test
    void nullOrMixedKeysTakeTheComparatorPathWithItsOrder() {
        List<Pair<Object, Integer>> records = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            records.add(Pair.of(i % 100 == 0 ? null : (Object) (long) (i * 7919 % 2000), i));
        }
        List<Pair<Object, Integer>> expected = new ArrayList<>(records);
        expected.sort((a, b) -> ASCENDING.compare(a.key(), b.key()));

        KeySort.sort(records, ASCENDING);

        assertThat(records).isEqualTo(expected);
        assertThat(records.get(0).key()).isNull();

        List<Pair<Object, Integer>> mixed = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            mixed.add(Pair.of(i == 1500 ? (Object) 3 : (Object) (long) i, i));
        }
        assertThatThrownBy(() -> KeySort.sort(mixed, ASCENDING)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void anyOtherOrderingIsTheComparisonSort() {
        List<Pair<Long, Integer>> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            records.add(Pair.of((long) (i * 31 % 1000), i));
        }
        Comparator<Long> byLastDigit = Comparator.comparingLong(key -> key % 10);
        List<Pair<Long, Integer>> expected = new ArrayList<>(records);
        expected.sort((a, b) -> byLastDigit.compare(a.key(), b.key()));

        KeySort.sort(records, byLastDigit);

        assertThat(records).isEqualTo(expected);
    }

    private static void assertSortsLikeAComparisonSort(
            int size, LongFunction<Number> key, Comparator<Object> keyOrder) {
        List<Pair<Object, Integer>> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            records.add(Pair.of(key.apply(i), i));
        }
        List<Pair<Object, Integer>> expected = new ArrayList<>(records);
        expected.sort((a, b) -> keyOrder.compare(a.key(), b.key()));

        KeySort.sort(records, keyOrder);

        assertThat(records).isEqualTo(expected);
    }
}
