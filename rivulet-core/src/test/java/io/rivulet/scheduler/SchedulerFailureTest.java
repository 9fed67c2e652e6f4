package io.rivulet.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rivulet.JobFailedException;
import io.rivulet.LongAccumulator;
import io.rivulet.Pair;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.TaskInfo;
import io.rivulet.task.DeterministicFailure;
import io.rivulet.testing.RecordingListener;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Task failures: retries up to {@code rivulet.task.maxFailures}, then a job failure that says where and why. */
class SchedulerFailureTest {

    private static Rivulet rivulet(int maxFailures) {
        return Rivulet.builder()
                .master("local[2]")
                .appName("failures")
                .config("rivulet.task.maxFailures", String.valueOf(maxFailures))
                .build();
    }

    @Test
    void anUncheckedExceptionFailsTheJobAfterMaxFailuresAttempts() {
        try (Rivulet rv = rivulet(3)) {
            AtomicInteger attempts = new AtomicInteger();
            AtomicReference<RuntimeException> lastThrown = new AtomicReference<>();
            RDD<Long> rdd = rv.range(0, 10, 1, 2).map(x -> {
                if (x == 7) {
                    RuntimeException e = new IllegalArgumentException("cannot handle " + x + ", try " + attempts.get());
                    attempts.incrementAndGet();
                    lastThrown.set(e);
                    throw e;
                }
                return x;
            });

            JobFailedException e = catchThrowableOfType(JobFailedException.class, () -> rdd.collect());

            assertThat(attempts).hasValue(3);
            assertThat(e.getCause()).isSameAs(lastThrown.get());
            assertThat(e.getCause()).hasMessage("cannot handle 7, try 2");
            assertThat(e.partition()).isEqualTo(1);
            assertThat(e.getMessage())
                    .contains("partition 1")
                    .contains("stage " + e.stageId())
                    .contains("collect at SchedulerFailureTest.java:")
                    .contains("failed 3 times")
                    .contains("cannot handle 7, try 2");
        }
    }

    /** Stands for an error that follows from the input alone, as the SQL layer's ANSI errors do. */
    private static final class MalformedInput extends IllegalArgumentException implements DeterministicFailure {
        MalformedInput(String message) {
            super(message);
        }
    }

    @Test
    void aDeterministicFailureFailsTheJobOnItsFirstAttempt() {
        try (Rivulet rv = rivulet(3)) {
            AtomicInteger attempts = new AtomicInteger();
            RDD<Long> rdd = rv.range(0, 10, 1, 2).map(x -> {
                if (x == 7) {
                    attempts.incrementAndGet();
                    throw new MalformedInput("not a number: " + x);
                }
                return x;
            });

            JobFailedException e = catchThrowableOfType(JobFailedException.class, () -> rdd.collect());

            assertThat(attempts).hasValue(1);
            assertThat(e.getCause()).isInstanceOf(MalformedInput.class).hasMessage("not a number: 7");
            assertThat(e.getMessage()).contains("failed 1 time;");
        }
    }

    @Test
    void aCheckedExceptionIsTheCauseUnwrapped() {
        try (Rivulet rv = rivulet(2)) {
            AtomicReference<IOException> lastThrown = new AtomicReference<>();
            RDD<Long> rdd = rv.range(0, 9, 1, 3);

            JobFailedException e = catchThrowableOfType(
                    JobFailedException.class,
                    () -> rdd.foreach(x -> {
                        if (x == 4) {
                            IOException failure = new IOException("disk on fire");
                            lastThrown.set(failure);
                            throw failure;
                        }
                    }));

            assertThat(e.getCause()).isInstanceOf(IOException.class).isSameAs(lastThrown.get());
            assertThat(e.partition()).isEqualTo(1);
            assertThat(e.getMessage())
                    .contains("partition 1")
                    .contains("foreach at SchedulerFailureTest.java:")
                    .contains("failed 2 times");
        }
    }

    @Test
    void aFailureInTheMapSideOfAShuffleNamesTheMapStage() {
        try (Rivulet rv = rivulet(2)) {
            RecordingListener events = new RecordingListener();
            rv.addListener(events);
            RDD<Long> rdd = rv.range(0, 30, 1, 3)
                    .mapToPair(x -> {
                        if (x == 25) {
                            throw new IllegalStateException("bad key");
                        }
                        return Pair.of(x % 3, x);
                    })
                    .reduceByKey(Long::sum)
                    .values();

            JobFailedException e = catchThrowableOfType(JobFailedException.class, () -> rdd.count());

            int mapStage = events.stagesSubmitted().get(0).stageId();
            assertThat(events.stagesSubmitted()).hasSize(1); // the result stage never starts
            assertThat(e.stageId()).isEqualTo(mapStage);
            assertThat(e.partition()).isEqualTo(2);
            assertThat(e.getMessage())
                    .contains("partition 2 of stage " + mapStage + " (mapToPair at SchedulerFailureTest.java:");
            assertThat(e.getCause()).hasMessage("bad key");
        }
    }

    @Test
    void aTaskFailingOnlyOnItsFirstAttemptSucceedsAndItsAccumulatorUpdatesCountOnce() {
        try (Rivulet rv = rivulet(4)) {
            LongAccumulator seen = rv.longAccumulator("seen");
            Map<Long, AtomicInteger> attemptsByPartition = new ConcurrentHashMap<>();

            // Every partition adds all its elements, then fails on its last element the first time.
            rv.range(0, 100, 1, 4).foreach(x -> {
                seen.add(x);
                long partition = x / 25;
                if (x % 25 == 24
                        && attemptsByPartition
                                        .computeIfAbsent(partition, p -> new AtomicInteger())
                                        .getAndIncrement()
                                == 0) {
                    throw new IllegalStateException("first attempt of partition " + partition);
                }
            });

            assertThat(seen.value()).isEqualTo(99 * 100 / 2);
            assertThat(seen.count()).isEqualTo(100);
            assertThat(attemptsByPartition)
                    .hasSize(4)
                    .allSatisfy((p, attempts) -> assertThat(attempts).hasValue(2));
        }
    }

    @Test
    void accumulatorUpdatesInATransformationOfARetriedTaskCountOnce() {
        try (Rivulet rv = rivulet(4)) {
            LongAccumulator mapped = rv.longAccumulator("mapped");
            AtomicInteger visitsOf60 = new AtomicInteger();

            Map<Long, Long> sums = rv.range(0, 100, 1, 4)
                    .mapToPair(x -> {
                        mapped.add(1);
                        if (x == 60 && visitsOf60.getAndIncrement() == 0) {
                            throw new IllegalStateException("transient");
                        }
                        return Pair.of(x % 2, x);
                    })
                    .reduceByKey(Long::sum, 2)
                    .collectAsMap();

            assertThat(sums).containsEntry(0L, 2450L).containsEntry(1L, 2500L);
            assertThat(visitsOf60).hasValue(2); // element 60 was mapped by the failed attempt and by the retry
            assertThat(mapped.value()).isEqualTo(100);
        }
    }

    @Test
    void maxFailuresOfOneFailsAtTheFirstFailure() {
        try (Rivulet rv = rivulet(1)) {
            AtomicInteger attempts = new AtomicInteger();
            RDD<Long> rdd = rv.range(0, 4, 1, 2).map(x -> {
                if (x == 0) {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("once is enough");
                }
                return x;
            });

            JobFailedException e = catchThrowableOfType(JobFailedException.class, () -> rdd.count());

            assertThat(attempts).hasValue(1);
            assertThat(e.getMessage()).contains("partition 0").contains("failed 1 time;");
        }
    }

    @Test
    void theSameRivuletRunsMoreJobsAfterAFailedOne() {
        try (Rivulet rv = rivulet(2)) {
            RDD<Long> failing = rv.range(0, 100, 1, 4).map(x -> {
                if (x == 50) {
                    throw new IllegalStateException("no");
                }
                return x;
            });
            catchThrowableOfType(JobFailedException.class, () -> failing.count());

            assertThat(rv.range(0, 100, 1, 4).count()).isEqualTo(100);
            assertThat(rv.range(0, 100, 1, 4)
                            .mapToPair(x -> Pair.of(x % 10, 1L))
                            .reduceByKey(Long::sum)
                            .count())
                    .isEqualTo(10);
            // The same lineage fails again the same way: nothing of the failed job was left behind.
            assertThat(catchThrowableOfType(JobFailedException.class, () -> failing.count()))
                    .hasMessageContaining("partition 2");
        }
    }

    @Test
    void anActionInsideATaskFailsInsteadOfDeadlocking() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Rivulet rv = Rivulet.builder().master("local[1]").build()) {
                RDD<Long> inner = rv.range(0, 10);
                RDD<Long> outer = rv.range(0, 2, 1, 1).map(x -> inner.count());

                JobFailedException e = catchThrowableOfType(JobFailedException.class, () -> outer.collect());

                assertThat(e.getCause())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("count at SchedulerFailureTest.java:")
                        .hasMessageContaining("inside a task");
                assertThat(inner.count()).isEqualTo(10);
            }
        });
    }

    @Test
    void aFailedJobReturnsOnlyAfterItsOtherTasksStopped() throws Exception {
        try (Rivulet rv = rivulet(1)) {
            RecordingListener events = new RecordingListener();
            rv.addListener(events);
            long half = 25_000_000L;
            CountDownLatch longTaskRunning = new CountDownLatch(1);
            AtomicLong processedByLongTask = new AtomicLong();
            // Partition 0 fails once partition 1 runs; partition 1 would take long to finish if not killed.
            RDD<Long> rdd = rv.range(0, 2 * half, 1, 2).map(x -> {
                if (x == 0) {
                    longTaskRunning.await(30, TimeUnit.SECONDS);
                    throw new IllegalStateException("partition 0 fails");
                }
                if (x >= half) {
                    longTaskRunning.countDown();
                    processedByLongTask.incrementAndGet();
                }
                return x;
            });

            JobFailedException e = catchThrowableOfType(JobFailedException.class, () -> rdd.count());

            assertThat(e.getCause()).hasMessage("partition 0 fails");
            long processed = processedByLongTask.get();
            assertThat(processed).isPositive().isLessThan(half);
            List<TaskInfo> tasks = events.taskEnds();
            assertThat(tasks).extracting(TaskInfo::partition).containsExactlyInAnyOrder(0, 1);
            assertThat(tasks).noneMatch(TaskInfo::successful);
            TaskInfo killed = tasks.stream()
                    .filter(task -> task.partition() == 1)
                    .findFirst()
                    .orElseThrow();
            assertThat(killed.failureReason()).contains("killed");
            // The job's tasks have stopped: another job runs on both slots and the killed task does no more.
            assertThat(rv.range(0, 1000, 1, 2).count()).isEqualTo(1000);
            assertThat(processedByLongTask).hasValue(processed);
        }
    }
}
