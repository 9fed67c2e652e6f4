package io.rivulet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rivulet.JobFailedException;
import io.rivulet.LongAccumulator;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Persisted RDDs are computed once, at every storage level, until they are unpersisted. */
class PersistenceTest {
    private static final int N = 1000;

    @TempDir
    Path localDir;

    private Rivulet rv;

    @BeforeEach
    void start() {
        rv = Rivulet.builder()
                .master("local[2]")
                .config("rivulet.local.dir", localDir.toString())
                .config("rivulet.task.maxFailures", "1")
                .build();
    }

    @AfterEach
    void stop() {
        rv.close();
    }

    @ParameterizedTest
    @EnumSource(value = StorageLevel.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aPersistedRddIsComputedOnceAcrossActions(StorageLevel level) {
        LongAccumulator computed = rv.longAccumulator("computed");
        RDD<Long> squares = rv.range(0, N, 1, 4).map(x -> {
            computed.add(1);
            return x * x;
        });

        assertThat(squares.persist(level)).isSameAs(squares);

        assertThat(squares.getStorageLevel()).isEqualTo(level);
        assertThat(squares.count()).isEqualTo(N);
        assertThat(squares.collect())
                .isEqualTo(LongStream.range(0, N).map(x -> x * x).boxed().toList());
        assertThat(squares.reduce(Long::sum))
                .isEqualTo(LongStream.range(0, N).map(x -> x * x).sum());
        assertThat(computed.value()).isEqualTo(N);
    }

    @ParameterizedTest
    @EnumSource(value = StorageLevel.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void unpersistMakesTheNextActionComputeAgain(StorageLevel level) {
        LongAccumulator computed = rv.longAccumulator("computed");
        RDD<Long> numbers = rv.range(0, N, 1, 4)
                .map(x -> {
                    computed.add(1);
                    return x;
                })
                .persist(level);
        assertThat(numbers.count()).isEqualTo(N);

        assertThat(numbers.unpersist()).isSameAs(numbers);

        assertThat(numbers.getStorageLevel()).isEqualTo(StorageLevel.NONE);
        assertThat(numbers.count()).isEqualTo(N);
        assertThat(numbers.count()).isEqualTo(N);
        assertThat(computed.value()).isEqualTo(3L * N);
    }

    @Test
    void cacheIsMemoryOnly() {
        RDD<Long> numbers = rv.range(0, 10);

        assertThat(numbers.cache().getStorageLevel()).isEqualTo(StorageLevel.MEMORY_ONLY);
    }

    @Test
    void aPartitionReadByTakeIsStoredWholeAndNotComputedAgain() {
        LongAccumulator computed = rv.longAccumulator("computed");
        RDD<Long> numbers = rv.range(0, N, 1, 4)
                .map(x -> {
                    computed.add(1);
                    return x;
                })
                .cache();

        assertThat(numbers.take(3)).containsExactly(0L, 1L, 2L);
        assertThat(computed.value()).isEqualTo(N / 4);
        assertThat(numbers.count()).isEqualTo(N);
        assertThat(computed.value()).isEqualTo(N);
    }

    @Test
    void aCachedShuffleResultIsReadFromTheCache() {
        LongAccumulator reduced = rv.longAccumulator("reduced");
        PairRDD<Long, Long> sums = rv.range(0, N, 1, 4)
                .mapToPair(x -> Pair.of(x % 10, x))
                .reduceByKey(Long::sum, 2)
                .mapValues(v -> {
                    reduced.add(1);
                    return v;
                })
                .cache();

        assertThat(sums.count()).isEqualTo(10);
        assertThat(sums.collectAsMap()).hasSize(10).containsEntry(0L, 49_500L);
        assertThat(reduced.value()).isEqualTo(10);
    }

    @ParameterizedTest
    @EnumSource(
            value = StorageLevel.class,
            names = {"MEMORY_ONLY", "MEMORY_ONLY_SER", "DISK_ONLY"})
    void nullElementsSurviveStorage(StorageLevel level) {
        RDD<String> words =
                rv.parallelize(Arrays.asList("a", null, "b", null), 2).persist(level);

        assertThat(words.collect()).containsExactly("a", null, "b", null);
        assertThat(words.collect()).containsExactly("a", null, "b", null);
    }

    @ParameterizedTest
    @EnumSource(value = StorageLevel.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void theUsersExceptionWhileComputingABlockIsTheJobFailuresCause(StorageLevel level) {
        AtomicReference<IOException> thrown = new AtomicReference<>();
        RDD<Long> failing = rv.range(0, N, 1, 4)
                .map(x -> {
                    if (x == 600) {
                        thrown.set(new IOException("cannot read record " + x));
                        throw thrown.get();
                    }
                    return x;
                })
                .persist(level);

        JobFailedException e = catchThrowableOfType(JobFailedException.class, () -> failing.count());

        assertThat(e.getCause()).isSameAs(thrown.get());
    }

    @Test
    void changingTheLevelOfAPersistedRddNeedsUnpersistFirst() {
        RDD<Long> numbers = rv.range(0, 10).persist(StorageLevel.MEMORY_ONLY);
        numbers.persist(StorageLevel.MEMORY_ONLY);

        assertThatThrownBy(() -> numbers.persist(StorageLevel.DISK_ONLY))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("MEMORY_ONLY")
                .hasMessageContaining("DISK_ONLY")
                .hasMessageContaining("unpersist()");
        numbers.unpersist().persist(StorageLevel.DISK_ONLY);
        assertThat(numbers.getStorageLevel()).isEqualTo(StorageLevel.DISK_ONLY);
    }

    @ParameterizedTest
    @EnumSource(value = StorageLevel.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void toDebugStringShowsTheLevelAndWhatIsStored(StorageLevel level) {
        RDD<Long> numbers = rv.range(0, N, 1, 2).map(x -> x + 1).persist(level);
        String before = withoutNumbers(numbers.toDebugString());

        numbers.count();

        String after = withoutNumbers(numbers.toDebugString());
        assertThat(before).isEqualTo("""
                        (N) MapPartitionsRDD[N] at map at PersistenceTest.java:N [%s]
                         |  RangeRDD[N] at range at PersistenceTest.java:N []""".formatted(level));
        assertThat(after).isEqualTo("""
                        (N) MapPartitionsRDD[N] at map at PersistenceTest.java:N [%s]
                         |       CachedPartitions: N; MemorySize: N B; DiskSize: N B
                         |  RangeRDD[N] at range at PersistenceTest.java:N []""".formatted(level));
        BlockManager.StorageSummary stored = storedBlocksOf(numbers);
        assertThat(stored.blocks()).isEqualTo(2);
        if (level == StorageLevel.DISK_ONLY) {
            assertThat(stored.memoryBytes()).isZero();
            assertThat(stored.diskBytes()).isPositive();
        } else {
            assertThat(stored.memoryBytes()).isPositive();
            assertThat(stored.diskBytes()).isZero();
        }
        numbers.unpersist();
        assertThat(withoutNumbers(numbers.toDebugString())).isEqualTo("""
                        (N) MapPartitionsRDD[N] at map at PersistenceTest.java:N []
                         |  RangeRDD[N] at range at PersistenceTest.java:N []""");
    }

    private BlockManager.StorageSummary storedBlocksOf(RDD<?> rdd) {
        String line = rdd.toDebugString().lines().toList().get(1);
        List<Long> numbers = Arrays.stream(
                        line.replaceAll("[^0-9]+", " ").trim().split(" "))
                .map(Long::parseLong)
                .toList();
        return new BlockManager.StorageSummary(numbers.get(0).intValue(), numbers.get(1), numbers.get(2));
    }

    private static String withoutNumbers(String text) {
        return text.replaceAll("\\d+", "N");
    }
}
