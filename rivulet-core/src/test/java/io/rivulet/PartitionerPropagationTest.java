package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.testing.StageRecorder;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which operations keep the partitioner (so later key operations skip their shuffle) and which drop it,
 * as in Spark: operations that cannot move a key keep it, anything that may change keys drops it.
 */
class PartitionerPropagationTest {
    private static final HashPartitioner BY_4 = new HashPartitioner(4);
    private static Rivulet rv;
    private static final StageRecorder stages = new StageRecorder();

    @BeforeAll
    static void start() {
        rv = Rivulet.builder().master("local[3]").appName("partitioner-test").build();
        rv.addListener(stages);
    }

    @AfterAll
    static void stop() {
        rv.close();
    }

    @BeforeEach
    void clearStages() {
        stages.clear();
    }

    private static PairRDD<Integer, Integer> pairs(int n, int partitions) {
        return rv.parallelize(IntStream.range(0, n).boxed().toList(), partitions)
                .mapToPair(i -> Pair.of(i % 10, i));
    }

    private static PairRDD<Integer, Integer> partitioned() {
        return pairs(100, 3).partitionBy(BY_4);
    }

    @Test
    void keyPreservingTransformationsKeepThePartitioner() {
        PairRDD<Integer, Integer> rdd = partitioned();
        assertThat(rdd.partitioner()).contains(BY_4);
        assertThat(rdd.mapValues(v -> v + 1).partitioner()).contains(BY_4);
        assertThat(rdd.flatMapValues(v -> List.of(v, v)).partitioner()).contains(BY_4);
        assertThat(rdd.filter(p -> p.value() % 2 == 0).partitioner()).contains(BY_4);
        assertThat(rdd.sample(false, 0.5, 1).partitioner()).contains(BY_4);
        assertThat(rdd.mapPartitions(it -> it, true).partitioner()).contains(BY_4);
        assertThat(rdd.mapPartitionsWithIndex((i, it) -> it, true).partitioner())
                .contains(BY_4);
        assertThat(rdd.reduceByKey(Integer::sum).partitioner()).contains(BY_4);
        assertThat(rdd.groupByKey().partitioner()).contains(BY_4);
        assertThat(rdd.cache().partitioner()).contains(BY_4);
    }

    @Test
    void transformationsThatMayChangeKeysDropThePartitioner() {
        PairRDD<Integer, Integer> rdd = partitioned();
        assertThat(rdd.map(p -> p).partitioner()).isEmpty();
        assertThat(rdd.mapToPair(p -> p).partitioner()).isEmpty();
        assertThat(rdd.flatMapToPair(List::of).partitioner()).isEmpty();
        assertThat(rdd.keys().partitioner()).isEmpty();
        assertThat(rdd.values().partitioner()).isEmpty();
        assertThat(rdd.mapPartitions(it -> it).partitioner()).isEmpty();
        assertThat(rdd.repartition(4).partitioner()).isEmpty();
        assertThat(rdd.coalesce(2).partitioner()).isEmpty();
        assertThat(rdd.zipWithIndex().partitioner()).isEmpty();
        assertThat(pairs(10, 2).partitioner()).isEmpty();
    }

    @Test
    void shufflesSetThePartitionerTheyShuffledBy() {
        assertThat(pairs(100, 3).reduceByKey(Integer::sum, 5).partitioner()).contains(new HashPartitioner(5));
        assertThat(pairs(100, 3).groupByKey(2).partitioner()).contains(new HashPartitioner(2));
        assertThat(pairs(100, 3).sortByKey().partitioner()).get().isInstanceOf(RangePartitioner.class);
        assertThat(pairs(100, 3).join(pairs(10, 2)).partitioner()).contains(new HashPartitioner(3));
        assertThat(pairs(100, 3).cogroup(pairs(10, 2), 7).partitioner()).contains(new HashPartitioner(7));
    }

    @Test
    void unionOfCoPartitionedRddsKeepsThePartitioner() {
        PairRDD<Integer, Integer> a = partitioned();
        PairRDD<Integer, Integer> b = pairs(50, 5).mapValues(v -> -v).partitionBy(BY_4);
        PairRDD<Integer, Integer> union = a.union(b);
        assertThat(union.partitioner()).contains(BY_4);
        assertThat(union.getNumPartitions()).isEqualTo(4);
        assertThat(union.count()).isEqualTo(150);
        for (List<Pair<Integer, Integer>> partition : union.glom().collect()) {
            int index = BY_4.getPartition(
                    partition.isEmpty() ? null : partition.get(0).key());
            assertThat(partition).allMatch(p -> BY_4.getPartition(p.key()) == index);
        }
        assertThat(rv.union(a, b, a).partitioner()).contains(BY_4);
        assertThat(rv.union(a, b, a).count()).isEqualTo(250);
    }

    @Test
    void unionOfDifferentlyPartitionedRddsHasNoPartitioner() {
        PairRDD<Integer, Integer> a = partitioned();
        PairRDD<Integer, Integer> b = pairs(50, 5).partitionBy(new HashPartitioner(3));
        assertThat(a.union(b).partitioner()).isEmpty();
        assertThat(a.union(b).getNumPartitions()).isEqualTo(7);
        assertThat(a.union(pairs(10, 2)).partitioner()).isEmpty();
        assertThat(a.union(pairs(10, 2)).getNumPartitions()).isEqualTo(6);
    }

    @Test
    void combiningAnRddPartitionedByTheSamePartitionerNeedsNoShuffle() {
        PairRDD<Integer, Integer> rdd = partitioned();
        rdd.count(); // runs the partitionBy shuffle
        stages.clear();
        PairRDD<Integer, Integer> sums = rdd.reduceByKey(BY_4, Integer::sum);
        assertThat(sums.collectAsMap()).hasSize(10).containsEntry(0, 450);
        assertThat(stages.shuffleStages()).isZero();
        stages.clear();
        assertThat(rdd.mapValues(v -> 1).reduceByKey(Integer::sum).collectAsMap())
                .containsEntry(3, 10);
        assertThat(rdd.groupByKey().mapValues(vs -> vs.iterator().hasNext()).count())
                .isEqualTo(10);
        assertThat(rdd.aggregateByKey(0L, (n, v) -> n + 1, Long::sum).collectAsMap())
                .containsEntry(9, 10L);
        assertThat(stages.shuffleStages()).isZero();
        stages.clear();
        assertThat(rdd.reduceByKey(Integer::sum, 2).count()).isEqualTo(10);
        assertThat(stages.shuffleStages()).isEqualTo(1);
    }

    @Test
    void joiningCoPartitionedRddsNeedsNoShuffle() {
        PairRDD<Integer, Integer> a = partitioned();
        PairRDD<Integer, Integer> b = pairs(20, 2).partitionBy(BY_4);
        a.count();
        b.count();
        stages.clear();
        PairRDD<Integer, Pair<Integer, Integer>> joined = a.join(b);
        assertThat(joined.partitioner()).contains(BY_4);
        assertThat(joined.count()).isEqualTo(10 * 10 * 2);
        assertThat(stages.shuffleStages()).isZero();

        stages.clear();
        PairRDD<Integer, Integer> unpartitioned = pairs(20, 6);
        PairRDD<Integer, Pair<Integer, Integer>> halfShuffled = a.join(unpartitioned);
        assertThat(halfShuffled.partitioner()).contains(BY_4);
        assertThat(halfShuffled.count()).isEqualTo(10 * 10 * 2);
        assertThat(stages.shuffleStages())
                .as("only the unpartitioned side moves")
                .isEqualTo(1);
    }

    @Test
    void selfJoinOfAPartitionedRddNeedsNoShuffle() {
        PairRDD<Integer, Integer> rdd = partitioned();
        rdd.count();
        stages.clear();
        assertThat(rdd.join(rdd).count()).isEqualTo(10 * 10 * 10);
        assertThat(rdd.cogroup(rdd).count()).isEqualTo(10);
        assertThat(stages.shuffleStages()).isZero();
    }

    @Test
    void defaultParallelismSetsTheDefaultPartitionCountOfShuffles() {
        try (Rivulet configured = Rivulet.builder()
                .master("local[2]")
                .appName("partitioner-test-parallelism")
                .config("rivulet.default.parallelism", "5")
                .build()) {
            assertThat(configured.defaultParallelism()).isEqualTo(5);
            PairRDD<Integer, Integer> input = configured.parallelizePairs(List.of(Pair.of(1, 1), Pair.of(2, 2)), 2);
            assertThat(input.reduceByKey(Integer::sum).getNumPartitions()).isEqualTo(5);
            assertThat(input.groupByKey().getNumPartitions()).isEqualTo(5);
            assertThat(input.join(input).getNumPartitions()).isEqualTo(5);
            assertThat(configured.parallelize(List.of(1, 2, 3)).getNumPartitions())
                    .isEqualTo(5);
        }
        // Without the setting, the largest input's partition count.
        PairRDD<Integer, Integer> small = pairs(10, 2);
        PairRDD<Integer, Integer> large = pairs(10, 6);
        assertThat(small.join(large).getNumPartitions()).isEqualTo(6);
        assertThat(large.reduceByKey(Integer::sum).getNumPartitions()).isEqualTo(6);
    }

    @Test
    void sortedRddsKeepTheirRangePartitionerThroughValueOperations() {
        PairRDD<Integer, Integer> sorted = pairs(200, 3).sortByKey(true, 3);
        Partitioner range = sorted.partitioner().orElseThrow();
        assertThat(sorted.mapValues(v -> v * 2).partitioner()).contains(range);
        assertThat(sorted.filter(p -> p.key() > 2).partitioner()).contains(range);
        assertThat(sorted.mapValues(v -> v * 2).keys().collect()).isSorted();
    }
}
