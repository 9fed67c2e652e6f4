package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ways to make an RDD: parallelize (lists and single-use sources), range, union, emptyRDD. */
class RivuletCreationTest {
    private static Rivulet rv;

    @BeforeAll
    static void start() {
        rv = Rivulet.builder().master("local[3]").appName("creation-test").build();
    }

    @AfterAll
    static void stop() {
        rv.close();
    }

    // ---- parallelize(List) ----------------------------------------------------------------------------

    @Test
    void parallelizeListUsesDefaultParallelismAndKeepsOrder() {
        RDD<Integer> rdd = rv.parallelize(List.of(5, 3, 1, 4, 2));
        assertThat(rdd.getNumPartitions()).isEqualTo(rv.defaultParallelism()).isEqualTo(3);
        assertThat(rdd.collect()).containsExactly(5, 3, 1, 4, 2);
        assertThat(rdd.count()).isEqualTo(5);
    }

    @Test
    void parallelizeCutsContiguousSlicesAsSparkDoes() {
        RDD<Integer> rdd = rv.parallelize(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 3);
        assertThat(rdd.glom().collect()).containsExactly(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 9, 10));
    }

    @Test
    void parallelizeWithMoreSlicesThanElementsLeavesEmptyPartitions() {
        RDD<String> rdd = rv.parallelize(List.of("a", "b"), 5);
        assertThat(rdd.getNumPartitions()).isEqualTo(5);
        assertThat(rdd.glom().collect()).hasSize(5).filteredOn(List::isEmpty).hasSize(3);
        assertThat(rdd.collect()).containsExactly("a", "b");
    }

    @Test
    void parallelizeEmptyListGivesEmptyPartitions() {
        RDD<Integer> rdd = rv.parallelize(List.of(), 4);
        assertThat(rdd.getNumPartitions()).isEqualTo(4);
        assertThat(rdd.collect()).isEmpty();
        assertThat(rdd.isEmpty()).isTrue();
    }

    @Test
    void parallelizeKeepsNullElements() {
        RDD<String> rdd = rv.parallelize(Arrays.asList("a", null, "b", null), 2);
        assertThat(rdd.collect()).containsExactly("a", null, "b", null);
        assertThat(rdd.count()).isEqualTo(4);
    }

    @Test
    void parallelizeCopiesTheListSoLaterChangesDoNotShow() {
        List<Integer> data = new ArrayList<>(List.of(1, 2, 3));
        RDD<Integer> rdd = rv.parallelize(data, 2);
        data.add(4);
        data.set(0, 100);
        assertThat(rdd.collect()).containsExactly(1, 2, 3);
    }

    // ---- parallelize(Iterator / Stream): single-use sources --------------------------------------------

    @Test
    void parallelizeIteratorIsDrainedOnceAndEveryActionSeesTheSameElements() {
        AtomicInteger pulled = new AtomicInteger();
        Iterator<Integer> source =
                countingIterator(IntStream.range(0, 100).boxed().toList(), pulled);
        RDD<Integer> rdd = rv.parallelize(source);
        assertThat(pulled).hasValue(0); // lazy: nothing is read before an action
        assertThat(rdd.count()).isEqualTo(100);
        assertThat(rdd.count()).isEqualTo(100);
        assertThat(rdd.collect())
                .containsExactlyElementsOf(IntStream.range(0, 100).boxed().toList());
        assertThat(rdd.map(x -> x * 2).reduce(Integer::sum)).isEqualTo(9900);
        assertThat(pulled).hasValue(100);
    }

    @Test
    void parallelizeIteratorWithSlices() {
        RDD<String> rdd = rv.parallelize(List.of("a", "b", "c", "d").iterator(), 2);
        assertThat(rdd.getNumPartitions()).isEqualTo(2);
        assertThat(rdd.glom().collect()).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(rdd.glom().collect()).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void parallelizeStreamIsConsumedOnceAndEveryActionSeesTheSameElements() {
        AtomicInteger pulled = new AtomicInteger();
        Stream<Integer> stream = IntStream.rangeClosed(1, 50).boxed().peek(x -> pulled.incrementAndGet());
        RDD<Integer> rdd = rv.parallelize(stream);
        assertThat(rdd.getNumPartitions()).isEqualTo(rv.defaultParallelism());
        assertThat(rdd.reduce(Integer::sum)).isEqualTo(1275);
        assertThat(rdd.count()).isEqualTo(50);
        assertThat(rdd.filter(x -> x % 10 == 0).collect()).containsExactly(10, 20, 30, 40, 50);
        assertThat(pulled).hasValue(50);
    }

    @Test
    void parallelizeStreamWithSlicesAndNulls() {
        RDD<String> rdd = rv.parallelize(Stream.of("x", null, "y"), 5);
        assertThat(rdd.getNumPartitions()).isEqualTo(5);
        assertThat(rdd.collect()).containsExactly("x", null, "y");
        assertThat(rdd.collect()).containsExactly("x", null, "y");
    }

    @Test
    void parallelizeEmptySingleUseSources() {
        assertThat(rv.parallelize(List.<Integer>of().iterator()).count()).isZero();
        assertThat(rv.parallelize(Stream.<Integer>empty(), 2).collect()).isEmpty();
    }

    @Test
    void singleUseSourceSharedByConcurrentActionsIsDrainedOnce() throws Exception {
        AtomicInteger pulled = new AtomicInteger();
        RDD<Integer> rdd =
                rv.parallelize(countingIterator(IntStream.range(0, 1000).boxed().toList(), pulled), 4);
        List<Thread> threads = new ArrayList<>();
        List<Long> counts = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> counts.add(rdd.count()));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(counts).containsExactly(1000L, 1000L, 1000L, 1000L);
        assertThat(pulled).hasValue(1000);
    }

    @Test
    void aSingleUseSourceThatFailsWhileReadIsNeverReadAgainPartially() {
        // Regression: a later action drained what was left of the source and silently saw fewer elements.
        Iterator<Integer> failing = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < 10;
            }

            @Override
            public Integer next() {
                if (next == 4) {
                    next++;
                    throw new IllegalStateException("source broke at 4");
                }
                return next++;
            }
        };
        RDD<Integer> rdd = rv.parallelize(failing, 2);
        assertThatThrownBy(rdd::count).hasMessageContaining("source broke at 4");
        assertThatThrownBy(rdd::collect)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("single-use source")
                .hasRootCauseMessage("source broke at 4");
    }

    // ---- parallelizePairs --------------------------------------------------------------------------

    @Test
    void parallelizePairsGivesAPairRddWithoutPartitioner() {
        PairRDD<String, Integer> pairs =
                rv.parallelizePairs(List.of(Pair.of("a", 1), Pair.of("b", 2), Pair.of(null, 3)), 2);
        assertThat(pairs.getNumPartitions()).isEqualTo(2);
        assertThat(pairs.partitioner()).isEmpty();
        assertThat(pairs.collect()).containsExactly(Pair.of("a", 1), Pair.of("b", 2), Pair.of(null, 3));
        assertThat(pairs.keys().collect()).containsExactly("a", "b", null);
        assertThat(rv.parallelizePairs(List.of(Pair.of(1, 1))).getNumPartitions())
                .isEqualTo(rv.defaultParallelism());
    }

    // ---- range -------------------------------------------------------------------------------------

    @Test
    void rangeWithTwoArgumentsIsHalfOpenInDefaultSlices() {
        RDD<Long> rdd = rv.range(3, 10);
        assertThat(rdd.getNumPartitions()).isEqualTo(rv.defaultParallelism());
        assertThat(rdd.collect()).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(rv.range(-3, 2).collect()).containsExactly(-3L, -2L, -1L, 0L, 1L);
    }

    @Test
    void emptyRanges() {
        assertThat(rv.range(5, 5).collect()).isEmpty();
        assertThat(rv.range(10, 0).collect()).isEmpty();
        assertThat(rv.range(0, 10, -1, 3).collect()).isEmpty();
        assertThat(rv.range(10, 0, 1, 3).count()).isZero();
        assertThat(rv.range(10, 0, 1, 3).getNumPartitions()).isEqualTo(3);
    }

    @Test
    void rangeStepsThatDoNotDivideTheSpan() {
        assertThat(rv.range(0, 10, 3, 2).collect()).containsExactly(0L, 3L, 6L, 9L);
        assertThat(rv.range(0, 9, 3, 2).collect()).containsExactly(0L, 3L, 6L);
        assertThat(rv.range(1, 2, 100, 2).collect()).containsExactly(1L);
    }

    @Test
    void rangeWithNegativeStepCountsDown() {
        assertThat(rv.range(10, 0, -3, 2).collect()).containsExactly(10L, 7L, 4L, 1L);
        assertThat(rv.range(0, -1, -5, 2).collect()).containsExactly(0L);
        assertThat(rv.range(5, -5, -2, 4).collect()).containsExactly(5L, 3L, 1L, -1L, -3L);
    }

    @Test
    void rangeIsEmptyWhenTheStepPointsAwayFromTheEndByLessThanOneStep() {
        // Regression: the element count was rounded up even when start lay past end (truncating division).
        assertThat(rv.range(1, 0, 2, 2).collect()).isEmpty();
        assertThat(rv.range(5, 3, 10, 2).collect()).isEmpty();
        assertThat(rv.range(-1, 0, -2, 2).collect()).isEmpty();
        assertThat(rv.range(3, 5, -10, 1).count()).isZero();
    }

    @Test
    void rangeWithMoreSlicesThanElements() {
        RDD<Long> rdd = rv.range(0, 3, 1, 8);
        assertThat(rdd.getNumPartitions()).isEqualTo(8);
        assertThat(rdd.collect()).containsExactly(0L, 1L, 2L);
        assertThat(rdd.glom().collect()).filteredOn(List::isEmpty).hasSize(5);
    }

    @Test
    void rangeAtTheLimitsOfLong() {
        assertThat(rv.range(Long.MAX_VALUE - 3, Long.MAX_VALUE, 1, 2).collect())
                .containsExactly(Long.MAX_VALUE - 3, Long.MAX_VALUE - 2, Long.MAX_VALUE - 1);
        assertThat(rv.range(Long.MIN_VALUE, Long.MIN_VALUE + 2, 1, 2).collect())
                .containsExactly(Long.MIN_VALUE, Long.MIN_VALUE + 1);
        assertThat(rv.range(Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, 2).collect())
                .containsExactly(Long.MIN_VALUE, -1L, Long.MAX_VALUE - 1);
        assertThat(rv.range(Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, 2).collect())
                .containsExactly(Long.MAX_VALUE, -1L);
    }

    @Test
    void rangeOfUpToLongMaxValueElementsIsAllowed() {
        // Regression: ranges of 2^62 or more elements (which still fit a long) were rejected.
        RDD<Long> huge = rv.range(0, Long.MAX_VALUE, 1, 4);
        assertThat(huge.getNumPartitions()).isEqualTo(4);
        assertThat(huge.take(3)).containsExactly(0L, 1L, 2L);
        assertThat(rv.range(Long.MIN_VALUE + 1, 0, 1, 2).first()).isEqualTo(Long.MIN_VALUE + 1);
        assertThatThrownBy(() -> rv.range(Long.MIN_VALUE, 0, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangeOfMoreThanLongMaxValueElementsIsRejected() {
        assertThatThrownBy(() -> rv.range(Long.MIN_VALUE, Long.MAX_VALUE, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Long.MAX_VALUE");
    }

    @Test
    void rangeRejectsZeroStepAndSlices() {
        assertThatThrownBy(() -> rv.range(0, 10, 0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("step");
        assertThatThrownBy(() -> rv.range(0, 10, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numSlices")
                .hasMessageContaining("0");
    }

    // ---- union and emptyRDD ------------------------------------------------------------------------

    @Test
    void unionOfSeveralRddsConcatenatesTheirPartitionsInOrder() {
        RDD<Integer> a = rv.parallelize(List.of(1, 2), 2);
        RDD<Integer> b = rv.parallelize(List.of(3), 1);
        RDD<Integer> c = rv.parallelize(List.of(4, 1), 3);
        RDD<Integer> all = rv.union(a, b, c);
        assertThat(all.getNumPartitions()).isEqualTo(6);
        assertThat(all.collect()).containsExactly(1, 2, 3, 4, 1);
        assertThat(rv.union(a).collect()).containsExactly(1, 2);
        assertThat(rv.union(a, a).collect()).containsExactly(1, 2, 1, 2);
    }

    @Test
    void unionWithEmptyRdds() {
        RDD<Integer> a = rv.parallelize(List.of(1, 2), 2);
        RDD<Integer> all = rv.union(rv.emptyRDD(), a, rv.emptyRDD());
        assertThat(all.getNumPartitions()).isEqualTo(2);
        assertThat(all.collect()).containsExactly(1, 2);
        assertThat(rv.<Integer>union(rv.emptyRDD(), rv.emptyRDD()).collect()).isEmpty();
    }

    @Test
    void unionOfNothingIsRejected() {
        assertThatThrownBy(() -> rv.<Integer>union())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void emptyRddHasNoPartitionsAndNoElements() {
        RDD<String> empty = rv.emptyRDD();
        assertThat(empty.getNumPartitions()).isZero();
        assertThat(empty.partitioner()).isEmpty();
        assertThat(empty.collect()).isEmpty();
        assertThat(empty.count()).isZero();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.take(5)).isEmpty();
        assertThat(empty.glom().collect()).isEmpty();
        assertThat(empty.map(String::length).collect()).isEmpty();
    }

    private static <T> Iterator<T> countingIterator(List<T> elements, AtomicInteger pulled) {
        Iterator<T> delegate = elements.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return delegate.hasNext();
            }

            @Override
            public T next() {
                pulled.incrementAndGet();
                return delegate.next();
            }
        };
    }
}
