package io.rivulet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rivulet.LongAccumulator;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import io.rivulet.TaskInfo;
import io.rivulet.testing.RecordingListener;
import io.rivulet.testing.ThreadLeaks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a {@link Rivulet} owns (threads, local files) is gone after {@code close()}; instances stay apart. */
class ResourceHygieneTest {
    @Test
    void closeStopsEveryThreadItStarted() {
        ThreadLeaks leaks = ThreadLeaks.snapshot();
        Rivulet rv = Rivulet.builder().master("local[3]").appName("hygiene").build();
        assertThat(rv.range(0, 1000, 1, 6)
                        .mapToPair(x -> Pair.of(x % 3, x))
                        .reduceByKey(Long::sum)
                        .count())
                .isEqualTo(3);
        assertThat(ThreadLeaks.names(leaks.newThreads()))
                .isNotEmpty()
                .allMatch(name -> name.startsWith("rivulet-hygiene-"));

        rv.close();

        leaks.assertNoneLeft();
    }

    /**
     * Every service that has threads, and every library that may start some: the web UI's server, the progress
     * bar's timer, the event log, serialized shuffles and blocks (Apache Fory, which starts a JVM-wide thread on
     * first use, issue 11), spills and disk blocks (LZ4).
     */
    @Test
    void closeStopsTheThreadsOfEveryServiceAndOfTheLibrariesUsedOnItsBehalf(@TempDir Path dir) throws Exception {
        ThreadLeaks leaks = ThreadLeaks.snapshot();
        PrintStream originalErr = System.err;
        try (PrintStream err = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
            System.setErr(err);
            Rivulet rv = Rivulet.builder()
                    .master("local[2]")
                    .appName("everything")
                    .executorMemory("1m")
                    .config("rivulet.memory.minSpillBytes", "1k")
                    .config("rivulet.shuffle.serializeAbove", "0")
                    .config("rivulet.ui.enabled", "true")
                    .config("rivulet.ui.port", "0")
                    .config("rivulet.ui.showConsoleProgress", "true")
                    .config("rivulet.eventLog.dir", dir.resolve("logs").toString())
                    .config("rivulet.local.dir", dir.resolve("local").toString())
                    .build();
            try {
                assertThat(rv.uiWebUrl()).isPresent();
                assertThat(rv.range(0, 20_000, 1, 4)
                                .mapToPair(x -> Pair.of(x % 1000, "v" + x))
                                .groupByKey()
                                .count())
                        .isEqualTo(1000);
                RDD<List<Long>> serialized =
                        rv.range(0, 1000, 1, 2).map(x -> List.of(x)).persist(StorageLevel.MEMORY_ONLY_SER);
                RDD<Long> onDisk = rv.range(0, 1000, 1, 2).persist(StorageLevel.DISK_ONLY);
                assertThat(serialized.count()).isEqualTo(1000);
                assertThat(onDisk.reduce(Long::sum)).isEqualTo(999L * 1000 / 2);
                assertThat(serialized.map(List::size).reduce(Integer::sum)).isEqualTo(1000);
            } finally {
                rv.close();
            }
        } finally {
            System.setErr(originalErr);
        }

        leaks.assertNoneLeft();
    }

    @Test
    void diskOnlyBlocksLiveInTheLocalDirectoryUntilClose(@TempDir Path localDir) throws Exception {
        Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .config("rivulet.local.dir", localDir.toString())
                .build();
        try {
            RDD<Long> persisted = rv.range(0, 1000, 1, 4).map(x -> x * 2).persist(StorageLevel.DISK_ONLY);
            assertThat(persisted.count()).isEqualTo(1000);

            assertThat(filesUnder(localDir)).hasSize(4);
            assertThat(persisted.reduce(Long::sum)).isEqualTo(999L * 1000);
        } finally {
            rv.close();
        }

        assertThat(filesUnder(localDir)).isEmpty();
        try (Stream<Path> entries = Files.list(localDir)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void aFailedAttemptLeavesNoPartialBlockFileBehind(@TempDir Path localDir) throws Exception {
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .config("rivulet.local.dir", localDir.toString())
                .build()) {
            AtomicInteger visitsOf600 = new AtomicInteger();
            // Partition 2 (500 to 749) fails half-way through writing its block, the first time.
            RDD<Long> persisted = rv.range(0, 1000, 1, 4)
                    .map(x -> {
                        if (x == 600 && visitsOf600.getAndIncrement() == 0) {
                            throw new IllegalStateException("fails while its block is being written");
                        }
                        return x;
                    })
                    .persist(StorageLevel.DISK_ONLY);

            assertThat(persisted.count()).isEqualTo(1000);

            assertThat(visitsOf600).hasValue(2);
            assertThat(filesUnder(localDir)).hasSize(4);
        }
    }

    @Test
    void aClosedRivuletRefusesToWorkAndSaysWhy() {
        Rivulet rv = Rivulet.builder().master("local[2]").appName("shut").build();
        RDD<Long> numbers = rv.range(0, 10, 1, 2);
        assertThat(numbers.count()).isEqualTo(10);

        rv.close();

        assertThatThrownBy(() -> numbers.count())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Rivulet (app 'shut') is closed");
        assertThatThrownBy(() -> numbers.take(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
        assertThatThrownBy(() -> rv.range(0, 10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
        assertThatThrownBy(() -> numbers.map(x -> x + 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
    }

    @Test
    void closeIsIdempotent() {
        Rivulet rv = Rivulet.builder().master("local[2]").build();
        assertThat(rv.range(0, 10).count()).isEqualTo(10);

        rv.close();
        rv.close();
        try (rv) {
            // closing a third time, through try-with-resources
        }

        assertThatThrownBy(() -> rv.range(0, 10).count()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void severalInstancesInOneJvmDoNotInterfere(@TempDir Path localDir) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ThreadLeaks leaks = ThreadLeaks.snapshot();
            Rivulet alpha = Rivulet.builder()
                    .master("local[1]")
                    .appName("alpha")
                    .config("rivulet.local.dir", localDir.toString())
                    .build();
            Rivulet beta = Rivulet.builder()
                    .master("local[3]")
                    .appName("beta")
                    .config("rivulet.local.dir", localDir.toString())
                    .build();
            ExecutorService driver = Executors.newSingleThreadExecutor();
            try {
                RecordingListener alphaEvents = new RecordingListener();
                RecordingListener betaEvents = new RecordingListener();
                alpha.addListener(alphaEvents);
                beta.addListener(betaEvents);
                assertThat(alpha.defaultParallelism()).isEqualTo(1);
                assertThat(beta.defaultParallelism()).isEqualTo(3);
                RDD<Long> alphaNumbers = alpha.range(0, 100);
                RDD<Long> betaNumbers = beta.range(0, 100);
                assertThat(alphaNumbers.id()).isZero();
                assertThat(betaNumbers.id()).isZero();

                // Each persists blocks in its own directory under the same local dir.
                LongAccumulator betaComputed = beta.longAccumulator("computed");
                RDD<Long> betaPersisted = beta.range(0, 300, 1, 3)
                        .map(x -> {
                            betaComputed.add(1);
                            return x;
                        })
                        .persist(StorageLevel.DISK_ONLY);
                assertThat(betaPersisted.count()).isEqualTo(300);
                RDD<Long> alphaPersisted = alpha.range(0, 100, 1, 2).persist(StorageLevel.DISK_ONLY);
                assertThat(alphaPersisted.count()).isEqualTo(100);
                try (Stream<Path> roots = Files.list(localDir)) {
                    assertThat(roots).hasSize(2);
                }

                // A slow job of beta runs while alpha cancels its own jobs and runs others.
                CountDownLatch betaRunning = new CountDownLatch(1);
                Future<Long> betaSum = driver.submit(() -> beta.range(0, 600, 1, 3)
                        .map(x -> {
                            betaRunning.countDown();
                            Thread.sleep(1);
                            return x;
                        })
                        .mapToPair(x -> Pair.of(x % 5, x))
                        .reduceByKey(Long::sum)
                        .values()
                        .reduce(Long::sum));
                betaRunning.await();
                alpha.cancelAllJobs();
                assertThat(alpha.range(0, 100, 1, 4)
                                .mapToPair(x -> Pair.of(x % 5, x))
                                .reduceByKey(Long::sum)
                                .count())
                        .isEqualTo(5);
                alpha.close();
                assertThat(betaSum.get(30, TimeUnit.SECONDS)).isEqualTo(599L * 600 / 2);

                // Closing alpha removed its blocks and threads only.
                try (Stream<Path> roots = Files.list(localDir)) {
                    assertThat(roots).hasSize(1);
                }
                assertThat(betaPersisted.count()).isEqualTo(300);
                assertThat(betaComputed.value()).isEqualTo(300);
                assertThat(alphaEvents.taskEnds())
                        .extracting(TaskInfo::slot)
                        .allMatch(slot -> slot.startsWith("rivulet-alpha-slot-"));
                assertThat(betaEvents.taskEnds())
                        .extracting(TaskInfo::slot)
                        .allMatch(slot -> slot.startsWith("rivulet-beta-slot-"));
                assertThat(alphaEvents.jobEnds()).hasSize(2);
            } finally {
                driver.shutdownNow();
                alpha.close();
                beta.close();
            }
            try (Stream<Path> roots = Files.list(localDir)) {
                assertThat(roots).isEmpty();
            }
            leaks.assertNoneLeft();
        });
    }

    @Test
    void rddsOfDifferentInstancesCannotBeCombined() {
        try (Rivulet alpha =
                        Rivulet.builder().master("local[1]").appName("alpha").build();
                Rivulet beta =
                        Rivulet.builder().master("local[1]").appName("beta").build()) {
            RDD<Long> a = alpha.range(0, 10);
            RDD<Long> b = beta.range(0, 10);
            PairRDD<Long, Long> aPairs = a.mapToPair(x -> Pair.of(x, x));
            PairRDD<Long, Long> bPairs = b.mapToPair(x -> Pair.of(x, x));

            assertThatThrownBy(() -> a.union(b))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot combine RDDs of different Rivulets")
                    .hasMessageContaining("app 'beta', not to app 'alpha'");
            assertThatThrownBy(() -> aPairs.join(bPairs)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> a.cartesian(b)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> alpha.union(a, b)).isInstanceOf(IllegalArgumentException.class);
            assertThat(a.union(a).count()).isEqualTo(20);
        }
    }

    /** Regular files, but not the marker naming the directory's owner (see {@code LocalDirs}). */
    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("rivulet-owner"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
