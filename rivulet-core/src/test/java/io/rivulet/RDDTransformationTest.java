package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every transformation of {@link RDD}, one behaviour a test, with the edge cases Spark users rely on. */
class RDDTransformationTest {
    private static Rivulet rv;

    @BeforeAll
    static void start() {
        rv = Rivulet.builder().master("local[3]").appName("transformation-test").build();
    }

    @AfterAll
    static void stop() {
        rv.close();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    // ---- per-element ---------------------------------------------------------------------------------

    @Test
    void mapKeepsOrderAndPartitionsAndHandlesNulls() {
        RDD<String> rdd = rv.parallelize(Arrays.asList("a", null, "ccc", ""), 3);
        RDD<Integer> lengths = rdd.map(s -> s == null ? null : s.length());
        assertThat(lengths.getNumPartitions()).isEqualTo(3);
        assertThat(lengths.collect()).containsExactly(1, null, 3, 0);
        assertThat(rdd.map(s -> (String) null).collect()).containsExactly(null, null, null, null);
    }

    @Test
    void flatMapEmitsZeroOneOrManyPerElement() {
        RDD<Integer> rdd = rv.parallelize(List.of(0, 1, 2, 3), 2);
        RDD<Integer> repeated = rdd.flatMap(n -> Collections.nCopies(n, n));
        assertThat(repeated.collect()).containsExactly(1, 2, 2, 3, 3, 3);
        assertThat(rdd.flatMap(n -> List.<Integer>of()).collect()).isEmpty();
        assertThat(rv.parallelize(List.of("a b", "", "c"))
                        .flatMap(s -> Arrays.asList(s.split(" ")))
                        .collect())
                .containsExactly("a", "b", "", "c");
        assertThat(rdd.flatMap(n -> Arrays.asList(n, null)).count()).isEqualTo(8);
    }

    @Test
    void filterKeepsOrderAndCanSeeNulls() {
        RDD<Integer> rdd = rv.parallelize(Arrays.asList(1, null, 2, 3, null, 4), 4);
        assertThat(rdd.filter(x -> x != null && x % 2 == 0).collect()).containsExactly(2, 4);
        assertThat(rdd.filter(x -> x == null).count()).isEqualTo(2);
        assertThat(rdd.filter(x -> false).collect()).isEmpty();
        assertThat(rdd.filter(x -> true).getNumPartitions()).isEqualTo(4);
    }

    @Test
    void mapPartitionsSeesEachPartitionOnceIncludingEmptyOnes() {
        RDD<Integer> rdd = rv.parallelize(List.of(1, 2, 3, 4, 5), 7);
        List<Integer> sums = rdd.mapPartitions(it -> {
                    int sum = 0;
                    while (it.hasNext()) {
                        sum += it.next();
                    }
                    return List.of(sum).iterator();
                })
                .collect();
        assertThat(sums).hasSize(7);
        assertThat(sums.stream().mapToInt(Integer::intValue).sum()).isEqualTo(15);
        assertThat(rdd.mapPartitions(it -> Collections.<String>emptyIterator()).collect())
                .isEmpty();
    }

    @Test
    void mapPartitionsWithIndexPassesThePartitionIndex() {
        RDD<String> rdd = rv.parallelize(List.of("a", "b", "c", "d"), 4);
        List<String> tagged = rdd.mapPartitionsWithIndex((index, it) -> {
                    List<String> out = new ArrayList<>();
                    it.forEachRemaining(x -> out.add(index + ":" + x));
                    return out.iterator();
                })
                .collect();
        assertThat(tagged).containsExactly("0:a", "1:b", "2:c", "3:d");
        List<Integer> indexes = rv.parallelize(List.<Integer>of(), 3)
                .mapPartitionsWithIndex((index, it) -> List.of(index).iterator())
                .collect();
        assertThat(indexes).containsExactly(0, 1, 2);
    }

    // ---- set-like --------------------------------------------------------------------------------

    @Test
    void distinctKeepsOneOfEachIncludingNull() {
        RDD<Integer> rdd = rv.parallelize(Arrays.asList(3, 1, null, 3, 2, 1, null, 3), 3);
        assertThat(rdd.distinct().collect()).containsExactlyInAnyOrder(null, 1, 2, 3);
        RDD<Integer> intoFive = rdd.distinct(5);
        assertThat(intoFive.getNumPartitions()).isEqualTo(5);
        assertThat(intoFive.collect()).containsExactlyInAnyOrder(null, 1, 2, 3);
        assertThat(rv.parallelize(List.of(7, 7, 7), 1).distinct().collect()).containsExactly(7);
    }

    @Test
    void distinctOnAnEmptyRdd() {
        // Regression: distinct() asked for as many partitions as its input has, and an emptyRDD has none.
        assertThat(rv.<String>emptyRDD().distinct().collect()).isEmpty();
        assertThat(rv.<String>parallelize(List.of(), 2).distinct().count()).isZero();
    }

    @Test
    void unionKeepsDuplicatesAndOrder() {
        RDD<Integer> a = rv.parallelize(List.of(1, 2, 2), 2);
        RDD<Integer> b = rv.parallelize(Arrays.asList(2, null), 3);
        RDD<Integer> union = a.union(b);
        assertThat(union.getNumPartitions()).isEqualTo(5);
        assertThat(union.collect()).containsExactly(1, 2, 2, 2, null);
        assertThat(a.union(a).count()).isEqualTo(6);
        assertThat(a.union(rv.emptyRDD()).collect()).containsExactly(1, 2, 2);
    }

    @Test
    void intersectionIsDistinctAndKeepsOnlyCommonElements() {
        RDD<Integer> left = rv.parallelize(Arrays.asList(1, 1, 2, 3, null, null, 5), 3);
        RDD<Integer> right = rv.parallelize(Arrays.asList(1, 3, 3, null, 4), 2);
        RDD<Integer> common = left.intersection(right);
        assertThat(common.getNumPartitions()).isEqualTo(3);
        assertThat(common.collect()).containsExactlyInAnyOrder(1, 3, null);
        assertThat(left.intersection(rv.parallelize(List.of(9))).collect()).isEmpty();
        assertThat(left.intersection(right, 7).getNumPartitions()).isEqualTo(7);
    }

    @Test
    void intersectionWithEmptyRdds() {
        RDD<Integer> some = rv.parallelize(List.of(1, 2), 2);
        assertThat(some.intersection(rv.emptyRDD()).collect()).isEmpty();
        assertThat(rv.<Integer>emptyRDD().intersection(some).collect()).isEmpty();
        assertThat(rv.<Integer>emptyRDD().intersection(rv.emptyRDD()).collect()).isEmpty();
    }

    @Test
    void subtractKeepsDuplicatesOfTheLeftSide() {
        RDD<Integer> left = rv.parallelize(Arrays.asList(1, 1, 2, 3, 3, 3, null, null, 4), 3);
        RDD<Integer> right = rv.parallelize(Arrays.asList(2, 4, 4, 5), 2);
        RDD<Integer> rest = left.subtract(right);
        assertThat(rest.getNumPartitions()).isEqualTo(3);
        assertThat(rest.collect()).containsExactlyInAnyOrder(1, 1, 3, 3, 3, null, null);
        assertThat(left.subtract(rv.parallelize(Arrays.asList((Integer) null))).collect())
                .containsExactlyInAnyOrder(1, 1, 2, 3, 3, 3, 4);
        assertThat(left.subtract(left).collect()).isEmpty();
        assertThat(left.subtract(right, 2).getNumPartitions()).isEqualTo(2);
    }

    @Test
    void subtractWithEmptyRdds() {
        RDD<Integer> some = rv.parallelize(List.of(1, 1, 2), 2);
        assertThat(some.subtract(rv.emptyRDD()).collect()).containsExactlyInAnyOrder(1, 1, 2);
        assertThat(rv.<Integer>emptyRDD().subtract(some).collect()).isEmpty();
    }

    @Test
    void cartesianPairsEveryElementWithEveryOther() {
        RDD<Integer> numbers = rv.parallelize(List.of(1, 2, 3), 2);
        RDD<String> letters = rv.parallelize(Arrays.asList("a", null), 3);
        PairRDD<Integer, String> product = numbers.cartesian(letters);
        assertThat(product.getNumPartitions()).isEqualTo(6);
        assertThat(product.collect())
                .containsExactlyInAnyOrder(
                        Pair.of(1, "a"),
                        Pair.of(1, null),
                        Pair.of(2, "a"),
                        Pair.of(2, null),
                        Pair.of(3, "a"),
                        Pair.of(3, null));
        assertThat(numbers.cartesian(rv.<String>emptyRDD()).collect()).isEmpty();
        assertThat(numbers.cartesian(numbers).count()).isEqualTo(9);
    }

    // ---- indexing and keying ---------------------------------------------------------------------

    @Test
    void zipWithIndexNumbersElementsInOrderAcrossEmptyPartitions() {
        RDD<String> rdd = rv.parallelize(Arrays.asList("a", "b", null, "d", "e"), 8);
        assertThat(rdd.zipWithIndex().collect())
                .containsExactly(
                        Pair.of("a", 0L), Pair.of("b", 1L), Pair.of(null, 2L), Pair.of("d", 3L), Pair.of("e", 4L));
        RDD<Integer> skewed = rv.parallelize(range(0, 100), 4).filter(x -> x < 10 || x >= 90);
        assertThat(skewed.zipWithIndex().values().collect()).containsExactlyElementsOf(longs(0, 20));
        assertThat(rv.<String>emptyRDD().zipWithIndex().collect()).isEmpty();
        assertThat(rv.parallelize(List.of("x"), 1).zipWithIndex().collect()).containsExactly(Pair.of("x", 0L));
    }

    @Test
    void zipWithUniqueIdGivesDistinctIdsBySparksFormula() {
        RDD<String> rdd = rv.parallelize(List.of("a", "b", "c", "d", "e"), 2); // [a, b], [c, d, e]
        assertThat(rdd.zipWithUniqueId().collect())
                .containsExactly(
                        Pair.of("a", 0L), Pair.of("b", 2L), Pair.of("c", 1L), Pair.of("d", 3L), Pair.of("e", 5L));
        List<Long> ids =
                rv.parallelize(range(0, 500), 7).zipWithUniqueId().values().collect();
        assertThat(new HashSet<>(ids)).hasSize(500);
    }

    @Test
    void keyByMapToPairAndFlatMapToPair() {
        RDD<String> words = rv.parallelize(Arrays.asList("apple", "bob", null), 2);
        assertThat(words.keyBy(w -> w == null ? -1 : w.length()).collect())
                .containsExactly(Pair.of(5, "apple"), Pair.of(3, "bob"), Pair.of(-1, null));
        assertThat(words.mapToPair(w -> Pair.of(w, w == null)).collect())
                .containsExactly(Pair.of("apple", false), Pair.of("bob", false), Pair.of(null, true));
        PairRDD<String, Integer> chars = words.filter(w -> w != null)
                .flatMapToPair(w -> w.chars()
                        .mapToObj(c -> Pair.of(String.valueOf((char) c), 1))
                        .toList());
        assertThat(chars.count()).isEqualTo(8);
        assertThat(chars.reduceByKey(Integer::sum).collectAsMap())
                .containsEntry("b", 2)
                .containsEntry("p", 2)
                .hasSize(6);
    }

    @Test
    void groupByGroupsByTheFunctionsKeyIncludingNull() {
        RDD<String> words = rv.parallelize(Arrays.asList("a", "bb", "cc", null, "d", "eee"), 3);
        Map<Integer, List<String>> groups = words.groupBy(w -> w == null ? null : w.length())
                .mapValues(RDDTransformationTest::sortedNullsFirst)
                .collectAsMap();
        assertThat(groups)
                .containsOnlyKeys(null, 1, 2, 3)
                .containsEntry(1, List.of("a", "d"))
                .containsEntry(2, List.of("bb", "cc"))
                .containsEntry(3, List.of("eee"))
                .containsEntry(null, Arrays.asList((String) null));
        assertThat(words.groupBy(w -> 0, 4).getNumPartitions()).isEqualTo(4);
    }

    // ---- ordering ----------------------------------------------------------------------------------

    @Test
    void sortByAscendingAndDescendingIsAGlobalOrderAcrossPartitions() {
        List<Integer> data = new ArrayList<>(range(0, 1000));
        Collections.shuffle(data, new java.util.Random(42));
        RDD<Integer> rdd = rv.parallelize(data, 5);

        RDD<Integer> ascending = rdd.sortBy(x -> x, true, 4);
        assertThat(ascending.getNumPartitions()).isEqualTo(4);
        assertThat(ascending.collect()).containsExactlyElementsOf(range(0, 1000));
        assertRangePartitions(ascending.glom().collect(), Comparator.naturalOrder());

        RDD<Integer> descending = rdd.sortBy(x -> x, false, 3);
        List<Integer> expected = new ArrayList<>(range(0, 1000));
        Collections.reverse(expected);
        assertThat(descending.collect()).containsExactlyElementsOf(expected);
        assertRangePartitions(descending.glom().collect(), Comparator.reverseOrder());
    }

    @Test
    void sortByAnotherKeyWithDuplicatesAndNulls() {
        RDD<String> words = rv.parallelize(Arrays.asList("ccc", "a", null, "bb", "dd", "e"), 3);
        List<String> byLength =
                words.sortBy(w -> w == null ? null : w.length(), true, 2).collect();
        assertThat(byLength.get(0)).isNull();
        assertThat(byLength.subList(1, 3)).containsExactlyInAnyOrder("a", "e");
        assertThat(byLength.subList(3, 5)).containsExactlyInAnyOrder("bb", "dd");
        assertThat(byLength.get(5)).isEqualTo("ccc");
        List<String> descending =
                words.filter(w -> w != null).sortBy(w -> w, false, 4).collect();
        assertThat(descending).containsExactly("e", "dd", "ccc", "bb", "a");
    }

    @Test
    void sortByOnEmptyInput() {
        assertThat(rv.<Integer>emptyRDD().sortBy(x -> x, true, 3).collect()).isEmpty();
        assertThat(rv.<Integer>parallelize(List.of(), 4)
                        .sortBy(x -> x, false, 2)
                        .collect())
                .isEmpty();
    }

    // ---- partitioning ------------------------------------------------------------------------------

    @Test
    void repartitionBalancesAndKeepsEveryElement() {
        RDD<Integer> oneBigPartition = rv.parallelize(range(0, 1000), 1);
        RDD<Integer> spread = oneBigPartition.repartition(4);
        assertThat(spread.getNumPartitions()).isEqualTo(4);
        List<Integer> sizes = spread.glom().map(List::size).collect();
        assertThat(sizes).containsOnly(250);
        assertThat(spread.collect()).containsExactlyInAnyOrderElementsOf(range(0, 1000));

        RDD<Integer> skewed = rv.parallelize(range(0, 1000), 5).filter(x -> x < 300 || x > 900);
        List<Integer> skewedSizes = skewed.repartition(7).glom().map(List::size).collect();
        assertThat(skewedSizes).hasSize(7);
        // Each input partition deals its elements round-robin, so sizes differ by at most one per input.
        assertThat(Collections.max(skewedSizes) - Collections.min(skewedSizes)).isLessThanOrEqualTo(5);
        assertThat(skewed.repartition(7).count()).isEqualTo(399);
    }

    @Test
    void repartitionToMorePartitionsAndOfNulls() {
        RDD<Integer> rdd = rv.parallelize(Arrays.asList(1, null, 2), 1).repartition(6);
        assertThat(rdd.getNumPartitions()).isEqualTo(6);
        assertThat(rdd.collect()).containsExactlyInAnyOrder(1, null, 2);
        assertThat(rdd.partitioner()).isEmpty();
        assertThat(rv.<Integer>emptyRDD().repartition(3).collect()).isEmpty();
    }

    @Test
    void coalesceMergesNeighboursAndKeepsOrder() {
        RDD<Integer> rdd = rv.parallelize(range(0, 100), 10);
        RDD<Integer> fewer = rdd.coalesce(3);
        assertThat(fewer.getNumPartitions()).isEqualTo(3);
        assertThat(fewer.collect()).containsExactlyElementsOf(range(0, 100));
        for (List<Integer> partition : fewer.glom().collect()) {
            assertThat(partition).isSorted();
        }
        assertThat(rdd.coalesce(1).glom().collect()).containsExactly(range(0, 100));
    }

    @Test
    void coalesceNeverIncreasesPartitionsWithoutAShuffle() {
        RDD<Integer> rdd = rv.parallelize(range(0, 10), 3);
        assertThat(rdd.coalesce(8).getNumPartitions()).isEqualTo(3);
        assertThat(rdd.coalesce(8).collect()).containsExactlyElementsOf(range(0, 10));
        RDD<Integer> shuffled = rdd.coalesce(8, true);
        assertThat(shuffled.getNumPartitions()).isEqualTo(8);
        assertThat(shuffled.collect()).containsExactlyInAnyOrderElementsOf(range(0, 10));
        assertThat(rv.<Integer>emptyRDD().coalesce(2).getNumPartitions()).isZero();
    }

    @Test
    void glomGivesOneListPerPartition() {
        RDD<Integer> rdd = rv.parallelize(Arrays.asList(1, 2, null, 4), 3);
        assertThat(rdd.glom().collect()).containsExactly(List.of(1), List.of(2), Arrays.asList(null, 4));
        assertThat(rv.parallelize(List.of(1), 3).glom().collect()).containsExactly(List.of(), List.of(), List.of(1));
    }

    // ---- sample ------------------------------------------------------------------------------------

    @Test
    void sampleIsDeterministicForASeed() {
        RDD<Integer> rdd = rv.parallelize(range(0, 5000), 4);
        List<Integer> first = rdd.sample(false, 0.2, 17).collect();
        assertThat(rdd.sample(false, 0.2, 17).collect()).isEqualTo(first);
        assertThat(rdd.sample(false, 0.2, 18).collect()).isNotEqualTo(first);
        List<Integer> withReplacement = rdd.sample(true, 0.5, 3).collect();
        assertThat(rdd.sample(true, 0.5, 3).collect()).isEqualTo(withReplacement);
    }

    @Test
    void sampleWithoutReplacementIsASubsetOfRoughlyTheFraction() {
        RDD<Integer> rdd = rv.parallelize(range(0, 10_000), 5);
        List<Integer> sample = rdd.sample(false, 0.1, 99).collect();
        assertThat(sample.size()).isBetween(850, 1150);
        assertThat(new HashSet<>(sample)).hasSameSizeAs(sample);
        assertThat(sample).isSorted().allMatch(x -> x >= 0 && x < 10_000);
        assertThat(rdd.sample(false, 0.0, 1).count()).isZero();
        assertThat(rdd.sample(false, 1.0, 1).count()).isEqualTo(10_000);
    }

    @Test
    void sampleWithReplacementRepeatsElementsAndMayExceedOne() {
        RDD<Integer> rdd = rv.parallelize(range(0, 5000), 3);
        List<Integer> doubled = rdd.sample(true, 2.0, 5).collect();
        assertThat(doubled.size()).isBetween(9400, 10600);
        assertThat(new HashSet<>(doubled).size()).isLessThan(doubled.size());
        List<Integer> tenth = rdd.sample(true, 0.1, 5).collect();
        assertThat(tenth.size()).isBetween(380, 620);
        assertThat(rdd.sample(true, 0.0, 5).collect()).isEmpty();
    }

    @Test
    void sampleOfNullsAndOfEmptyRdds() {
        RDD<Integer> nulls = rv.parallelize(Collections.nCopies(100, (Integer) null), 2);
        assertThat(nulls.sample(false, 1.0, 1).collect()).hasSize(100).containsOnlyNulls();
        assertThat(rv.<Integer>emptyRDD().sample(true, 3.0, 1).collect()).isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static List<Long> longs(long from, long to) {
        return java.util.stream.LongStream.range(from, to).boxed().toList();
    }

    private static List<String> sortedNullsFirst(Iterable<String> values) {
        List<String> list = new ArrayList<>();
        values.forEach(list::add);
        list.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        return list;
    }

    /** Each partition is sorted and precedes the next one: the last of each is before the first of the next. */
    static <T> void assertRangePartitions(List<List<T>> partitions, Comparator<? super T> order) {
        T previous = null;
        boolean seen = false;
        for (List<T> partition : partitions) {
            assertThat(partition).isSortedAccordingTo(order);
            if (!partition.isEmpty()) {
                if (seen) {
                    assertThat(order.compare(previous, partition.get(0)))
                            .as("last of a partition %s vs first of the next %s", previous, partition.get(0))
                            .isLessThanOrEqualTo(0);
                }
                previous = partition.get(partition.size() - 1);
                seen = true;
            }
        }
    }
}
