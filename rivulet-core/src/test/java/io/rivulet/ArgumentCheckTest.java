package io.rivulet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.rivulet.function.FlatMapFunction;
import io.rivulet.function.Function;
import io.rivulet.function.Function2;
import io.rivulet.function.MapPartitionsFunction;
import io.rivulet.function.PairFlatMapFunction;
import io.rivulet.function.PairFunction;
import io.rivulet.function.VoidFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad arguments fail where they enter, before any job runs, with an exception that names the problem:
 * {@link NullPointerException} "X must not be null" for a missing function or RDD, and
 * {@link IllegalArgumentException} with the offending value for negative counts and zero partitions.
 */
class ArgumentCheckTest {
    private static Rivulet rv;
    private static RDD<Integer> ints;
    private static PairRDD<String, Integer> pairs;

    @BeforeAll
    static void start() {
        rv = Rivulet.builder().master("local[2]").appName("argument-test").build();
        ints = rv.parallelize(List.of(1, 2, 3), 2);
        pairs = rv.parallelizePairs(List.of(Pair.of("a", 1)), 2);
    }

    @AfterAll
    static void stop() {
        rv.close();
    }

    private record Case(String name, ThrowingCallable call) {}

    private static Case of(String name, ThrowingCallable call) {
        return new Case(name, call);
    }

    @TestFactory
    Stream<DynamicTest> nullFunctionsAreRejectedByName() {
        List<Case> cases = new ArrayList<>();
        cases.add(of("map", () -> ints.map((Function<Integer, Integer>) null)));
        cases.add(of("flatMap", () -> ints.flatMap((FlatMapFunction<Integer, Integer>) null)));
        cases.add(of("filter", () -> ints.filter(null)));
        cases.add(of("mapPartitions", () -> ints.mapPartitions((MapPartitionsFunction<Integer, Integer>) null)));
        cases.add(of(
                "mapPartitionsWithIndex",
                () -> ints.mapPartitionsWithIndex((Function2<Integer, Iterator<Integer>, Iterator<Integer>>) null)));
        cases.add(of("mapToPair", () -> ints.mapToPair((PairFunction<Integer, Integer, Integer>) null)));
        cases.add(of("flatMapToPair", () -> ints.flatMapToPair((PairFlatMapFunction<Integer, Integer, Integer>) null)));
        cases.add(of("keyBy", () -> ints.keyBy((Function<Integer, Integer>) null)));
        cases.add(of("groupBy", () -> ints.groupBy((Function<Integer, Integer>) null)));
        cases.add(of("sortBy", () -> ints.sortBy((Function<Integer, Integer>) null, true, 2)));
        cases.add(of("reduce", () -> ints.reduce(null)));
        cases.add(of("fold", () -> ints.fold(0, null)));
        cases.add(of("aggregate seqOp", () -> ints.aggregate(0, null, Integer::sum)));
        cases.add(of("aggregate combOp", () -> ints.aggregate(0, (a, b) -> a, null)));
        cases.add(of("foreach", () -> ints.foreach((VoidFunction<Integer>) null)));
        cases.add(of("foreachPartition", () -> ints.foreachPartition(null)));
        cases.add(of("min", () -> ints.min(null)));
        cases.add(of("max", () -> ints.max(null)));
        cases.add(of("top", () -> ints.top(1, null)));
        cases.add(of("takeOrdered", () -> ints.takeOrdered(1, (Comparator<Integer>) null)));
        cases.add(of("mapValues", () -> pairs.mapValues((Function<Integer, Integer>) null)));
        cases.add(of("flatMapValues", () -> pairs.flatMapValues((FlatMapFunction<Integer, Integer>) null)));
        cases.add(of("reduceByKey", () -> pairs.reduceByKey(null)));
        cases.add(of("reduceByKey(fn, n)", () -> pairs.reduceByKey(null, 2)));
        cases.add(of("reduceByKey(partitioner, fn)", () -> pairs.reduceByKey(new HashPartitioner(2), null)));
        cases.add(of("reduceByKey(null partitioner, fn)", () -> pairs.reduceByKey((Partitioner) null, Integer::sum)));
        cases.add(of("foldByKey", () -> pairs.foldByKey(0, null)));
        cases.add(of("aggregateByKey", () -> pairs.aggregateByKey(0, null, Integer::sum)));
        cases.add(of("combineByKey", () -> pairs.combineByKey(null, (Integer c, Integer v) -> c, Integer::sum)));
        cases.add(of("groupByKey", () -> pairs.groupByKey((Partitioner) null)));
        cases.add(of("sortByKey", () -> pairs.sortByKey(null, true, 2)));
        cases.add(of("partitionBy", () -> pairs.partitionBy(null)));
        cases.add(of("persist", () -> ints.persist(null)));
        return cases.stream()
                .map(c -> dynamicTest(
                        c.name(),
                        () -> assertThatThrownBy(c.call())
                                .isInstanceOf(NullPointerException.class)
                                .hasMessageContaining("must not be null")));
    }

    @TestFactory
    Stream<DynamicTest> nullRddsAreRejectedByName() {
        List<Case> cases = new ArrayList<>();
        cases.add(of("union", () -> ints.union(null)));
        cases.add(of("intersection", () -> ints.intersection(null)));
        cases.add(of("subtract", () -> ints.subtract(null)));
        cases.add(of("cartesian", () -> ints.cartesian(null)));
        cases.add(of("join", () -> pairs.join(null)));
        cases.add(of("join(other, n)", () -> pairs.join(null, 2)));
        cases.add(of("leftOuterJoin", () -> pairs.leftOuterJoin(null)));
        cases.add(of("rightOuterJoin", () -> pairs.rightOuterJoin(null)));
        cases.add(of("fullOuterJoin", () -> pairs.fullOuterJoin(null)));
        cases.add(of("cogroup", () -> pairs.cogroup(null)));
        cases.add(of("subtractByKey", () -> pairs.subtractByKey(null)));
        cases.add(of("Rivulet.union", () -> rv.union(ints, null)));
        cases.add(of("parallelize", () -> rv.parallelize((List<Integer>) null)));
        cases.add(of("parallelize iterator", () -> rv.parallelize((Iterator<Integer>) null)));
        cases.add(of("parallelize stream", () -> rv.parallelize((Stream<Integer>) null)));
        return cases.stream()
                .map(c -> dynamicTest(
                        c.name(),
                        () -> assertThatThrownBy(c.call())
                                .isInstanceOf(NullPointerException.class)
                                .hasMessageContaining("must not be null")));
    }

    @TestFactory
    Stream<DynamicTest> negativeCountsAreRejectedWithTheValue() {
        List<Case> cases = new ArrayList<>();
        cases.add(of("take", () -> ints.take(-1)));
        cases.add(of("top", () -> ints.top(-2)));
        cases.add(of("takeOrdered", () -> ints.takeOrdered(-3)));
        cases.add(of("takeSample", () -> ints.takeSample(false, -4, 1)));
        cases.add(of("takeSample with replacement", () -> ints.takeSample(true, -5, 1)));
        return cases.stream()
                .map(c -> dynamicTest(
                        c.name(),
                        () -> assertThatThrownBy(c.call())
                                .isInstanceOf(IllegalArgumentException.class)
                                .hasMessageContaining("must not be negative")
                                .hasMessageMatching(".*-\\d.*")));
    }

    @TestFactory
    Stream<DynamicTest> zeroOrNegativePartitionCountsAreRejectedWithTheValue() {
        List<Case> cases = new ArrayList<>();
        cases.add(of("parallelize", () -> rv.parallelize(List.of(1), 0)));
        cases.add(of("parallelize iterator", () -> rv.parallelize(List.of(1).iterator(), 0)));
        cases.add(of("parallelizePairs", () -> rv.parallelizePairs(List.of(Pair.of(1, 1)), 0)));
        cases.add(of("range", () -> rv.range(0, 10, 1, 0)));
        cases.add(of("repartition", () -> ints.repartition(0)));
        cases.add(of("coalesce", () -> ints.coalesce(0)));
        cases.add(of("coalesce with shuffle", () -> ints.coalesce(-1, true)));
        cases.add(of("distinct", () -> ints.distinct(0)));
        cases.add(of("intersection", () -> ints.intersection(ints, 0)));
        cases.add(of("subtract", () -> ints.subtract(ints, 0)));
        cases.add(of("groupBy", () -> ints.groupBy(x -> x, 0)));
        cases.add(of("sortBy", () -> ints.sortBy(x -> x, true, 0)));
        cases.add(of("reduceByKey", () -> pairs.reduceByKey(Integer::sum, 0)));
        cases.add(of("foldByKey", () -> pairs.foldByKey(0, 0, Integer::sum)));
        cases.add(of("aggregateByKey", () -> pairs.aggregateByKey(0, -1, (a, b) -> a, Integer::sum)));
        cases.add(of("combineByKey", () -> pairs.combineByKey(v -> v, Integer::sum, Integer::sum, 0)));
        cases.add(of("groupByKey", () -> pairs.groupByKey(0)));
        cases.add(of("sortByKey", () -> pairs.sortByKey(true, 0)));
        cases.add(of("join", () -> pairs.join(pairs, 0)));
        cases.add(of("leftOuterJoin", () -> pairs.leftOuterJoin(pairs, 0)));
        cases.add(of("rightOuterJoin", () -> pairs.rightOuterJoin(pairs, 0)));
        cases.add(of("fullOuterJoin", () -> pairs.fullOuterJoin(pairs, 0)));
        cases.add(of("cogroup", () -> pairs.cogroup(pairs, 0)));
        cases.add(of("subtractByKey", () -> pairs.subtractByKey(pairs, 0)));
        cases.add(of("HashPartitioner", () -> new HashPartitioner(-1)));
        return cases.stream()
                .map(c -> dynamicTest(
                        c.name(),
                        () -> assertThatThrownBy(c.call())
                                .isInstanceOf(IllegalArgumentException.class)
                                .hasMessageMatching("(?i).*(partitions|slices).*: (0|-1)")));
    }

    @TestFactory
    Stream<DynamicTest> badSampleFractionsAreRejectedWithTheValue() {
        List<Case> cases = new ArrayList<>();
        cases.add(of("negative", () -> ints.sample(false, -0.1, 1)));
        cases.add(of("negative with replacement", () -> ints.sample(true, -1.0, 1)));
        cases.add(of("above one without replacement", () -> ints.sample(false, 1.5, 1)));
        cases.add(of("NaN", () -> ints.sample(true, Double.NaN, 1)));
        return cases.stream()
                .map(c -> dynamicTest(
                        c.name(),
                        () -> assertThatThrownBy(c.call())
                                .isInstanceOf(IllegalArgumentException.class)
                                .hasMessageContaining("fraction")));
    }
}
