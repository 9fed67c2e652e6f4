package io.rivulet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.RDDStorageInfo;
import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.testing.LiveFiles;
import io.rivulet.testing.ThreadLeaks;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blocks and shuffle outputs of RDDs the program can no longer reach are deleted. Collection is best effort,
 * so each test asks for it repeatedly within a generous bound, and keeps strong references to whatever must
 * survive; what is made to be dropped is made in helper methods, so that no local variable still holds it.
 */
class ContextCleanerTest {
    @TempDir
    Path localDir;

    private ThreadLeaks leaks;
    private Rivulet rv;
    private Engine engine;

    @BeforeEach
    void start() {
        leaks = ThreadLeaks.snapshot();
        rv = Rivulet.builder()
                .master("local[2]")
                .appName("cleaning")
                .config("rivulet.local.dir", localDir.toString())
                .build();
        engine = RivuletInternals.engine(rv);
    }

    @AfterEach
    void stop() {
        rv.close();
    }

    @Test
    void blocksOfAnUnreachablePersistedRddAreRemoved() throws Exception {
        RDD<Long> kept = persistedAndComputed(StorageLevel.MEMORY_ONLY);
        int droppedId = dropAPersistedRdd(StorageLevel.DISK_ONLY);
        assertThat(engine.blockManager().summary(droppedId).blocks()).isEqualTo(2);
        assertThat(blockFiles()).hasSize(2);

        assertEventually(() -> engine.blockManager().summary(droppedId).blocks() == 0);

        assertThat(blockFiles()).isEmpty();
        assertThat(rv.getPersistentRDDs()).containsOnlyKeys(kept.id());
        assertThat(engine.blockManager().summary(kept.id()).blocks()).isEqualTo(2);
        assertThat(kept.count()).isEqualTo(100);
    }

    @Test
    void outputsOfAShuffleWhoseRddIsUnreachableAreRemoved() throws Exception {
        dropAShuffledRdd(); // shuffle 0
        PairRDD<Long, Long> kept =
                rv.range(0, 100, 1, 2).mapToPair(x -> Pair.of(x % 3, x)).reduceByKey(Long::sum);
        assertThat(kept.count()).isEqualTo(3); // shuffle 1
        assertThat(engine.mapOutputTracker().isComplete(0)).isTrue();
        assertThat(engine.mapOutputTracker().isComplete(1)).isTrue();

        assertEventually(() -> !engine.mapOutputTracker().isComplete(0));

        assertThat(engine.mapOutputTracker().isComplete(1)).isTrue();
        assertThat(kept.collectAsMap()).hasSize(3);
    }

    @Test
    void theCleanerIsOneDaemonThreadStoppedByClose() {
        persistedAndComputed(StorageLevel.MEMORY_ONLY);
        assertThat(cleanerThreads()).hasSize(1).allMatch(Thread::isDaemon);

        rv.close();

        assertThat(cleanerThreads()).isEmpty();
        leaks.assertNoneLeft();
    }

    @Test
    void persistentRddsAndStorageInfoListWhatIsCachedSortedById() {
        RDD<Long> memory = persistedAndComputed(StorageLevel.MEMORY_ONLY).setName("squares");
        RDD<Long> disk = persistedAndComputed(StorageLevel.DISK_ONLY);
        RDD<Long> notYetComputed = rv.range(0, 10, 1, 3).persist(StorageLevel.MEMORY_ONLY_SER);
        RDD<Long> unpersisted = persistedAndComputed(StorageLevel.MEMORY_ONLY).unpersist();

        assertThat(rv.getPersistentRDDs()).containsOnlyKeys(memory.id(), disk.id(), notYetComputed.id());
        assertThat(rv.getPersistentRDDs().get(disk.id()).collect()).hasSize(100);
        List<RDDStorageInfo> infos = rv.getRDDStorageInfo();

        assertThat(infos).extracting(RDDStorageInfo::id).containsExactly(memory.id(), disk.id(), notYetComputed.id());
        assertThat(infos.get(0)).satisfies(info -> {
            assertThat(info.name()).isEqualTo("squares");
            assertThat(info.storageLevel()).isEqualTo(StorageLevel.MEMORY_ONLY);
            assertThat(info.numPartitions()).isEqualTo(2);
            assertThat(info.numCachedPartitions()).isEqualTo(2);
            assertThat(info.memoryBytes()).isPositive();
            assertThat(info.diskBytes()).isZero();
        });
        assertThat(infos.get(1).name()).isEqualTo("map");
        assertThat(infos.get(1).memoryBytes()).isZero();
        assertThat(infos.get(1).diskBytes()).isPositive();
        assertThat(infos.get(2))
                .isEqualTo(new RDDStorageInfo(notYetComputed.id(), "range", StorageLevel.MEMORY_ONLY_SER, 3, 0, 0, 0));
        assertThat(unpersisted.getStorageLevel()).isEqualTo(StorageLevel.NONE);
    }

    private RDD<Long> persistedAndComputed(StorageLevel level) {
        RDD<Long> rdd = rv.range(0, 100, 1, 2).map(x -> x * x).persist(level);
        assertThat(rdd.count()).isEqualTo(100);
        return rdd;
    }

    private int dropAPersistedRdd(StorageLevel level) {
        return persistedAndComputed(level).id();
    }

    private void dropAShuffledRdd() {
        assertThat(rv.range(0, 100, 1, 2)
                        .mapToPair(x -> Pair.of(x % 7, x))
                        .reduceByKey(Long::sum)
                        .count())
                .isEqualTo(7);
    }

    /** Asks for collections until {@code condition} holds, for at most about 20 seconds. */
    private static void assertEventually(BooleanSupplier condition) throws InterruptedException {
        for (int attempt = 0; attempt < 200 && !condition.getAsBoolean(); attempt++) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("cleaned within the bound").isTrue();
    }

    private List<Path> blockFiles() throws Exception {
        return LiveFiles.regularFilesUnder(localDir).stream()
                .filter(f -> f.getFileName().toString().startsWith("rdd_"))
                .toList();
    }

    private static List<Thread> cleanerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("rivulet-cleaning-cleaner"))
                .filter(Thread::isAlive)
                .toList();
    }
}
