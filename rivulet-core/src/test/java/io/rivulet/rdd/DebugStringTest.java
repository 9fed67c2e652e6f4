package io.rivulet.rdd;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code toDebugString()} prints lineages exactly as Spark does. Line numbers of call sites are replaced by
 * {@code N} (one test checks a real one), so that editing this file does not break the expectations.
 */
class DebugStringTest {
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
    void wordCountWithOneShuffle() {
        RDD<String> lines = rv.parallelize(List.of("a b", "b c"), 2);
        PairRDD<String, Long> counts = lines.flatMap(line -> Arrays.asList(line.split(" ")))
                .filter(word -> !word.isEmpty())
                .mapToPair(word -> Pair.of(word, 1L))
                .reduceByKey(Long::sum);

        assertThat(withoutLineNumbers(counts.toDebugString())).isEqualTo("""
                        (2) ShuffledRDD[4] at reduceByKey at DebugStringTest.java:N []
                         +-(2) MapPartitionsRDD[3] at mapToPair at DebugStringTest.java:N []
                            |  MapPartitionsRDD[2] at filter at DebugStringTest.java:N []
                            |  MapPartitionsRDD[1] at flatMap at DebugStringTest.java:N []
                            |  ParallelCollectionRDD[0] at parallelize at DebugStringTest.java:N []""");
    }

    @Test
    void joinWithTwoShuffleParents() {
        PairRDD<String, Integer> left = rv.parallelize(List.of("a", "b"), 2).mapToPair(word -> Pair.of(word, 1));
        PairRDD<String, Integer> right =
                rv.parallelize(List.of("a", "c", "d"), 3).mapToPair(word -> Pair.of(word, 2));

        PairRDD<String, Pair<Integer, Integer>> joined = left.join(right);

        assertThat(withoutLineNumbers(joined.toDebugString())).isEqualTo("""
                        (3) JoinedRDD[4] at join at DebugStringTest.java:N []
                         +-(2) MapPartitionsRDD[1] at mapToPair at DebugStringTest.java:N []
                         |  |  ParallelCollectionRDD[0] at parallelize at DebugStringTest.java:N []
                         +-(3) MapPartitionsRDD[3] at mapToPair at DebugStringTest.java:N []
                            |  ParallelCollectionRDD[2] at parallelize at DebugStringTest.java:N []""");
        assertThat(joined.collect()).containsExactly(Pair.of("a", Pair.of(1, 2)));
    }

    @Test
    void shuffleNestedUnderAParentThatIsNotTheLast() {
        PairRDD<String, Long> left = rv.parallelize(List.of("a b", "c"), 2)
                .flatMap(line -> Arrays.asList(line.split(" ")))
                .mapToPair(word -> Pair.of(word, 1L))
                .reduceByKey(Long::sum, 2);
        PairRDD<String, Long> right = rv.parallelize(List.of("a", "c"), 3).mapToPair(word -> Pair.of(word, 2L));

        PairRDD<String, Pair<Long, Long>> joined = left.join(right, 4);

        assertThat(withoutLineNumbers(joined.toDebugString())).isEqualTo("""
                        (4) JoinedRDD[6] at join at DebugStringTest.java:N []
                         +-(2) ShuffledRDD[3] at reduceByKey at DebugStringTest.java:N []
                         |  +-(2) MapPartitionsRDD[2] at mapToPair at DebugStringTest.java:N []
                         |     |  MapPartitionsRDD[1] at flatMap at DebugStringTest.java:N []
                         |     |  ParallelCollectionRDD[0] at parallelize at DebugStringTest.java:N []
                         +-(3) MapPartitionsRDD[5] at mapToPair at DebugStringTest.java:N []
                            |  ParallelCollectionRDD[4] at parallelize at DebugStringTest.java:N []""");
    }

    @Test
    void partitionCountsOfTwoDigitsShiftTheIndentation() {
        PairRDD<Integer, Integer> sums = rv.parallelize(List.of(1, 2, 3), 12)
                .mapToPair(x -> Pair.of(x, x))
                .reduceByKey(Integer::sum, 10);

        assertThat(withoutLineNumbers(sums.toDebugString())).isEqualTo("""
                        (10) ShuffledRDD[2] at reduceByKey at DebugStringTest.java:N []
                         +-(12) MapPartitionsRDD[1] at mapToPair at DebugStringTest.java:N []
                            |   ParallelCollectionRDD[0] at parallelize at DebugStringTest.java:N []""");
    }

    @Test
    void namedAndPersistedRddsShowTheirNameAndStorageLevel() {
        RDD<Long> numbers = rv.range(0, 10, 1, 2).setName("numbers");
        RDD<Long> doubled = numbers.map(x -> x * 2).cache();

        assertThat(withoutLineNumbers(doubled.toDebugString())).isEqualTo("""
                        (2) MapPartitionsRDD[1] at map at DebugStringTest.java:N [MEMORY_ONLY]
                         |  numbers RangeRDD[0] at range at DebugStringTest.java:N []""");
    }

    @Test
    void callSitesCarryTheLineOfTheCall() {
        int line = nextLine();
        RDD<Long> numbers = rv.range(0, 10, 1, 2);

        assertThat(numbers.toDebugString())
                .isEqualTo("(2) RangeRDD[0] at range at DebugStringTest.java:" + line + " []");
    }

    @Test
    void aLineageTenThousandRddsLongPrintsWithoutOverflowingTheStack() {
        RDD<Long> rdd = rv.range(0, 10, 1, 1);
        for (int i = 0; i < 10_000; i++) {
            rdd = rdd.map(x -> x + 1);
        }

        String[] lines = rdd.toDebugString().split("\n");

        assertThat(lines).hasSize(10_001);
        assertThat(lines[10_000]).startsWith(" |  RangeRDD[0] at range");
        assertThat(rdd.getNumPartitions()).isEqualTo(1);
    }

    /** The line after the caller's. */
    private static int nextLine() {
        return StackWalker.getInstance()
                        .walk(frames -> frames.skip(1).findFirst().orElseThrow().getLineNumber())
                + 1;
    }

    private static String withoutLineNumbers(String debugString) {
        return debugString.replaceAll("\\.java:\\d+", ".java:N");
    }
}
