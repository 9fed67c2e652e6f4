package io.rivulet.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rivulet.JobFailedException;
import io.rivulet.JobListener;
import io.rivulet.Pair;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.SpillInfo;
import io.rivulet.engine.Engine;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.memory.ExternalSorter;
import io.rivulet.task.TaskContext;
import io.rivulet.testing.Lineage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job groups ({@code setJobGroup}, {@code clearJobGroup}, {@code cancelJobGroup}): a group is the calling
 * thread's, cancelling it stops exactly its running jobs, and a cancelled job's tasks give back their
 * execution memory and delete their spill files before its action throws.
 *
 * <p>Jobs that must be running when a group is cancelled wait inside a task for a latch, so that nothing
 * depends on timing; jobs that must be cancelled process records slowly, one millisecond each, for far longer
 * than the hang guard, so that they can only end by being cancelled.
 */
class JobGroupTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    /** Enough 1 ms records that a job over them ends only by being cancelled. */
    private static final long ENDLESS = 10_000_000;

    private ExecutorService drivers;

    @BeforeEach
    void startDrivers() {
        drivers = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopDrivers() {
        drivers.shutdownNow();
    }

    @Test
    void cancellingOneGroupStopsItsJobAndLeavesAnotherGroupsJobRunningToCompletion() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = Rivulet.builder().master("local[4]").build()) {
                CountDownLatch aRunning = new CountDownLatch(2);
                CountDownLatch bRunning = new CountDownLatch(2);
                CountDownLatch cancelled = new CountDownLatch(1);
                Future<Long> a = drivers.submit(() -> {
                    rv.setJobGroup("A", "the slow one");
                    return endless(rv, aRunning).count();
                });
                Future<Map<Long, Long>> b = drivers.submit(() -> {
                    rv.setJobGroup("B", "the one that finishes");
                    return rv.range(0, 1_000, 1, 2)
                            .map(x -> {
                                bRunning.countDown();
                                cancelled.await();
                                return x;
                            })
                            .mapToPair(x -> Pair.of(x % 10, x))
                            .reduceByKey(Long::sum)
                            .collectAsMap();
                });
                aRunning.await();
                bRunning.await();

                rv.cancelJobGroup("A");
                cancelled.countDown();

                assertThat(failureOf(a))
                        .isInstanceOf(JobFailedException.class)
                        .hasMessageContaining("cancelled")
                        .hasMessageContaining("job group 'A' (the slow one)");
                assertThat(new TreeMap<>(b.get()))
                        .isEqualTo(LongStream.range(0, 1_000)
                                .boxed()
                                .collect(Collectors.groupingBy(
                                        x -> x % 10, TreeMap::new, Collectors.summingLong(x -> x))));
                assertThat(RivuletInternals.engine(rv).memoryManager().executionUsed())
                        .isZero();
            }
        });
    }

    @Test
    void aGroupBelongsToTheThreadThatSetItAndNotToThreadsItStarts() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
                rv.setJobGroup("G", null);
                CountDownLatch running = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                // Started after setJobGroup by the thread that set it: still not in the group.
                Future<Long> other =
                        drivers.submit(() -> blocking(rv, running, release).count());
                running.await();

                rv.cancelJobGroup("G");
                release.countDown();

                assertThat(other.get()).isEqualTo(100);
                rv.clearJobGroup();
            }
        });
    }

    @Test
    void clearJobGroupTakesTheThreadsLaterJobsOutOfTheGroup() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
                CountDownLatch running = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                Future<Long> cleared = drivers.submit(() -> {
                    rv.setJobGroup("G", "cleared before the job");
                    rv.clearJobGroup();
                    return blocking(rv, running, release).count();
                });
                running.await();

                rv.cancelJobGroup("G");
                release.countDown();

                assertThat(cleared.get()).isEqualTo(100);

                CountDownLatch inGroupRunning = new CountDownLatch(1);
                Future<Long> inGroup = drivers.submit(() -> {
                    rv.setJobGroup("G", "set again");
                    return endless(rv, inGroupRunning).count();
                });
                inGroupRunning.await();
                rv.cancelJobGroup("G");
                assertThat(failureOf(inGroup)).hasMessageContaining("job group 'G' (set again)");
            }
        });
    }

    @Test
    void cancelAllJobsNamesTheGroupOfACancelledJob() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
                CountDownLatch running = new CountDownLatch(1);
                Future<Long> job = drivers.submit(() -> {
                    rv.setJobGroup("nightly", null);
                    return endless(rv, running).count();
                });
                running.await();

                rv.cancelAllJobs();

                assertThat(failureOf(job)).hasMessageContaining("cancelled").hasMessageContaining("'nightly'");
            }
        });
    }

    @Test
    void cancellingAGroupWithoutRunningJobsChangesNothingAndLaterJobsOfItRun() {
        try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
            rv.cancelJobGroup("nobody");
            rv.setJobGroup("nobody", "later");

            assertThat(rv.range(0, 10).count()).isEqualTo(10);
            rv.clearJobGroup();
        }
    }

    @Test
    void nullGroupIdsAreRefused() {
        try (Rivulet rv = Rivulet.builder().master("local[1]").build()) {
            assertThatThrownBy(() -> rv.setJobGroup(null, "x"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("groupId");
            // Not "cancel everything": a null here is a mistake.
            assertThatThrownBy(() -> rv.cancelJobGroup(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("groupId");
        }
    }

    /**
     * Tasks that spilled sort buffers are cancelled mid-way: when the action throws, their execution memory is
     * back (0 in use) and their spill files are deleted.
     */
    @Test
    void aCancelledJobGivesBackItsExecutionMemoryAndDeletesItsSpillFiles(@TempDir Path localDir) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = Rivulet.builder()
                    .master("local[2]")
                    .executorMemory("4m")
                    .config("rivulet.local.dir", localDir.toString())
                    .build()) {
                Engine engine = RivuletInternals.engine(rv);
                AtomicLong spills = new AtomicLong();
                rv.addListener(new JobListener() {
                    @Override
                    public void onSpill(SpillInfo spill) {
                        spills.incrementAndGet();
                    }
                });
                CountDownLatch spilledTwice = new CountDownLatch(2);
                RDD<Pair<Long, Long>> sorted = rv.range(0, ENDLESS, 1, 2).mapPartitions(records -> {
                    ExternalSorter<Long, Long> sorter = new ExternalSorter<>(
                            engine.taskMemory(TaskContext.current()),
                            Comparator.comparing(Pair::key),
                            "test sort buffer");
                    boolean counted = false;
                    while (records.hasNext()) {
                        long x = records.next();
                        sorter.insert(Pair.of(-x, x));
                        if (!counted && sorter.spills() >= 2) {
                            counted = true;
                            spilledTwice.countDown();
                        }
                    }
                    return sorter.iterator();
                });
                Future<Long> job = drivers.submit(() -> {
                    rv.setJobGroup("sorting", null);
                    return sorted.count();
                });
                spilledTwice.await();
                assertThat(Lineage.filesUnder(localDir)).isNotEmpty();

                rv.cancelJobGroup("sorting");

                assertThat(failureOf(job)).hasMessageContaining("cancelled");
                assertThat(spills.get()).isGreaterThanOrEqualTo(4);
                assertThat(engine.memoryManager().executionUsed()).isZero();
                assertThat(Lineage.filesUnder(localDir)).isEmpty();
            }
        });
    }

    /** The same through public operations: a groupByKey under a small budget, cancelled in its map stage. */
    @Test
    void aCancelledShuffleJobGivesBackItsExecutionMemory(@TempDir Path localDir) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = Rivulet.builder()
                    .master("local[2]")
                    .executorMemory("4m")
                    .config("rivulet.local.dir", localDir.toString())
                    .build()) {
                CountDownLatch running = new CountDownLatch(2);
                AtomicLong seen = new AtomicLong();
                Future<Long> job = drivers.submit(() -> {
                    rv.setJobGroup("grouping", null);
                    return rv.range(0, ENDLESS, 1, 2)
                            .mapToPair(x -> {
                                if (seen.incrementAndGet() > 100_000) {
                                    running.countDown();
                                    Thread.sleep(1);
                                }
                                return Pair.of(x % 1_000, x);
                            })
                            .groupByKey()
                            .count();
                });
                running.await();

                rv.cancelJobGroup("grouping");

                assertThat(failureOf(job)).hasMessageContaining("cancelled");
                assertThat(RivuletInternals.engine(rv).memoryManager().executionUsed())
                        .isZero();
            }
            assertThat(Lineage.filesUnder(localDir)).isEmpty();
        });
    }

    /** 100 records, the first of which waits for {@code release} after counting down {@code running}. */
    private static RDD<Long> blocking(Rivulet rv, CountDownLatch running, CountDownLatch release) {
        return rv.range(0, 100, 1, 1).map(x -> {
            if (x == 0) {
                running.countDown();
                release.await();
            }
            return x;
        });
    }

    /** Records in two partitions that take 1 ms each, so many that only cancelling ends a job over them. */
    private static RDD<Long> endless(Rivulet rv, CountDownLatch running) {
        return rv.range(0, ENDLESS, 1, 2).map(x -> {
            running.countDown();
            Thread.sleep(1);
            return x;
        });
    }

    private static Throwable failureOf(Future<?> job) {
        return catchThrowableOfType(ExecutionException.class, job::get).getCause();
    }
}
