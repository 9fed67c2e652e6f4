package io.rivulet.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rivulet.JobFailedException;
import io.rivulet.JobInfo;
import io.rivulet.JobListener;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StageInfo;
import io.rivulet.testing.RecordingListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Cancelling jobs ({@code cancelAllJobs()}, {@code close()}) from other threads: the action throws
 * {@link JobFailedException} promptly and its tasks stop. "Promptly" is checked without clocks: a listener
 * notes how many elements were processed when the job's tasks were killed, and the tasks may finish only
 * the element each was processing.
 */
class SchedulerCancellationTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final long ELEMENTS = 100_000;

    @Test
    void cancelAllJobsFromAnotherThreadStopsARunningActionPromptly() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
                KillWatcher watcher = new KillWatcher();
                rv.addListener(watcher);
                CountDownLatch bothTasksRunning = new CountDownLatch(2);
                RDD<Long> slow = rv.range(0, ELEMENTS, 1, 2).map(x -> {
                    if (x % (ELEMENTS / 2) == 0) {
                        bothTasksRunning.countDown();
                    }
                    Thread.sleep(1);
                    watcher.processed.incrementAndGet();
                    return x;
                });
                Thread canceller = new Thread(() -> {
                    awaitQuietly(bothTasksRunning);
                    rv.cancelAllJobs();
                });
                canceller.start();

                JobFailedException e = catchThrowableOfType(JobFailedException.class, () -> slow.count());

                canceller.join();
                assertThat(e).hasMessageContaining("cancelled");
                assertThat(e.stageId()).isEqualTo(-1);
                watcher.assertTasksStoppedPromptly(2);
            }
        });
    }

    @Test
    void aJobCancelledInItsMapStageNeverStartsItsResultStageAndItsShuffleCanRunLater() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
                RecordingListener events = new RecordingListener();
                KillWatcher watcher = new KillWatcher();
                rv.addListener(events);
                rv.addListener(watcher);
                AtomicBoolean slowly = new AtomicBoolean(true);
                CountDownLatch running = new CountDownLatch(1);
                PairRDD<Long, Long> sums = rv.range(0, ELEMENTS, 1, 2)
                        .mapToPair(x -> {
                            if (slowly.get()) {
                                running.countDown();
                                Thread.sleep(1);
                            }
                            watcher.processed.incrementAndGet();
                            return Pair.of(x % 3, x);
                        })
                        .reduceByKey(Long::sum);
                Thread canceller = new Thread(() -> {
                    awaitQuietly(running);
                    rv.cancelAllJobs();
                });
                canceller.start();

                catchThrowableOfType(JobFailedException.class, () -> sums.collect());

                canceller.join();
                watcher.assertTasksStoppedPromptly(2);
                assertThat(events.stagesSubmitted()).hasSize(1).allMatch(StageInfo::isShuffleMap);
                assertThat(events.stagesCompleted())
                        .singleElement()
                        .satisfies(stage -> assertThat(stage.failureReason()).contains("cancelled"));
                assertThat(events.jobEnds())
                        .singleElement()
                        .satisfies(job -> assertThat(job.status()).isEqualTo(JobInfo.Status.FAILED));

                slowly.set(false);
                Map<Long, Long> result = sums.collectAsMap();
                long n = ELEMENTS;
                assertThat(result.values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(n * (n - 1) / 2);
            }
        });
    }

    @Test
    void interruptingTheThreadOfAnActionFailsItsJobAndKeepsTheInterrupt() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
                KillWatcher watcher = new KillWatcher();
                rv.addListener(watcher);
                CountDownLatch running = new CountDownLatch(1);
                RDD<Long> slow = rv.range(0, ELEMENTS, 1, 2).map(x -> {
                    running.countDown();
                    Thread.sleep(1);
                    watcher.processed.incrementAndGet();
                    return x;
                });
                AtomicBoolean stillInterrupted = new AtomicBoolean();
                AtomicReference<Throwable> failure = new AtomicReference<>();
                Thread action = new Thread(() -> {
                    try {
                        slow.count();
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                });
                action.start();
                running.await();

                action.interrupt();
                action.join();

                assertThat(failure.get()).isInstanceOf(JobFailedException.class).hasMessageContaining("interrupted");
                assertThat(stillInterrupted).isTrue();
                watcher.assertTasksStoppedPromptly(2);
                assertThat(rv.range(0, 10).count()).isEqualTo(10);
            }
        });
    }

    /**
     * Records that come from no source iterator (a flatMap expanding one record into many, a shuffle read's
     * aggregated records) stop a killed task too: the scheduler checks the kill flag per output record.
     */
    @Test
    void aTaskWhoseRecordsComeFromAFlatMapStopsPromptlyWhenCancelled() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
                KillWatcher watcher = new KillWatcher();
                rv.addListener(watcher);
                CountDownLatch bothTasksRunning = new CountDownLatch(2);
                RDD<Long> slow = rv.range(0, 2, 1, 2)
                        .mapToPair(x -> Pair.of(x, x))
                        .groupByKey(2)
                        .flatMap(group ->
                                () -> LongStream.range(0, Long.MAX_VALUE).iterator())
                        .map(x -> {
                            if (x == 0) {
                                bothTasksRunning.countDown();
                            }
                            Thread.sleep(1);
                            watcher.processed.incrementAndGet();
                            return x;
                        });
                Thread canceller = new Thread(() -> {
                    awaitQuietly(bothTasksRunning);
                    rv.cancelAllJobs();
                });
                canceller.start();

                JobFailedException e = catchThrowableOfType(JobFailedException.class, () -> slow.count());

                canceller.join();
                assertThat(e).hasMessageContaining("cancelled");
                watcher.assertTasksStoppedPromptly(2);
            }
        });
    }

    @Test
    void cancelAllJobsWithoutRunningJobsChangesNothing() {
        try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
            rv.cancelAllJobs();

            assertThat(rv.range(0, 10).count()).isEqualTo(10);
        }
    }

    @Test
    void closingWhileAJobRunsFailsThatJob() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            ExecutorService driver = Executors.newSingleThreadExecutor();
            try {
                Rivulet rv = Rivulet.builder().master("local[2]").build();
                CountDownLatch running = new CountDownLatch(1);
                RDD<Long> slow = rv.range(0, ELEMENTS, 1, 2).map(x -> {
                    running.countDown();
                    Thread.sleep(1);
                    return x;
                });
                Future<Long> count = driver.submit(() -> slow.count());
                running.await();

                rv.close();

                Throwable failure = catchThrowableOfType(
                                java.util.concurrent.ExecutionException.class, () -> count.get())
                        .getCause();
                assertThat(failure).isInstanceOf(JobFailedException.class);
            } finally {
                driver.shutdownNow();
            }
        });
    }

    /**
     * Jobs that start while {@code close()} runs fail with {@link JobFailedException}, or are refused with
     * {@link IllegalStateException} when they start after it: never another exception, never a hang.
     */
    @Test
    void jobsRacingCloseFailCleanly() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            ExecutorService drivers = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    Rivulet rv = Rivulet.builder().master("local[2]").build();
                    CountDownLatch firstJobDone = new CountDownLatch(2);
                    List<Future<RuntimeException>> loops = new ArrayList<>();
                    for (int d = 0; d < 2; d++) {
                        loops.add(drivers.submit(() -> runJobsUntilRefused(rv, firstJobDone)));
                    }
                    firstJobDone.await();

                    rv.close();

                    for (Future<RuntimeException> loop : loops) {
                        assertThat(loop.get()).isInstanceOfAny(JobFailedException.class, IllegalStateException.class);
                        if (loop.get() instanceof IllegalStateException refused) {
                            assertThat(refused).hasMessageContaining("closed");
                        }
                    }
                }
            } finally {
                drivers.shutdownNow();
            }
        });
    }

    private static RuntimeException runJobsUntilRefused(Rivulet rv, CountDownLatch firstJobDone) {
        while (true) {
            try {
                long distinct = rv.range(0, 200, 1, 4)
                        .mapToPair(x -> Pair.of(x % 7, x))
                        .reduceByKey(Long::sum, 3)
                        .count();
                assertThat(distinct).isEqualTo(7);
            } catch (RuntimeException e) {
                firstJobDone.countDown();
                return e;
            }
            firstJobDone.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Counts elements processed and notes the count when a job fails: a stage fails (and is reported so) right
     * after its tasks were told to stop.
     */
    private static final class KillWatcher implements JobListener {
        final AtomicLong processed = new AtomicLong();
        final AtomicLong processedWhenKilled = new AtomicLong(-1);

        @Override
        public void onStageCompleted(StageInfo stage) {
            if (stage.failureReason() != null) {
                processedWhenKilled.compareAndSet(-1, processed.get());
            }
        }

        /** Each killed task may finish the element it was processing, and no more. */
        void assertTasksStoppedPromptly(int tasks) {
            assertThat(processedWhenKilled.get())
                    .as("elements processed when killed")
                    .isNotNegative();
            assertThat(processed.get() - processedWhenKilled.get())
                    .as("elements processed after the tasks were killed")
                    .isLessThanOrEqualTo(tasks);
        }
    }
}
