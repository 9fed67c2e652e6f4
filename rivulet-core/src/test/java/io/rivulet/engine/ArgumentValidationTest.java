package io.rivulet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.JobFailedException;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad settings and arguments fail at once, with a message that names the setting or argument and the value. */
class ArgumentValidationTest {
    private Rivulet rv;
    private RDD<Long> numbers;
    private PairRDD<Long, Long> pairs;

    @BeforeEach
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
        numbers = rv.range(0, 10, 1, 2);
        pairs = numbers.mapToPair(x -> Pair.of(x, x));
    }

    @AfterEach
    void stop() {
        rv.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local[0]", "local[x]", "local[-2]", ""})
    void unsupportedMastersAreRefused(String master) {
        assertThatThrownBy(() -> Rivulet.builder().master(master).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported master '" + master + "'")
                .hasMessageContaining("local[N]");
    }

    /** A cluster's master needs a runner on the class path (rivulet-spark), which this module's tests lack. */
    @ParameterizedTest
    @ValueSource(strings = {"yarn", "spark://host:7077", "k8s://https://host:6443"})
    void clusterMastersNeedARunnerOnTheClassPath(String master) {
        assertThatThrownBy(() -> Rivulet.builder().master(master).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("master '" + master + "'")
                .hasMessageContaining("add rivulet-spark to the class path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "local[1]", "local[3]", "local[*]", " local[2] "})
    void supportedMastersWork(String master) {
        try (Rivulet local = Rivulet.builder().master(master).build()) {
            assertThat(local.range(0, 5).count()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "", "1.5g", "12q", "-5m"})
    void unparsableExecutorMemoryIsRefusedByTheBuilder(String memory) {
        assertThatThrownBy(() -> Rivulet.builder().executorMemory(memory))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rivulet.executor.memory")
                .hasMessageContaining("'" + memory + "'");
    }

    @Test
    void unparsableExecutorMemorySetAsAConfigIsRefusedByBuild() {
        assertThatThrownBy(() -> Rivulet.builder()
                        .config("rivulet.executor.memory", "lots")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rivulet.executor.memory")
                .hasMessageContaining("'lots'");
    }

    @Test
    void aBudgetLargerThanTheHeapIsRefusedNamingBoth() {
        long heapMegabytes = Runtime.getRuntime().maxMemory() >> 20;
        assertThatThrownBy(() -> Rivulet.builder().executorMemory("8g").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rivulet.executor.memory (8g) is larger than the Java heap (" + heapMegabytes
                        + " MB at most, -Xmx)")
                .hasMessageContaining("the default here is");
    }

    @Test
    void aTaskOutOfHeapFailsItsJobSayingWhichBudgetToLower() {
        try (Rivulet small =
                Rivulet.builder().master("local[1]").executorMemory("16m").build()) {
            assertThatThrownBy(() -> small.range(0, 10)
                            .map(x -> {
                                if (x == 5) {
                                    throw new OutOfMemoryError("Java heap space");
                                }
                                return x;
                            })
                            .count())
                    .isInstanceOf(JobFailedException.class)
                    .hasMessageContaining("java.lang.OutOfMemoryError: Java heap space")
                    .hasMessageContaining("the task ran out of Java heap")
                    .hasMessageContaining("lower the memory budget rivulet.executor.memory (now 16 MB;"
                            + " --executor-memory for bin/rivulet)")
                    .hasMessageContaining("-Xmx");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0"})
    void maxFailuresMustBePositive(String maxFailures) {
        assertThatThrownBy(() -> Rivulet.builder()
                        .config("rivulet.task.maxFailures", maxFailures)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rivulet.task.maxFailures must be positive: " + maxFailures);
    }

    @Test
    void integerSettingsMustBeIntegers() {
        assertThatThrownBy(() -> Rivulet.builder()
                        .config("rivulet.task.maxFailures", "four")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("config rivulet.task.maxFailures must be an integer: 'four'");
        assertThatThrownBy(() -> Rivulet.builder()
                        .config("rivulet.default.parallelism", "0")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rivulet.default.parallelism must be positive: 0");
    }

    @Test
    void nullSettingsAreRefused() {
        assertNpe(() -> Rivulet.builder().master(null), "value of rivulet.master must not be null");
        assertNpe(() -> Rivulet.builder().config(null, "x"), "key must not be null");
        assertNpe(() -> Rivulet.builder().config("rivulet.app.name", null), "value of rivulet.app.name");
    }

    @Test
    void nullFunctionsAreRefusedWhereTheyArePassed() {
        assertNpe(() -> numbers.map(null), "function must not be null");
        assertNpe(() -> numbers.flatMap(null), "function must not be null");
        assertNpe(() -> numbers.filter(null), "predicate must not be null");
        assertNpe(() -> numbers.mapPartitions(null), "function must not be null");
        assertNpe(() -> numbers.mapPartitionsWithIndex(null), "function must not be null");
        assertNpe(() -> numbers.mapToPair(null), "function must not be null");
        assertNpe(() -> numbers.keyBy(null), "function must not be null");
        assertNpe(() -> numbers.groupBy(null), "function must not be null");
        assertNpe(() -> numbers.sortBy(null, true, 2), "function must not be null");
        assertNpe(() -> numbers.reduce(null), "function must not be null");
        assertNpe(() -> numbers.foreach(null), "function must not be null");
        assertNpe(() -> numbers.foreachPartition(null), "function must not be null");
        assertNpe(() -> numbers.aggregate(0L, null, Long::sum), "seqOp must not be null");
        assertNpe(() -> numbers.aggregate(0L, (a, b) -> a + b, null), "combOp must not be null");
        assertNpe(() -> numbers.takeOrdered(2, null), "comparator must not be null");
        assertNpe(() -> pairs.reduceByKey(null), "function must not be null");
        assertNpe(() -> pairs.mapValues(null), "function must not be null");
        assertNpe(() -> pairs.flatMapValues(null), "function must not be null");
        assertNpe(() -> pairs.foldByKey(0L, null), "function must not be null");
        assertNpe(() -> pairs.aggregateByKey(0L, null, Long::sum), "seqOp must not be null");
        assertNpe(() -> pairs.combineByKey(null, (a, b) -> a, (a, b) -> a), "createCombiner must not be null");
    }

    @Test
    void otherNullArgumentsAreRefused() {
        assertNpe(() -> numbers.persist(null), "storage level must not be null");
        assertNpe(() -> rv.addListener(null), "listener must not be null");
        assertNpe(() -> rv.parallelize((List<Long>) null), "data must not be null");
        assertNpe(() -> rv.textFile(null), "path must not be null");
        assertNpe(() -> pairs.partitionBy(null), "partitioner must not be null");
        assertNpe(() -> pairs.cogroup(null), "other");
        assertNpe(() -> pairs.join(null), "other");
        assertNpe(() -> numbers.union(null), "other");
        assertNpe(() -> numbers.cartesian(null), "other");
    }

    @Test
    void badCountsAreRefused() {
        assertIae(() -> rv.parallelize(List.of(1), 0), "numSlices must be positive: 0");
        assertIae(() -> rv.range(0, 10, 1, -1), "numSlices must be positive: -1");
        assertIae(() -> rv.range(0, 10, 0, 2), "step must not be 0");
        assertIae(() -> numbers.take(-1), "must not be negative: -1");
        assertIae(() -> numbers.repartition(0), "numPartitions must be positive: 0");
        assertIae(() -> numbers.coalesce(-3), "numPartitions must be positive: -3");
        assertIae(() -> pairs.reduceByKey(Long::sum, 0), "numPartitions must be positive: 0");
        assertIae(() -> numbers.sample(false, 1.5, 1), "fraction");
        assertThatThrownBy(() -> numbers.persist(StorageLevel.DISK_ONLY).persist(StorageLevel.MEMORY_ONLY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static void assertNpe(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessageContaining(message);
    }

    private static void assertIae(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
