package io.rivulet.internal;

import static io.rivulet.internal.FakeClusterRunnerProvider.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Broadcast;
import io.rivulet.HashPartitioner;
import io.rivulet.LongAccumulator;
import io.rivulet.Pair;
import io.rivulet.RangePartitioner;
import io.rivulet.Rivulet;
import io.rivulet.util.Orderings;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The runner SPI: a cluster master selects the runner found by {@code ServiceLoader} (a fake one here), every
 * job goes there, and what a cluster ships survives Java serialization: accumulators report from their
 * copies, broadcasts travel as handles, range partitioners and natural orders stay equal.
 */
class ClusterRunnerTest {
    @Test
    void aClusterMasterWithoutARunnerNamesTheMasterAndTheModule() {
        assertThatThrownBy(
                        () -> Rivulet.builder().master("spark://nowhere:7077").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spark://nowhere:7077'")
                .hasMessageContaining("add rivulet-spark to the class path")
                .hasMessageContaining("runners found: fake");
    }

    @Test
    void aBadEmbeddedMasterIsStillRefused() {
        assertThatThrownBy(() -> Rivulet.builder().master("local[0]").build()).hasMessageContaining("local[0]");
    }

    @Test
    void jobsGoToTheRunnerAndAccumulatorsReportFromTheirCopies() {
        String master = "fake://jobs";
        try (Rivulet rv = Rivulet.builder().master(master).appName("fake").build()) {
            assertThat(FakeClusterRunnerProvider.OPEN).contains(master);
            assertThat(rv.defaultParallelism()).isEqualTo(3); // the cluster's
            LongAccumulator seen = rv.longAccumulator("seen");
            Broadcast<Integer> offset = rv.broadcast(100);
            List<Integer> result = rv.parallelize(List.of(1, 2, 3, 4))
                    .map(x -> {
                        // The fake computes transforms in place: ship the shared variables as a cluster would.
                        LongAccumulator copy = roundTrip(seen);
                        copy.add(x);
                        return x + roundTrip(offset).value();
                    })
                    .collect();
            assertThat(result).containsExactly(101, 102, 103, 104);
            assertThat(seen.value()).isEqualTo(10);
            assertThat(seen.count()).isEqualTo(4);
            seen.add(5); // on the driver
            assertThat(seen.value()).isEqualTo(15);
            assertThat(FakeClusterRunnerProvider.BROADCAST_FETCHES.get()).isGreaterThanOrEqualTo(4);
            assertThat(FakeClusterRunnerProvider.JOBS).anyMatch(name -> name.startsWith("collect"));
        }
        assertThat(FakeClusterRunnerProvider.OPEN).doesNotContain(master); // closed with the Rivulet
    }

    @Test
    void embeddedCopiesOfAccumulatorsAndBroadcastsKeepTheirValues() {
        try (Rivulet rv = Rivulet.builder().master("local[1]").build()) {
            LongAccumulator counter = rv.longAccumulator("c");
            counter.add(7);
            assertThat(roundTrip(counter).value()).isEqualTo(7);
            assertThat(roundTrip(rv.broadcast(List.of("a", "b"))).value()).containsExactly("a", "b");
        }
    }

    @Test
    void rangePartitionersAndNaturalOrdersSurviveSerialization() {
        try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
            List<Pair<Long, Integer>> pairs = IntStream.range(0, 200)
                    .mapToObj(i -> Pair.of((long) (i * 7919 % 1000), i))
                    .toList();
            for (boolean ascending : new boolean[] {true, false}) {
                RangePartitioner<Long> partitioner =
                        new RangePartitioner<>(4, rv.parallelize(pairs, 3).mapToPair(p -> p), ascending);
                RangePartitioner<Long> copy = roundTrip(partitioner);
                assertThat(copy).isEqualTo(partitioner).isNotEqualTo(new HashPartitioner(4));
                for (long key = -5; key < 1005; key += 3) {
                    assertThat(copy.getPartition(key)).isEqualTo(partitioner.getPartition(key));
                }
            }
            List<String> strings = List.of("b", "a", "c", "d", "e", "f");
            RangePartitioner<String> byString =
                    new RangePartitioner<>(3, rv.parallelize(strings).mapToPair(s -> Pair.of(s, 1)), true);
            assertThat(roundTrip(byString).getPartition("e")).isEqualTo(byString.getPartition("e"));
        }
        Comparator<Object> natural = Orderings.natural();
        assertThat(roundTrip(natural)).isSameAs(natural);
        assertThat(roundTrip(Orderings.naturalDescending())).isSameAs(Orderings.naturalDescending());
        assertThat(natural.compare(null, 1)).isNegative();
        assertThat(Orderings.naturalDescending().compare(null, 1)).isPositive();
        assertThat(Orderings.reversed(natural)).isSameAs(Orderings.naturalDescending());
    }
}
