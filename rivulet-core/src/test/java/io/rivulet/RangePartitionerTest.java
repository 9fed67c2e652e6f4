package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.util.Orderings;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RangePartitioner} puts every key in the range its bounds name: Long keys in natural order take a
 * primitive binary search, which must agree with the comparator search any other ordering takes.
 */
class RangePartitionerTest {
    /** Natural order, but not the instance the fast path recognizes. */
    private static final Comparator<Long> SAME_ORDER_ANOTHER_COMPARATOR =
            Comparator.nullsFirst(Comparator.naturalOrder());

    private static Rivulet rv;

    @BeforeAll
    static void start() {
        rv = Rivulet.builder()
                .master("local[2]")
                .appName("range-partitioner-test")
                .build();
    }

    @AfterAll
    static void stop() {
        rv.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void longKeysGoToTheRangeTheirBoundsName(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long spread = seed == 1 ? 50 : Long.MAX_VALUE; // few distinct keys: many equal a bound
        List<Long> keys = LongStream.range(0, 5000)
                .map(i -> random.nextLong(-spread, spread))
                .boxed()
                .toList();
        PairRDD<Long, Integer> pairs = rv.parallelize(keys, 4).mapToPair(key -> Pair.of(key, 0));
        for (boolean ascending : new boolean[] {true, false}) {
            RangePartitioner<Long> fast = new RangePartitioner<>(7, pairs, ascending, Orderings.natural());
            RangePartitioner<Long> general = new RangePartitioner<>(7, pairs, ascending, SAME_ORDER_ANOTHER_COMPARATOR);
            assertThat(fast.bounds()).isEqualTo(general.bounds()).isSorted();
            assertThat(fast.numPartitions()).isGreaterThan(1);
            List<Long> probes = LongStream.concat(
                            keys.stream().mapToLong(Long::longValue), LongStream.of(Long.MIN_VALUE, Long.MAX_VALUE, 0))
                    .boxed()
                    .toList();
            for (Long key : probes) {
                int partition = fast.getPartition(key);
                assertThat(partition).as("key %s", key).isEqualTo(general.getPartition(key));
                assertThat(partition).as("key %s", key).isEqualTo(expectedPartition(fast, key, ascending));
            }
        }
    }

    /** The count of bounds below the key, counted from the other end when descending. */
    private static int expectedPartition(RangePartitioner<Long> partitioner, long key, boolean ascending) {
        List<Long> bounds = partitioner.bounds();
        int below = (int) bounds.stream().filter(bound -> bound < key).count();
        return ascending ? below : bounds.size() - below;
    }
}
