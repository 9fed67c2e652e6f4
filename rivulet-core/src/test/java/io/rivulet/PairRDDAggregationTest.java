package io.rivulet;

import static io.rivulet.RDDTransformationTest.assertRangePartitions;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.testing.RandomData;
import io.rivulet.testing.StageRecorder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-key operations of {@link PairRDD} other than joins: combining, grouping, sorting, lookups. */
class PairRDDAggregationTest {
    private static final Comparator<Integer> NULLS_FIRST = RandomData.NULLS_FIRST;
    private static Rivulet rv;
    private static final StageRecorder stages = new StageRecorder();

    @BeforeAll
    static void start() {
        rv = Rivulet.builder()
                .master("local[3]")
                .appName("pair-aggregation-test")
                .build();
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

    /** Keys a (3 values), b (2), null (2), c (1, with a null value), spread over 4 partitions. */
    private static PairRDD<String, Integer> sample() {
        return rv.parallelizePairs(
                Arrays.asList(
                        Pair.of("a", 1),
                        Pair.of("b", 2),
                        Pair.of(null, 3),
                        Pair.of("a", 4),
                        Pair.of("c", null),
                        Pair.of("b", 5),
                        Pair.of("a", 6),
                        Pair.of(null, 7)),
                4);
    }

    private static <V> List<V> sorted(Iterable<V> values, Comparator<? super V> order) {
        List<V> list = new ArrayList<>();
        values.forEach(list::add);
        list.sort(order);
        return list;
    }

    // ---- keys, values, mapValues, flatMapValues --------------------------------------------------------

    @Test
    void keysAndValuesInOrder() {
        assertThat(sample().keys().collect()).containsExactly("a", "b", null, "a", "c", "b", "a", null);
        assertThat(sample().values().collect()).containsExactly(1, 2, 3, 4, null, 5, 6, 7);
    }

    @Test
    void mapValuesKeepsKeysAndSeesNulls() {
        assertThat(sample().mapValues(v -> v == null ? -1 : v * 10).collect())
                .containsExactly(
                        Pair.of("a", 10),
                        Pair.of("b", 20),
                        Pair.of(null, 30),
                        Pair.of("a", 40),
                        Pair.of("c", -1),
                        Pair.of("b", 50),
                        Pair.of("a", 60),
                        Pair.of(null, 70));
    }

    @Test
    void flatMapValuesEmitsZeroOrMorePairsPerValue() {
        PairRDD<String, Integer> rdd =
                rv.parallelizePairs(List.of(Pair.of("x", 2), Pair.of("y", 0), Pair.of("z", 1)), 2);
        assertThat(rdd.flatMapValues(n -> Collections.nCopies(n, n)).collect())
                .containsExactly(Pair.of("x", 2), Pair.of("x", 2), Pair.of("z", 1));
    }

    // ---- reduceByKey, foldByKey, aggregateByKey, combineByKey ----------------------------------------

    @Test
    void reduceByKeyWithTheDefaultPartitioner() {
        PairRDD<String, Integer> sums = sample().reduceByKey(RandomData::nullSafeSum);
        assertThat(sums.getNumPartitions()).isEqualTo(4);
        assertThat(sums.partitioner()).contains(new HashPartitioner(4));
        Map<String, Integer> map = sums.collectAsMap();
        assertThat(map).hasSize(4).containsEntry("a", 11).containsEntry("b", 7).containsEntry(null, 10);
        assertThat(map.get("c")).isNull();
        assertThat(map).containsKey("c");
    }

    @Test
    void reduceByKeyIntoANumberOfPartitions() {
        PairRDD<String, Integer> sums = sample().reduceByKey(RandomData::nullSafeSum, 7);
        assertThat(sums.getNumPartitions()).isEqualTo(7);
        assertThat(sums.partitioner()).contains(new HashPartitioner(7));
        assertThat(sums.count()).isEqualTo(4);
        assertThat(sums.lookup("a")).containsExactly(11);
    }

    @Test
    void reduceByKeyWithAPartitionerPutsEachKeyWhereItSays() {
        Partitioner byLength = new LengthPartitioner(3);
        PairRDD<String, Integer> sums = sample().reduceByKey(byLength, RandomData::nullSafeSum);
        assertThat(sums.partitioner()).contains(byLength);
        List<List<Pair<String, Integer>>> partitions = sums.glom().collect();
        assertThat(partitions).hasSize(3);
        for (int i = 0; i < partitions.size(); i++) {
            for (Pair<String, Integer> pair : partitions.get(i)) {
                assertThat(byLength.getPartition(pair.key())).isEqualTo(i);
            }
        }
        assertThat(sums.collectAsMap()).containsEntry("a", 11).containsEntry(null, 10);
    }

    @Test
    void reduceByKeyOnEmptyInputs() {
        assertThat(rv.<String, Integer>parallelizePairs(List.of(), 3)
                        .reduceByKey(Integer::sum)
                        .collect())
                .isEmpty();
        PairRDD<String, Integer> empty = rv.<Pair<String, Integer>>emptyRDD().mapToPair(p -> p);
        assertThat(empty.reduceByKey(Integer::sum).collect()).isEmpty();
        assertThat(empty.groupByKey().collect()).isEmpty();
        assertThat(empty.sortByKey().collect()).isEmpty();
        assertThat(empty.countByKey()).isEmpty();
    }

    @Test
    void foldByKeyWithANeutralZero() {
        PairRDD<String, Integer> rdd = sample().filter(p -> p.value() != null);
        assertThat(rdd.foldByKey(0, Integer::sum).collectAsMap())
                .containsOnly(Map.entry("a", 11), Map.entry("b", 7), nullKeyEntry(10));
        Map<String, Integer> products = rdd.foldByKey(1, 2, (a, b) -> a * b).collectAsMap();
        assertThat(products).containsEntry("a", 24).containsEntry("b", 10).containsEntry(null, 21);
        assertThat(rdd.foldByKey(0, new HashPartitioner(5), Integer::sum).getNumPartitions())
                .isEqualTo(5);
    }

    @Test
    void foldByKeyWithAMutableZeroCopiesItPerKey() {
        PairRDD<String, List<Integer>> lists =
                sample().mapValues(v -> (List<Integer>) new ArrayList<>(Arrays.asList(v)));
        ArrayList<Integer> zero = new ArrayList<>();
        Map<String, List<Integer>> merged = lists.foldByKey(zero, (a, b) -> {
                    a.addAll(b);
                    return a;
                })
                .collectAsMap();
        assertThat(sorted(merged.get("a"), NULLS_FIRST)).containsExactly(1, 4, 6);
        assertThat(sorted(merged.get("b"), NULLS_FIRST)).containsExactly(2, 5);
        assertThat(merged.get("c")).containsExactly((Integer) null);
        assertThat(sorted(merged.get(null), NULLS_FIRST)).containsExactly(3, 7);
        assertThat(zero).isEmpty();
    }

    @Test
    void aggregateByKeyWithAMutableZeroCopiesItPerKey() {
        ArrayList<Integer> zero = new ArrayList<>();
        PairRDD<String, List<Integer>> grouped = sample().aggregateByKey(
                        zero,
                        (list, v) -> {
                            list.add(v);
                            return list;
                        },
                        (a, b) -> {
                            a.addAll(b);
                            return a;
                        });
        Map<String, List<Integer>> map = grouped.collectAsMap();
        assertThat(sorted(map.get("a"), NULLS_FIRST)).containsExactly(1, 4, 6);
        assertThat(sorted(map.get(null), NULLS_FIRST)).containsExactly(3, 7);
        assertThat(map.get("c")).containsExactly((Integer) null);
        assertThat(zero).isEmpty();
    }

    @Test
    void aggregateByKeyToAnotherTypeAndPartitionCount() {
        PairRDD<String, Long> counts = sample().aggregateByKey(0L, 2, (n, v) -> n + 1, Long::sum);
        assertThat(counts.getNumPartitions()).isEqualTo(2);
        assertThat(counts.collectAsMap())
                .containsOnly(Map.entry("a", 3L), Map.entry("b", 2L), Map.entry("c", 1L), nullKeyEntry(2L));
        assertThat(sample().aggregateByKey(0L, new HashPartitioner(3), (n, v) -> n + 1, Long::sum)
                        .partitioner())
                .contains(new HashPartitioner(3));
    }

    @Test
    void combineByKeyComputesAverages() {
        PairRDD<String, Integer> scores = sample().filter(p -> p.value() != null);
        PairRDD<String, long[]> sumsAndCounts =
                scores.combineByKey(v -> new long[] {v, 1}, (acc, v) -> new long[] {acc[0] + v, acc[1] + 1}, (x, y) ->
                        new long[] {x[0] + y[0], x[1] + y[1]});
        Map<String, Double> averages =
                sumsAndCounts.mapValues(a -> (double) a[0] / a[1]).collectAsMap();
        assertThat(averages)
                .containsEntry("a", 11 / 3.0)
                .containsEntry("b", 3.5)
                .containsEntry(null, 5.0);
        assertThat(scores.combineByKey(v -> v, Integer::sum, Integer::sum, 5).getNumPartitions())
                .isEqualTo(5);
        Partitioner partitioner = new LengthPartitioner(2);
        assertThat(scores.combineByKey(v -> v, Integer::sum, Integer::sum, partitioner)
                        .partitioner())
                .contains(partitioner);
    }

    // ---- groupByKey --------------------------------------------------------------------------------

    @Test
    void groupByKeyGathersEveryValueIncludingNulls() {
        Map<String, Iterable<Integer>> groups = sample().groupByKey().collectAsMap();
        assertThat(groups).containsOnlyKeys("a", "b", "c", null);
        assertThat(sorted(groups.get("a"), NULLS_FIRST)).containsExactly(1, 4, 6);
        assertThat(sorted(groups.get("b"), NULLS_FIRST)).containsExactly(2, 5);
        assertThat(groups.get("c")).containsExactly((Integer) null);
        assertThat(sorted(groups.get(null), NULLS_FIRST)).containsExactly(3, 7);
        PairRDD<String, Iterable<Integer>> intoTwo = sample().groupByKey(2);
        assertThat(intoTwo.getNumPartitions()).isEqualTo(2);
        assertThat(intoTwo.partitioner()).contains(new HashPartitioner(2));
        assertThat(intoTwo.count()).isEqualTo(4);
    }

    @Test
    void groupByKeyOfOneHotKey() {
        List<Pair<Integer, Integer>> data =
                IntStream.range(0, 3000).mapToObj(i -> Pair.of(7, i)).toList();
        Map<Integer, Iterable<Integer>> groups =
                rv.parallelizePairs(data, 6).groupByKey(4).collectAsMap();
        assertThat(groups).containsOnlyKeys(7);
        assertThat(sorted(groups.get(7), NULLS_FIRST))
                .containsExactlyElementsOf(IntStream.range(0, 3000).boxed().toList());
    }

    // ---- sortByKey ---------------------------------------------------------------------------------

    @Test
    void sortByKeyAscendingPutsNullsFirstAndKeepsValuesAttached() {
        PairRDD<Integer, String> rdd = rv.parallelizePairs(
                Arrays.asList(Pair.of(3, "c"), Pair.of(null, "n"), Pair.of(1, "a"), Pair.of(2, "b"), Pair.of(1, "a2")),
                3);
        PairRDD<Integer, String> sorted = rdd.sortByKey();
        assertThat(sorted.getNumPartitions()).isLessThanOrEqualTo(3);
        assertThat(sorted.keys().collect()).containsExactly(null, 1, 1, 2, 3);
        assertThat(sorted.collect())
                .containsExactlyInAnyOrder(
                        Pair.of(3, "c"), Pair.of(null, "n"), Pair.of(1, "a"), Pair.of(2, "b"), Pair.of(1, "a2"));
        assertThat(sorted.collect().get(0)).isEqualTo(Pair.of(null, "n"));
        assertThat(sorted.partitioner()).get().isInstanceOf(RangePartitioner.class);
    }

    @Test
    void sortByKeyDescending() {
        PairRDD<Integer, Integer> rdd = shuffledPairs(1000, 5);
        List<Integer> keys = rdd.sortByKey(false).keys().collect();
        List<Integer> expected =
                new ArrayList<>(IntStream.range(0, 1000).boxed().toList());
        Collections.reverse(expected);
        assertThat(keys).containsExactlyElementsOf(expected);
        assertThat(rdd.sortByKey(false).getNumPartitions()).isBetween(2, 5);
    }

    @Test
    void sortByKeyMakesRangePartitionsInOrder() {
        PairRDD<Integer, Integer> rdd = shuffledPairs(2000, 3);
        PairRDD<Integer, Integer> ascending = rdd.sortByKey(true, 6);
        assertThat(ascending.getNumPartitions()).isBetween(4, 6);
        List<List<Integer>> partitions = ascending.keys().glom().collect();
        assertThat(partitions).allMatch(p -> !p.isEmpty());
        assertRangePartitions(partitions, Comparator.naturalOrder());
        assertThat(ascending.keys().collect()).isSorted().hasSize(2000);

        PairRDD<Integer, Integer> descending = rdd.sortByKey(false, 4);
        assertRangePartitions(descending.keys().glom().collect(), Comparator.reverseOrder());
        assertThat(descending.keys().collect()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void sortByKeyWithManyDuplicateKeysAndNulls() {
        List<Pair<Integer, Integer>> data = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            data.add(Pair.of(i % 7 == 0 ? null : i % 3, i));
        }
        PairRDD<Integer, Integer> sorted = rv.parallelizePairs(data, 4).sortByKey(true, 5);
        List<Integer> keys = sorted.keys().collect();
        assertThat(keys).hasSize(600).isSortedAccordingTo(NULLS_FIRST);
        assertRangePartitions(sorted.keys().glom().collect(), NULLS_FIRST);
        assertThat(sorted.values().collect())
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, 600).boxed().toList());
        List<Integer> descending =
                rv.parallelizePairs(data, 4).sortByKey(false, 3).keys().collect();
        assertThat(descending).isSortedAccordingTo(NULLS_FIRST.reversed());
    }

    @Test
    void sortByKeyWithAComparator() {
        PairRDD<String, Integer> rdd = rv.parallelizePairs(
                List.of(Pair.of("ccc", 1), Pair.of("a", 2), Pair.of("bb", 3), Pair.of("dddd", 4)), 2);
        assertThat(rdd.sortByKey(Comparator.comparing(String::length), false, 2)
                        .keys()
                        .collect())
                .containsExactly("dddd", "ccc", "bb", "a");
    }

    // ---- partitionBy -------------------------------------------------------------------------------

    @Test
    void partitionByPlacesEveryKeyInItsPartition() {
        HashPartitioner partitioner = new HashPartitioner(3);
        PairRDD<String, Integer> partitioned = sample().partitionBy(partitioner);
        assertThat(partitioned.partitioner()).contains(partitioner);
        assertThat(partitioned.getNumPartitions()).isEqualTo(3);
        List<List<Pair<String, Integer>>> partitions = partitioned.glom().collect();
        for (int i = 0; i < partitions.size(); i++) {
            for (Pair<String, Integer> pair : partitions.get(i)) {
                assertThat(partitioner.getPartition(pair.key())).isEqualTo(i);
            }
        }
        assertThat(partitioned.collect()).containsExactlyInAnyOrderElementsOf(sample().collect());
    }

    @Test
    void partitionByAnEqualPartitionerIsANoOp() {
        PairRDD<String, Integer> partitioned = sample().partitionBy(new HashPartitioner(3));
        assertThat(partitioned.partitionBy(new HashPartitioner(3))).isSameAs(partitioned);
        assertThat(partitioned.partitionBy(new HashPartitioner(2))).isNotSameAs(partitioned);
    }

    // ---- countByKey, lookup, collectAsMap ----------------------------------------------------------

    @Test
    void countByKeyCountsPairsPerKey() {
        assertThat(sample().countByKey())
                .containsOnly(Map.entry("a", 3L), Map.entry("b", 2L), Map.entry("c", 1L), nullKeyEntry(2L));
    }

    @Test
    void lookupWithoutAPartitionerScansEveryPartition() {
        PairRDD<String, Integer> rdd = sample();
        assertThat(rdd.lookup("a")).containsExactly(1, 4, 6);
        assertThat(rdd.lookup("c")).containsExactly((Integer) null);
        assertThat(rdd.lookup(null)).containsExactly(3, 7);
        assertThat(rdd.lookup("missing")).isEmpty();
        assertThat(stages.lastResultStage().numTasks()).isEqualTo(4);
    }

    @Test
    void lookupWithAPartitionerReadsOnlyTheKeysPartition() {
        PairRDD<String, Integer> partitioned =
                sample().partitionBy(new HashPartitioner(5)).cache();
        assertThat(partitioned.count()).isEqualTo(8);
        stages.clear();
        assertThat(partitioned.lookup("a")).containsExactlyInAnyOrder(1, 4, 6);
        assertThat(stages.lastResultStage().numTasks()).isEqualTo(1);
        assertThat(partitioned.lookup(null)).containsExactlyInAnyOrder(3, 7);
        assertThat(partitioned.lookup("zzz")).isEmpty();
        PairRDD<String, Integer> reduced = sample().reduceByKey(RandomData::nullSafeSum, 3);
        assertThat(reduced.lookup("b")).containsExactly(7);
        assertThat(stages.lastResultStage().numTasks()).isEqualTo(1);
        PairRDD<String, Integer> sorted = sample().sortByKey(true, 3);
        assertThat(sorted.lookup("a")).containsExactlyInAnyOrder(1, 4, 6);
        assertThat(sorted.lookup(null)).containsExactlyInAnyOrder(3, 7);
    }

    @Test
    void collectAsMapKeepsTheLastValueOfARepeatedKey() {
        Map<String, Integer> map = sample().collectAsMap();
        assertThat(map)
                .containsOnlyKeys("a", "b", "c", null)
                .containsEntry("a", 6)
                .containsEntry("b", 5)
                .containsEntry(null, 7);
        assertThat(map.get("c")).isNull();
        assertThat(rv.<String, Integer>parallelizePairs(List.of(), 2).collectAsMap())
                .isEmpty();
    }

    // ---- overrides that stay keyed --------------------------------------------------------------------

    @Test
    void setOperationsOnPairsWorkOnWholePairsAndStayKeyed() {
        PairRDD<String, Integer> rdd = sample().union(sample());
        assertThat(rdd.count()).isEqualTo(16);
        PairRDD<String, Integer> distinct = rdd.distinct();
        assertThat(distinct.collect()).containsExactlyInAnyOrderElementsOf(sample().collect());
        assertThat(distinct.distinct(2).getNumPartitions()).isEqualTo(2);
        PairRDD<String, Integer> others = rv.parallelizePairs(Arrays.asList(Pair.of("a", 1), Pair.of(null, 7)), 2);
        PairRDD<String, Integer> subtracted = rdd.subtract(others);
        assertThat(subtracted.count()).isEqualTo(12);
        assertThat(subtracted.lookup("a")).containsExactlyInAnyOrder(4, 6, 4, 6);
        PairRDD<String, Integer> common =
                rdd.intersection(others.union(rv.parallelizePairs(List.of(Pair.of("a", 99)))));
        assertThat(common.collect()).containsExactlyInAnyOrder(Pair.of("a", 1), Pair.of(null, 7));
        assertThat(rdd.sample(false, 1.0, 3)
                        .reduceByKey(RandomData::nullSafeSum)
                        .lookup("a"))
                .containsExactly(22);
        assertThat(rdd.repartition(3).coalesce(2).keys().distinct().count()).isEqualTo(4);
    }

    @Test
    void sortedInDescendingRangesThenLookedUp() {
        PairRDD<Integer, Integer> sorted = shuffledPairs(500, 4).sortByKey(false, 4);
        for (int key : new int[] {0, 1, 250, 498, 499}) {
            assertThat(sorted.lookup(key)).containsExactly(-key);
        }
        assertThat(sorted.lookup(500)).isEmpty();
        assertThat(sorted.lookup(-1)).isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static <V> Map.Entry<String, V> nullKeyEntry(V value) {
        return new java.util.AbstractMap.SimpleEntry<>(null, value);
    }

    private static PairRDD<Integer, Integer> shuffledPairs(int n, int partitions) {
        List<Integer> keys = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(keys, new java.util.Random(n));
        return rv.parallelize(keys, partitions).mapToPair(k -> Pair.of(k, -k));
    }

    /** Places keys by their length (null as length 0): a partitioner that is not a HashPartitioner. */
    static final class LengthPartitioner extends Partitioner {
        private final int partitions;

        LengthPartitioner(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return key == null ? 0 : key.toString().length() % partitions;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LengthPartitioner that && that.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return 31 * partitions;
        }
    }
}
