package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.testing.StageRecorder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every action of {@link RDD} and the introspection methods, with empty RDDs, empty partitions and nulls. */
class RDDActionTest {
    private static Rivulet rv;

    @BeforeAll
    static void start() {
        rv = Rivulet.builder().master("local[3]").appName("action-test").build();
    }

    @AfterAll
    static void stop() {
        rv.close();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** 10 partitions, elements only in the last two: take() must scan past empty partitions. */
    private static RDD<Integer> lateElements() {
        return rv.parallelize(range(0, 100), 10).filter(x -> x >= 80);
    }

    // ---- collect, count, countByValue ------------------------------------------------------------------

    @Test
    void collectAndCountAcrossEmptyPartitions() {
        assertThat(lateElements().collect()).containsExactlyElementsOf(range(80, 100));
        assertThat(lateElements().count()).isEqualTo(20);
        assertThat(rv.parallelize(List.of(1), 6).count()).isEqualTo(1);
    }

    @Test
    void countByValueCountsEveryDistinctElementIncludingNull() {
        RDD<String> rdd = rv.parallelize(Arrays.asList("a", "b", null, "a", null, "a"), 4);
        assertThat(rdd.countByValue())
                .containsOnlyKeys("a", "b", null)
                .containsEntry("a", 3L)
                .containsEntry("b", 1L)
                .containsEntry(null, 2L);
        assertThat(rv.<String>emptyRDD().countByValue()).isEmpty();
    }

    // ---- take, first -------------------------------------------------------------------------------

    @Test
    void takeReturnsTheFirstElementsInPartitionOrder() {
        RDD<Integer> rdd = rv.parallelize(range(0, 50), 7);
        assertThat(rdd.take(0)).isEmpty();
        assertThat(rdd.take(1)).containsExactly(0);
        assertThat(rdd.take(9)).containsExactlyElementsOf(range(0, 9));
        assertThat(rdd.take(50)).containsExactlyElementsOf(range(0, 50));
        assertThat(rdd.take(1000)).containsExactlyElementsOf(range(0, 50));
    }

    @Test
    void takeScansPastEmptyPartitions() {
        assertThat(lateElements().take(3)).containsExactly(80, 81, 82);
        assertThat(lateElements().take(15)).containsExactlyElementsOf(range(80, 95));
        assertThat(rv.parallelize(List.of(), 9).take(4)).isEmpty();
    }

    @Test
    void takeReadsOnlyThePartitionsItNeeds() {
        LongAccumulator computed = rv.longAccumulator("partitions computed");
        RDD<Integer> rdd = rv.parallelize(range(0, 100), 10).mapPartitions(it -> {
            computed.add(1);
            return it;
        });
        assertThat(rdd.take(5)).containsExactly(0, 1, 2, 3, 4);
        assertThat(computed.value()).isEqualTo(1);
    }

    @Test
    void hugeCountsReturnEverything() {
        RDD<Integer> rdd = rv.parallelize(range(0, 300), 7);
        assertThat(rdd.take(Integer.MAX_VALUE)).containsExactlyElementsOf(range(0, 300));
        assertThat(rdd.takeOrdered(Integer.MAX_VALUE)).containsExactlyElementsOf(range(0, 300));
        assertThat(rdd.top(Integer.MAX_VALUE)).hasSize(300).startsWith(299, 298);
        assertThat(rdd.takeSample(false, Integer.MAX_VALUE, 1)).containsExactlyInAnyOrderElementsOf(range(0, 300));
        assertThat(lateElements().take(Integer.MAX_VALUE)).containsExactlyElementsOf(range(80, 100));
    }

    @Test
    void takeKeepsNulls() {
        assertThat(rv.parallelize(Arrays.asList(null, null, 1), 3).take(2)).containsExactly(null, null);
    }

    @Test
    void firstReturnsTheFirstElementOrThrowsOnEmpty() {
        assertThat(lateElements().first()).isEqualTo(80);
        assertThat(rv.parallelize(Arrays.asList(null, "x"), 2).first()).isNull();
        assertThatThrownBy(() -> rv.emptyRDD().first())
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() ->
                        rv.parallelize(List.of(1, 2), 3).filter(x -> x > 5).first())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- top, takeOrdered --------------------------------------------------------------------------

    @Test
    void topGivesTheLargestFirstWithDuplicates() {
        RDD<Integer> rdd = rv.parallelize(Arrays.asList(5, 1, 9, 3, 9, 7, 2), 3);
        assertThat(rdd.top(3)).containsExactly(9, 9, 7);
        assertThat(rdd.top(0)).isEmpty();
        assertThat(rdd.top(100)).containsExactly(9, 9, 7, 5, 3, 2, 1);
        assertThat(rv.<Integer>emptyRDD().top(3)).isEmpty();
    }

    @Test
    void topWithAComparator() {
        RDD<String> words = rv.parallelize(List.of("ccc", "a", "bb", "dddd"), 2);
        assertThat(words.top(2, Comparator.comparing(String::length))).containsExactly("dddd", "ccc");
        assertThat(words.top(2, Comparator.<String>naturalOrder().reversed())).containsExactly("a", "bb");
    }

    @Test
    void takeOrderedGivesTheSmallestFirst() {
        List<Integer> shuffled = new ArrayList<>(range(0, 500));
        Collections.shuffle(shuffled, new java.util.Random(7));
        RDD<Integer> rdd = rv.parallelize(shuffled, 6);
        assertThat(rdd.takeOrdered(5)).containsExactly(0, 1, 2, 3, 4);
        assertThat(rdd.takeOrdered(0)).isEmpty();
        assertThat(rdd.takeOrdered(600)).containsExactlyElementsOf(range(0, 500));
        assertThat(rdd.takeOrdered(3, Comparator.reverseOrder())).containsExactly(499, 498, 497);
        assertThat(rdd.top(3)).containsExactly(499, 498, 497);
    }

    @Test
    void takeOrderedAndTopPlaceNullsFirstInNaturalOrder() {
        RDD<Integer> rdd = rv.parallelize(Arrays.asList(3, null, 1, null, 2), 3);
        assertThat(rdd.takeOrdered(3)).containsExactly(null, null, 1);
        assertThat(rdd.top(4)).containsExactly(3, 2, 1, null);
        assertThat(rdd.takeOrdered(2, Comparator.nullsLast(Comparator.<Integer>naturalOrder())))
                .containsExactly(1, 2);
    }

    @Test
    void takeOrderedOfElementsThatAreNotComparableSaysToPassAComparator() {
        RDD<Object> rdd = rv.parallelize(List.<Object>of(new Object(), new Object()), 1);
        assertThatThrownBy(() -> rdd.takeOrdered(1))
                .hasStackTraceContaining("not Comparable")
                .hasStackTraceContaining("Comparator");
    }

    // ---- takeSample --------------------------------------------------------------------------------

    @Test
    void takeSampleWithoutReplacementGivesDistinctElementsAndAtMostAll() {
        RDD<Integer> rdd = rv.parallelize(range(0, 1000), 4);
        List<Integer> sample = rdd.takeSample(false, 10, 1);
        assertThat(sample).hasSize(10).doesNotHaveDuplicates().allMatch(x -> x >= 0 && x < 1000);
        assertThat(rdd.takeSample(false, 1000, 1)).containsExactlyInAnyOrderElementsOf(range(0, 1000));
        assertThat(rdd.takeSample(false, 5000, 1)).containsExactlyInAnyOrderElementsOf(range(0, 1000));
        assertThat(rdd.takeSample(false, 0, 1)).isEmpty();
        assertThat(rdd.takeSample(false, 999, 3)).hasSize(999).doesNotHaveDuplicates();
    }

    @Test
    void takeSampleWithReplacementGivesExactlyTheNumberAsked() {
        RDD<Integer> rdd = rv.parallelize(range(0, 20), 3);
        assertThat(rdd.takeSample(true, 5, 2)).hasSize(5).allMatch(x -> x >= 0 && x < 20);
        List<Integer> many = rdd.takeSample(true, 100, 2);
        assertThat(many).hasSize(100).allMatch(x -> x >= 0 && x < 20);
        assertThat(new HashSet<>(many).size()).isLessThanOrEqualTo(20);
        assertThat(rdd.takeSample(true, 0, 2)).isEmpty();
    }

    @Test
    void takeSampleIsDeterministicForASeed() {
        RDD<Integer> rdd = rv.parallelize(range(0, 1000), 5);
        assertThat(rdd.takeSample(false, 20, 11)).isEqualTo(rdd.takeSample(false, 20, 11));
        assertThat(rdd.takeSample(true, 20, 11)).isEqualTo(rdd.takeSample(true, 20, 11));
        assertThat(rdd.takeSample(false, 20, 11)).isNotEqualTo(rdd.takeSample(false, 20, 12));
    }

    @Test
    void takeSampleOfEmptyRddsAndNulls() {
        assertThat(rv.<Integer>emptyRDD().takeSample(false, 5, 1)).isEmpty();
        assertThat(rv.<Integer>emptyRDD().takeSample(true, 5, 1)).isEmpty();
        assertThat(rv.parallelize(Arrays.asList((Integer) null, null), 2).takeSample(true, 4, 1))
                .hasSize(4)
                .containsOnlyNulls();
    }

    // ---- reduce, fold, aggregate -------------------------------------------------------------------

    @Test
    void reduceCombinesAcrossPartitionsIncludingEmptyOnes() {
        assertThat(rv.parallelize(range(1, 101), 7).reduce(Integer::sum)).isEqualTo(5050);
        assertThat(rv.parallelize(List.of(42), 5).reduce(Integer::sum)).isEqualTo(42);
        assertThat(lateElements().reduce(Math::max)).isEqualTo(99);
        RDD<String> withNulls = rv.parallelize(Arrays.asList("a", null, "b"), 3);
        assertThat(withNulls.reduce((x, y) -> x + "|" + y)).isEqualTo("a|null|b");
    }

    @Test
    void reduceOnAnEmptyRddThrowsUnsupportedOperation() {
        assertThatThrownBy(() -> rv.<Integer>emptyRDD().reduce(Integer::sum))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() ->
                        rv.parallelize(List.of(1, 2), 4).filter(x -> x > 2).reduce(Integer::sum))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void foldStartsEachPartitionFromTheZero() {
        assertThat(rv.parallelize(range(1, 11), 3).fold(0, Integer::sum)).isEqualTo(55);
        // Spark folds the zero into every partition and once more on the driver: 4 partitions -> 5 zeros.
        assertThat(rv.parallelize(range(1, 11), 4).fold(1, Integer::sum)).isEqualTo(60);
        assertThat(rv.<Integer>emptyRDD().fold(7, Integer::sum)).isEqualTo(7);
    }

    @Test
    void foldWithAMutableZeroDoesNotShareItBetweenPartitions() {
        RDD<List<Integer>> lists =
                rv.parallelize(range(0, 40), 5).map(x -> (List<Integer>) new ArrayList<>(List.of(x)));
        ArrayList<Integer> zero = new ArrayList<>();
        List<Integer> all = lists.fold(zero, (a, b) -> {
            a.addAll(b);
            return a;
        });
        assertThat(all).containsExactlyInAnyOrderElementsOf(range(0, 40));
        assertThat(zero).as("the caller's zero is never mutated").isEmpty();
    }

    @Test
    void aggregateWithAMutableZeroDoesNotShareItBetweenPartitions() {
        RDD<Integer> rdd = rv.parallelize(Arrays.asList(1, 2, null, 4, 5, 6, 7), 4);
        ArrayList<Integer> zero = new ArrayList<>();
        List<Integer> all = rdd.aggregate(
                zero,
                (list, x) -> {
                    list.add(x);
                    return list;
                },
                (a, b) -> {
                    a.addAll(b);
                    return a;
                });
        assertThat(all).containsExactlyInAnyOrder(1, 2, null, 4, 5, 6, 7);
        assertThat(zero).isEmpty();
        assertThat(rv.<Integer>emptyRDD().aggregate(new ArrayList<Integer>(), (l, x) -> l, (a, b) -> a))
                .isEmpty();
    }

    @Test
    void aggregateToAnotherType() {
        RDD<String> words = rv.parallelize(List.of("a", "bb", "ccc"), 2);
        int totalLength = words.aggregate(0, (sum, w) -> sum + w.length(), Integer::sum);
        assertThat(totalLength).isEqualTo(6);
    }

    // ---- foreach, foreachPartition -----------------------------------------------------------------

    @Test
    void foreachVisitsEveryElement() {
        LongAccumulator sum = rv.longAccumulator("sum");
        LongAccumulator nulls = rv.longAccumulator("nulls");
        rv.parallelize(Arrays.asList(1, 2, null, 3), 3).foreach(x -> {
            if (x == null) {
                nulls.add(1);
            } else {
                sum.add(x);
            }
        });
        assertThat(sum.value()).isEqualTo(6);
        assertThat(nulls.value()).isEqualTo(1);
        assertThat(sum.count()).isEqualTo(3);
    }

    @Test
    void foreachPartitionVisitsEveryPartitionOnce() {
        LongAccumulator partitions = rv.longAccumulator("partitions");
        LongAccumulator elements = rv.longAccumulator("elements");
        rv.parallelize(range(0, 10), 6).foreachPartition(it -> {
            partitions.add(1);
            while (it.hasNext()) {
                it.next();
                elements.add(1);
            }
        });
        assertThat(partitions.value()).isEqualTo(6);
        assertThat(elements.value()).isEqualTo(10);
        LongAccumulator none = rv.longAccumulator("none");
        rv.emptyRDD().foreachPartition(it -> none.add(1));
        assertThat(none.value()).isZero();
    }

    // ---- min, max, isEmpty -------------------------------------------------------------------------

    @Test
    void minAndMaxByComparator() {
        RDD<String> words = rv.parallelize(List.of("pear", "fig", "banana", "kiwi"), 3);
        assertThat(words.min(Comparator.naturalOrder())).isEqualTo("banana");
        assertThat(words.max(Comparator.naturalOrder())).isEqualTo("pear");
        assertThat(words.min(Comparator.comparing(String::length))).isEqualTo("fig");
        assertThat(words.max(Comparator.comparing(String::length))).isEqualTo("banana");
        assertThatThrownBy(() -> rv.<String>emptyRDD().min(Comparator.naturalOrder()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rv.<String>emptyRDD().max(Comparator.naturalOrder()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isEmpty() {
        assertThat(rv.emptyRDD().isEmpty()).isTrue();
        assertThat(rv.parallelize(List.of(), 3).isEmpty()).isTrue();
        assertThat(rv.parallelize(List.of(1, 2), 3).filter(x -> x > 5).isEmpty())
                .isTrue();
        assertThat(lateElements().isEmpty()).isFalse();
        assertThat(rv.parallelize(Arrays.asList((Object) null), 2).isEmpty()).isFalse();
    }

    // ---- toLocalIterator ---------------------------------------------------------------------------

    @Test
    void toLocalIteratorGivesEveryElementInOrder() {
        Iterator<Integer> it =
                rv.parallelize(Arrays.asList(1, null, 3, 4, 5), 4).toLocalIterator();
        List<Integer> seen = new ArrayList<>();
        it.forEachRemaining(seen::add);
        assertThat(seen).containsExactly(1, null, 3, 4, 5);
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThat(rv.emptyRDD().toLocalIterator().hasNext()).isFalse();
        assertThat(rv.parallelize(List.of(), 3).toLocalIterator().hasNext()).isFalse();
    }

    @Test
    void toLocalIteratorComputesOnePartitionAtATime() {
        LongAccumulator computed = rv.longAccumulator("computed");
        RDD<Integer> rdd = rv.parallelize(range(0, 30), 3).mapPartitions(it -> {
            computed.add(1);
            return it;
        });
        Iterator<Integer> it = rdd.toLocalIterator();
        assertThat(it.next()).isZero();
        assertThat(computed.value()).isEqualTo(1);
        List<Integer> rest = new ArrayList<>();
        it.forEachRemaining(rest::add);
        assertThat(rest).containsExactlyElementsOf(range(1, 30));
        assertThat(computed.value()).isEqualTo(3);
    }

    // ---- jobs over no partitions ------------------------------------------------------------------

    @Test
    void anActionOverNoPartitionsRunsNoStageEvenAboveAShuffle() {
        // Regression: the parent shuffle stage was launched and the action returned without waiting for it.
        StageRecorder stages = new StageRecorder();
        rv.addListener(stages);
        try {
            RDD<Pair<Integer, Integer>> shuffled = rv.parallelize(range(0, 1000), 4)
                    .mapToPair(x -> Pair.of(x % 10, x))
                    .reduceByKey(Integer::sum);
            PairRDD<Pair<Integer, Integer>, String> none = shuffled.cartesian(rv.emptyRDD());
            assertThat(none.getNumPartitions()).isZero();
            assertThat(none.collect()).isEmpty();
            assertThat(none.count()).isZero();
            assertThat(none.isEmpty()).isTrue();
            assertThat(none.aggregate(0, (n, p) -> n + 1, Integer::sum)).isZero();
            assertThat(stages.submitted()).isEmpty();
            assertThat(shuffled.count()).isEqualTo(10);
            assertThat(stages.shuffleStages()).isEqualTo(1);
        } finally {
            rv.removeListener(stages);
        }
    }

    // ---- introspection -----------------------------------------------------------------------------

    @Test
    void namesIdsAndPartitions() {
        RDD<Integer> rdd = rv.parallelize(List.of(1, 2, 3), 2);
        assertThat(rdd.name()).isNull();
        assertThat(rdd.setName("numbers")).isSameAs(rdd);
        assertThat(rdd.name()).isEqualTo("numbers");
        assertThat(rdd.toString()).contains("numbers");
        RDD<Integer> mapped = rdd.map(x -> x);
        assertThat(mapped.id()).isGreaterThan(rdd.id());
        assertThat(mapped.name()).isNull();
        assertThat(rdd.id()).isEqualTo(rdd.id());
        assertThat(rdd.getNumPartitions()).isEqualTo(2);
        assertThat(rdd.partitioner()).isEmpty();
        PairRDD<Integer, Integer> pairs = rdd.mapToPair(x -> Pair.of(x, x));
        assertThat(pairs.setName("pairs")).isSameAs(pairs);
        assertThat(pairs.name()).isEqualTo("pairs");
    }

    @Test
    void idsAreUniqueAcrossTransformations() {
        RDD<Integer> rdd = rv.parallelize(List.of(1), 1);
        List<Integer> ids = List.of(
                rdd.id(),
                rdd.map(x -> x).id(),
                rdd.filter(x -> true).id(),
                rdd.distinct().id(),
                rdd.union(rdd).id());
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }
}
