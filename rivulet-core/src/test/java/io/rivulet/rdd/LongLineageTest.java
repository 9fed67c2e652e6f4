package io.rivulet.rdd;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Iterative jobs of 10,000 steps neither overflow the stack nor slow down as the lineage grows. Work per step
 * is measured as bytes the driver thread allocates (a count of work done, not a timing): a step that walked
 * or copied the lineage would allocate more the longer it is.
 */
class LongLineageTest {
    private static final int STEPS = 10_000;

    private Rivulet rv;

    @BeforeEach
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
    }

    @AfterEach
    void stop() {
        rv.close();
    }

    @Test
    void tenThousandMapsRun() {
        RDD<Long> rdd = rv.range(0, 1000, 1, 2);
        for (int i = 0; i < STEPS; i++) {
            rdd = rdd.map(x -> x + 1);
        }

        assertThat(rdd.count()).isEqualTo(1000);
        assertThat(rdd.take(3)).containsExactly(10_000L, 10_001L, 10_002L);
        assertThat(rdd.getNumPartitions()).isEqualTo(2);
    }

    @Test
    void tenThousandMixedPerElementStepsRun() {
        PairRDD<Long, Long> pairs = rv.range(0, 100, 1, 3).mapToPair(x -> Pair.of(x % 10, x));
        for (int i = 0; i < STEPS; i++) {
            pairs = switch (i % 4) {
                case 0 -> pairs.mapValues(v -> v + 1);
                case 1 -> pairs.filter(p -> p.value() >= 0);
                case 2 -> pairs.flatMapValues(List::of);
                default -> pairs.flatMapToPair(p -> List.of(p));
            };
        }

        List<Long> values = pairs.values().collect();

        assertThat(values).hasSize(100).first().isEqualTo(2_500L);
        assertThat(pairs.partitioner()).isEmpty();
    }

    @Test
    void tenThousandFiltersKeepThePartitionerWithoutWalkingTheChain() {
        PairRDD<Long, Long> pairs =
                rv.range(0, 100, 1, 2).mapToPair(x -> Pair.of(x, x)).partitionBy(new io.rivulet.HashPartitioner(4));
        for (int i = 0; i < STEPS; i++) {
            pairs = pairs.filter(p -> true);
        }

        assertThat(pairs.partitioner()).contains(new io.rivulet.HashPartitioner(4));
        assertThat(pairs.reduceByKey(Long::sum).count()).isEqualTo(100);
    }

    @Test
    void tenThousandUnionsRunWithAFlatLineage() {
        RDD<Long> other = rv.range(0, 3, 1, 1);
        RDD<Long> rdd = rv.range(0, 10, 1, 2);
        for (int i = 0; i < STEPS; i++) {
            rdd = rdd.union(other);
        }

        assertThat(rdd.getNumPartitions()).isEqualTo(2 + STEPS);
        assertThat(rdd.count()).isEqualTo(10 + 3L * STEPS);
        String[] lines = rdd.toDebugString().split("\n");
        assertThat(lines).hasSize(1 + 1 + STEPS);
        assertThat(lines[1].trim()).startsWith("|    RangeRDD[" + (other.id() + 1) + "]");
        assertThat(lines[STEPS + 1].trim()).startsWith("|    RangeRDD[" + other.id() + "]");
    }

    @Test
    void unionsOfUnionsFlattenFromRivuletUnionToo() {
        RDD<Integer> a = rv.parallelize(List.of(1), 1);
        RDD<Integer> b = rv.parallelize(List.of(2), 1);
        RDD<Integer> c = rv.parallelize(List.of(3), 1);
        RDD<Integer> ab = a.union(b);
        RDD<Integer> nested = rv.union(c, ab, rv.union(ab, c));

        assertThat(nested.collect()).containsExactly(3, 1, 2, 1, 2, 3);
        assertThat(nested.toDebugString().split("\n")).hasSize(1 + 6);
    }

    @Test
    void aPersistedUnionIsNotFlattenedAway() {
        RDD<Integer> ab = rv.parallelize(List.of(1), 1)
                .union(rv.parallelize(List.of(2), 1))
                .cache();
        RDD<Integer> abc = ab.union(rv.parallelize(List.of(3), 1));

        assertThat(abc.collect()).containsExactly(1, 2, 3);
        assertThat(abc.toDebugString()).contains("UnionRDD[" + ab.id() + "]");
    }

    @Test
    void partitionedUnionsFlattenToo() {
        io.rivulet.HashPartitioner partitioner = new io.rivulet.HashPartitioner(3);
        PairRDD<Integer, Integer> other =
                rv.parallelizePairs(List.of(Pair.of(1, 1)), 1).partitionBy(partitioner);
        RDD<Pair<Integer, Integer>> rdd = other;
        for (int i = 0; i < 2_000; i++) {
            rdd = rdd.union(other);
        }

        assertThat(rdd.partitioner()).contains(partitioner);
        assertThat(rdd.count()).isEqualTo(2_001);
        assertThat(rdd.toDebugString().split("\n")).hasSizeLessThan(2_001 * 3);
    }

    @Test
    void workPerMapStepDoesNotGrowWithTheLineage() {
        assertWorkPerStepIsFlat(rv.range(0, 10, 1, 2), rdd -> rdd.map(x -> x + 1));
    }

    @Test
    void workPerUnionStepDoesNotGrowWithTheLineage() {
        RDD<Long> other = rv.range(0, 3, 1, 1);
        assertWorkPerStepIsFlat(rv.range(0, 10, 1, 2), rdd -> rdd.union(other));
    }

    /** Bytes allocated by steps 1,000 to 1,999 and by steps 9,000 to 9,999 of the loop are about the same. */
    private static void assertWorkPerStepIsFlat(RDD<Long> start, UnaryOperator<RDD<Long>> step) {
        RDD<Long> rdd = start;
        long[] allocatedInWindow = new long[2];
        long windowStart = 0;
        for (int i = 0; i < STEPS; i++) {
            if (i == 1_000 || i == 9_000) {
                windowStart = allocatedBytes();
            }
            rdd = step.apply(rdd);
            if (i == 1_999 || i == 9_999) {
                allocatedInWindow[i == 1_999 ? 0 : 1] = allocatedBytes() - windowStart;
            }
        }
        assertThat(rdd.count()).isPositive(); // and the lineage still runs

        // Linear work per step would make the late window ~9 times the early one; allow JIT noise only.
        assertThat(allocatedInWindow[1])
                .as("bytes allocated by 1,000 late steps vs 1,000 early ones: %s", Arrays.toString(allocatedInWindow))
                .isLessThan(2 * allocatedInWindow[0] + 100_000);
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
