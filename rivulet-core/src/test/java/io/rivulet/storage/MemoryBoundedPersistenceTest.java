package io.rivulet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rivulet.LongAccumulator;
import io.rivulet.RDD;
import io.rivulet.RDDStorageInfo;
import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.memory.MemoryManager;
import io.rivulet.testing.LiveFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Persisted blocks live within the storage memory of the memory manager: least recently used blocks are
 * evicted (dropped, or moved to disk at the {@code *_AND_DISK} levels), blocks that do not fit are streamed or
 * written to disk, and every byte acquired is released. Partitions of 15,000 {@code Long}s are about 300 KB.
 */
class MemoryBoundedPersistenceTest {
    private static final int PER_PARTITION = 15_000;

    @TempDir
    Path localDir;

    private Rivulet rv;

    private Rivulet start(String memory, int slots) {
        rv = Rivulet.builder()
                .master("local[" + slots + "]")
                .executorMemory(memory)
                .config("rivulet.local.dir", localDir.toString())
                .config("rivulet.task.maxFailures", "1")
                .build();
        return rv;
    }

    @AfterEach
    void stop() {
        if (rv != null) {
            rv.close();
        }
    }

    private MemoryManager memory() {
        return RivuletInternals.engine(rv).memoryManager();
    }

    private RDDStorageInfo info(RDD<?> rdd) {
        return rv.getRDDStorageInfo().stream()
                .filter(i -> i.id() == rdd.id())
                .findFirst()
                .orElseThrow();
    }

    /** {@code 0 .. n-1}. */
    private RDD<Long> numbers(int partitions, LongAccumulator computed) {
        return rv.range(0, (long) partitions * PER_PARTITION, 1, partitions).map(x -> {
            computed.add(1);
            return x;
        });
    }

    private RDD<Long> scrambled(int partitions, LongAccumulator computed) {
        return rv.range(0, (long) partitions * PER_PARTITION, 1, partitions).map(x -> {
            computed.add(1);
            return x * 0x9E3779B97F4A7C15L;
        });
    }

    @ParameterizedTest
    @EnumSource(
            value = StorageLevel.class,
            names = {"MEMORY_ONLY", "MEMORY_ONLY_SER", "MEMORY_AND_DISK", "MEMORY_AND_DISK_SER"})
    void storedBytesAreAcquiredFromStorageMemoryAndReleasedExactly(StorageLevel level) {
        start("64m", 2);
        RDD<Long> a = numbers(4, rv.longAccumulator("a")).persist(level);
        RDD<String> b = rv.parallelize(List.of("x", "yy", "zzz"), 2).persist(level);

        assertThat(a.count()).isEqualTo(4L * PER_PARTITION);
        assertThat(b.count()).isEqualTo(3);

        long stored = info(a).memoryBytes() + info(b).memoryBytes();
        assertThat(info(a).numCachedPartitions()).isEqualTo(4);
        assertThat(info(a).diskBytes()).isZero();
        assertThat(memory().storageUsed()).isEqualTo(stored).isPositive();
        a.unpersist();
        assertThat(memory().storageUsed()).isEqualTo(info(b).memoryBytes());
        b.unpersist();
        assertThat(memory().storageUsed()).isZero();
    }

    @Test
    void leastRecentlyUsedBlocksOfAnotherRddAreDroppedAndRecomputedWhenNeeded() {
        start("2m", 1);
        LongAccumulator computedA = rv.longAccumulator("a");
        RDD<Long> a = numbers(4, computedA).cache();
        assertThat(a.count()).isEqualTo(4L * PER_PARTITION);
        assertThat(info(a).numCachedPartitions()).isEqualTo(4);
        a.take(1); // partition 0 is now the most recently used of a's

        RDD<Long> b = numbers(3, rv.longAccumulator("b")).cache();
        assertThat(b.count()).isEqualTo(3L * PER_PARTITION);

        assertThat(info(b).numCachedPartitions()).isEqualTo(3);
        int kept = info(a).numCachedPartitions();
        assertThat(kept).isLessThan(4);
        assertThat(RivuletInternals.engine(rv).blockManager().storedPartitions(a.id()))
                .contains(0);
        assertThat(memory().storageUsed()).isLessThanOrEqualTo(memory().maxMemory());

        long before = computedA.value();
        assertThat(a.reduce(Long::sum)).isEqualTo(sumTo(4L * PER_PARTITION));
        assertThat(computedA.value() - before).isEqualTo((long) (4 - kept) * PER_PARTITION);
        a.unpersist();
        b.unpersist();
        assertThat(memory().storageUsed()).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = StorageLevel.class,
            names = {"MEMORY_AND_DISK", "MEMORY_AND_DISK_SER"})
    void evictedDiskLevelBlocksMoveToDiskAndAreNotRecomputed(StorageLevel level) throws Exception {
        start("1m", 1);
        LongAccumulator computedA = rv.longAccumulator("a");
        RDD<Long> a = scrambled(4, computedA).persist(level);
        long sum = a.reduce(Long::sum);

        RDD<Long> b = scrambled(4, rv.longAccumulator("b")).persist(level);
        b.count();

        assertThat(info(a).numCachedPartitions()).isEqualTo(4);
        assertThat(info(a).diskBytes()).isPositive();
        assertThat(a.reduce(Long::sum)).isEqualTo(sum);
        assertThat(computedA.value()).isEqualTo(4L * PER_PARTITION);
        assertThat(memory().storageUsed()).isEqualTo(info(a).memoryBytes() + info(b).memoryBytes());
        a.unpersist();
        b.unpersist();
        assertThat(memory().storageUsed()).isZero();
        assertThat(blockFiles()).isEmpty();
    }

    @Test
    void blocksOfTheRddBeingStoredAreNotEvictedForItsOtherPartitions() {
        start("1m", 1);
        LongAccumulator computed = rv.longAccumulator("computed");
        RDD<Long> big = numbers(4, computed).cache(); // about 1.2 MB in a 1 MB budget

        assertThat(big.count()).isEqualTo(4L * PER_PARTITION);

        int cached = info(big).numCachedPartitions();
        assertThat(cached).isBetween(1, 3);
        assertThat(RivuletInternals.engine(rv).blockManager().storedPartitions(big.id()))
                .containsExactlyElementsOf(List.of(0, 1, 2).subList(0, cached));
        assertThat(big.count()).isEqualTo(4L * PER_PARTITION);
        assertThat(computed.value()).isEqualTo((4L + 4 - cached) * PER_PARTITION);
    }

    @Test
    void aMemoryOnlyBlockLargerThanMemoryStreamsAndIsNotStored() {
        start("256k", 1);
        LongAccumulator computed = rv.longAccumulator("computed");
        RDD<Long> big = numbers(1, computed).persist(StorageLevel.MEMORY_ONLY_SER);

        assertThat(big.reduce(Long::sum)).isEqualTo(sumTo(PER_PARTITION));
        assertThat(big.count()).isEqualTo(PER_PARTITION);

        assertThat(info(big).numCachedPartitions()).isZero();
        assertThat(computed.value()).isEqualTo(2L * PER_PARTITION);
        assertThat(memory().storageUsed()).isZero();
    }

    @Test
    void aMemoryAndDiskBlockLargerThanMemoryGoesStraightToDisk() {
        start("256k", 1);
        LongAccumulator computed = rv.longAccumulator("computed");
        RDD<Long> big = numbers(1, computed).persist(StorageLevel.MEMORY_AND_DISK);

        assertThat(big.reduce(Long::sum)).isEqualTo(sumTo(PER_PARTITION));
        assertThat(big.count()).isEqualTo(PER_PARTITION);

        assertThat(info(big).numCachedPartitions()).isEqualTo(1);
        assertThat(info(big).memoryBytes()).isZero();
        assertThat(info(big).diskBytes()).isPositive();
        assertThat(computed.value()).isEqualTo(PER_PARTITION);
        assertThat(memory().storageUsed()).isZero();
    }

    @Test
    void aBlockBeingReadIsNotEvicted() throws Exception {
        start("1m", 2);
        RDD<Long> a = numbers(1, rv.longAccumulator("a")).cache();
        a.count();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService driver = Executors.newSingleThreadExecutor();
        try {
            Future<Long> slowReader = driver.submit(() -> a.mapPartitions(it -> {
                        it.next();
                        reading.countDown();
                        release.await(30, TimeUnit.SECONDS);
                        return it;
                    })
                    .count());
            assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();

            RDD<Long> b = numbers(3, rv.longAccumulator("b")).cache(); // a's 300 KB + b's 900 KB > 1 MB
            assertThat(b.count()).isEqualTo(3L * PER_PARTITION);
            assertThat(info(a).numCachedPartitions()).isEqualTo(1);
            assertThat(info(b).numCachedPartitions()).isLessThan(3);

            release.countDown();
            assertThat(slowReader.get(30, TimeUnit.SECONDS)).isEqualTo(PER_PARTITION - 1);
            b.unpersist();
            RDD<Long> c = numbers(3, rv.longAccumulator("c")).cache();
            c.count(); // a's block is no longer read: now it may go
            assertThat(info(a).numCachedPartitions()).isZero();
            assertThat(info(c).numCachedPartitions()).isGreaterThanOrEqualTo(2);
        } finally {
            release.countDown();
            driver.shutdownNow();
        }
    }

    @Test
    void aReaderOfAnUnpersistedDiskBlockKeepsReadingAndItsFileGoesAfter() throws Exception {
        start("64m", 2);
        RDD<Long> a = numbers(1, rv.longAccumulator("a")).persist(StorageLevel.DISK_ONLY);
        a.count();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService driver = Executors.newSingleThreadExecutor();
        try {
            Future<Long> reader = driver.submit(() -> a.mapPartitions(it -> {
                        it.next();
                        reading.countDown();
                        release.await(30, TimeUnit.SECONDS);
                        return it;
                    })
                    .count());
            assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();

            a.unpersist();
            assertThat(blockFiles()).hasSize(1);
            release.countDown();

            assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(PER_PARTITION - 1);
            assertThat(blockFiles()).isEmpty();
        } finally {
            release.countDown();
            driver.shutdownNow();
        }
    }

    @Test
    void concurrentJobsOnOneCachedRddLeakNothing() throws Exception {
        start("64m", 4);
        RDD<Long> shared = numbers(3, rv.longAccumulator("shared")).persist(StorageLevel.MEMORY_ONLY_SER);
        ExecutorService drivers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> sums = Stream.generate(() -> drivers.submit(() -> shared.reduce(Long::sum)))
                    .limit(8)
                    .toList();
            for (Future<Long> sum : sums) {
                assertThat(sum.get(30, TimeUnit.SECONDS)).isEqualTo(sumTo(3L * PER_PARTITION));
            }
        } finally {
            drivers.shutdownNow();
        }

        assertThat(info(shared).numCachedPartitions()).isEqualTo(3);
        assertThat(memory().storageUsed()).isEqualTo(info(shared).memoryBytes());
        shared.unpersist();
        assertThat(memory().storageUsed()).isZero();
    }

    @Test
    void aFailingTaskLeavesNoStorageMemoryHeld() {
        start("64m", 2);
        RDD<Long> failing = rv.range(0, 40_000, 1, 2)
                .map(x -> {
                    if (x == 30_000) {
                        throw new IllegalArgumentException("bad record " + x);
                    }
                    return x;
                })
                .cache();

        assertThat(catchThrowable(failing::count)).hasRootCauseMessage("bad record 30000");

        // The other partition may or may not have been stored before the job was aborted.
        assertThat(memory().storageUsed()).isEqualTo(info(failing).memoryBytes());
        failing.unpersist();
        assertThat(memory().storageUsed()).isZero();
    }

    private List<Path> blockFiles() throws Exception {
        return LiveFiles.regularFilesUnder(localDir).stream()
                .filter(f -> f.getFileName().toString().startsWith("rdd_"))
                .toList();
    }

    private static long sumTo(long n) {
        return n * (n - 1) / 2;
    }
}
