package io.rivulet.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rivulet.JobFailedException;
import io.rivulet.JobInfo;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.config.RivuletConfig;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.testing.Lineage;
import io.rivulet.testing.RecordingListener;
import io.rivulet.testing.ThreadLeaks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many jobs from several threads on one small-budget {@link Rivulet} at once, mixing every kind of shuffle,
 * cached and shared RDDs, cancelled job groups and injected fetch failures. Every job that is not cancelled
 * returns exactly what plain Java collections compute; the cancelled ones fail saying so; nothing deadlocks
 * (the timeout is a hang guard, not a timing check); no execution memory stays in use, and after
 * {@code close()} no thread and no file is left.
 *
 * <p>Sizes, keys and the kind of each job come from one seed per thread, so the jobs are the same on every
 * run; only their interleaving varies.
 */
class SchedulerStressTest {
    private static final long SEED = 0x57_2E55L;
    private static final int THREADS = 4;
    private static final int JOBS_PER_THREAD = 25;
    /** Every fifth job of a thread is one that its group's cancellation ends. */
    private static final int CANCEL_EVERY = 5;
    /** Fetches (counted across all jobs) that fail once: spread over the run's 450 or so fetches. */
    private static final List<Long> FAILED_FETCHES =
            LongStream.iterate(5, n -> n < 450, n -> n + 23).boxed().toList();

    private static final long ENDLESS = 10_000_000;

    @RepeatedTest(5)
    void fourThreadsOfShuffleJobsWithCancellationsAndLostOutputsGetExactResultsAndLeakNothing(@TempDir Path localDir) {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            ThreadLeaks leaks = ThreadLeaks.snapshot();
            Rivulet rv = Rivulet.builder()
                    .master("local[4]")
                    .appName("stress")
                    .executorMemory("8m")
                    .config("rivulet.local.dir", localDir.toString())
                    .config(
                            RivuletConfig.TEST_FAIL_SHUFFLE_FETCH.key(),
                            FAILED_FETCHES.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .build();
            RecordingListener events = new RecordingListener();
            rv.addListener(events);
            int cancelled;
            long fetches;
            long injected;
            try {
                Shared shared = new Shared(rv);
                cancelled = runThreads(rv, shared);
                fetches = RivuletInternals.engine(rv).mapOutputTracker().fetches();
                injected = RivuletInternals.engine(rv).mapOutputTracker().injectedFailures();
                assertThat(RivuletInternals.engine(rv).memoryManager().executionUsed())
                        .isZero();
            } finally {
                rv.close();
            }

            assertThat(events.jobEnds()).hasSameSizeAs(events.jobStarts());
            List<JobInfo> failed = events.jobEnds().stream()
                    .filter(job -> job.status() == JobInfo.Status.FAILED)
                    .toList();
            assertThat(failed)
                    .hasSize(cancelled)
                    .allSatisfy(job -> assertThat(job.failureReason()).contains("cancelled"));
            assertThat(events.stagesSubmitted())
                    .as("injected fetch failures made stages run again")
                    .anyMatch(stage -> stage.attempt() > 0 && stage.isShuffleMap());
            assertThat(injected)
                    .as("fetch failures injected (of %d fetches)", fetches)
                    .isGreaterThanOrEqualTo(10);
            assertThat(events.taskEnds().stream()
                            .filter(task ->
                                    !task.successful() && task.failureReason().contains("on purpose")))
                    .as("each injected fetch failure failed one task")
                    .hasSize((int) injected);
            leaks.assertNoneLeft();
            assertThat(Lineage.filesUnder(localDir)).isEmpty();
        });
    }

    /** Runs every thread's jobs; returns how many were cancelled. */
    private static int runThreads(Rivulet rv, Shared shared) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        ExecutorService cancellers = Executors.newCachedThreadPool();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    start.await();
                    Random random = new Random(SEED + thread);
                    int cancelledHere = 0;
                    for (int job = 0; job < JOBS_PER_THREAD; job++) {
                        if (job % CANCEL_EVERY == CANCEL_EVERY - 1) {
                            runCancelledJob(rv, cancellers, "t" + thread + "-j" + job, job % 2 == 0);
                            cancelledHere++;
                        } else {
                            runJob(rv, shared, random, random.nextInt(8), "thread " + thread + " job " + job);
                        }
                    }
                    return cancelledHere;
                }));
            }
            start.countDown();
            int cancelled = 0;
            for (Future<Integer> result : results) {
                cancelled += result.get();
            }
            return cancelled;
        } finally {
            threads.shutdownNow();
            cancellers.shutdownNow();
        }
    }

    /**
     * A job in its own group, slow enough that only cancelling ends it; another thread cancels the group as
     * soon as a task of it runs, in the map stage or (after a shuffle) in the result stage.
     */
    private static void runCancelledJob(Rivulet rv, ExecutorService cancellers, String group, boolean inMapStage) {
        CountDownLatch running = new CountDownLatch(1);
        rv.setJobGroup(group, "cancelled by the stress test");
        try {
            cancellers.submit(() -> {
                running.await();
                rv.cancelJobGroup(group);
                return null;
            });
            RDD<?> slow;
            if (inMapStage) {
                slow = rv.range(0, ENDLESS, 1, 2)
                        .mapToPair(x -> {
                            running.countDown();
                            Thread.sleep(1);
                            return Pair.of(x % 10, x);
                        })
                        .reduceByKey(Long::sum);
            } else {
                slow = rv.range(0, 50_000, 1, 3)
                        .mapToPair(x -> Pair.of(x % 100, x))
                        .groupByKey(2)
                        .flatMap(pair -> pair.value())
                        .map(x -> {
                            running.countDown();
                            Thread.sleep(1);
                            return x;
                        });
            }

            JobFailedException e = catchThrowableOfType(JobFailedException.class, slow::collect);

            assertThat(e).as(group).hasMessageContaining("cancelled").hasMessageContaining("'" + group + "'");
        } finally {
            rv.clearJobGroup();
        }
    }

    private static void runJob(Rivulet rv, Shared shared, Random random, int kind, String what) {
        List<Long> data = randomLongs(random, random.nextInt(3_000), 1 + random.nextInt(500));
        int slices = 1 + random.nextInt(6);
        int reducers = 1 + random.nextInt(5);
        RDD<Long> numbers = rv.parallelize(data, slices);
        switch (kind) {
            case 0 ->
                assertThat(new TreeMap<>(numbers.mapToPair(x -> Pair.of(x % 13, x))
                                .reduceByKey(Long::sum, reducers)
                                .collectAsMap()))
                        .as(what + ": reduceByKey")
                        .isEqualTo(sumBy(data, x -> x % 13));
            case 1 -> {
                List<Long> other = randomLongs(random, random.nextInt(500), 200);
                List<String> joined = numbers.mapToPair(x -> Pair.of(x % 50, x))
                        .join(
                                rv.parallelize(other, 1 + random.nextInt(4)).mapToPair(y -> Pair.of(y % 50, -y)),
                                reducers)
                        .map(Pair::toString)
                        .collect();
                assertThat(sorted(joined)).as(what + ": join").isEqualTo(expectedJoin(data, other));
            }
            case 2 -> {
                boolean ascending = random.nextBoolean();
                List<Long> keys = numbers.mapToPair(x -> Pair.of(x, x * 2))
                        .sortByKey(ascending, reducers)
                        .keys()
                        .collect();
                Comparator<Long> order = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
                assertThat(keys)
                        .as(what + ": sortByKey")
                        .isEqualTo(data.stream().sorted(order).toList());
            }
            case 3 ->
                assertThat(new TreeMap<>(numbers.mapToPair(x -> Pair.of(x % 17, x))
                                .groupByKey(reducers)
                                .mapValues(SchedulerStressTest::sumOf)
                                .collectAsMap()))
                        .as(what + ": groupByKey")
                        .isEqualTo(sumBy(data, x -> x % 17));
            case 4 ->
                assertThat(sorted(numbers.distinct(reducers).collect()))
                        .as(what + ": distinct")
                        .isEqualTo(data.stream().distinct().sorted().toList());
            case 5 -> {
                long matches = numbers.mapToPair(x -> Pair.of(x % 97, x))
                        .join(shared.sums, reducers)
                        .count();
                assertThat(matches).as(what + ": join with a shared shuffle").isEqualTo(data.size());
                assertThat(new TreeMap<>(shared.sums.collectAsMap()))
                        .as(what + ": the shared shuffle")
                        .isEqualTo(shared.sumsExpected);
            }
            case 6 -> {
                Map<Long, Long> counts = shared.cached
                        .mapToPair(x -> Pair.of(x % 7, 1L))
                        .reduceByKey(Long::sum, reducers)
                        .collectAsMap();
                assertThat(new TreeMap<>(counts)).as(what + ": cached").isEqualTo(shared.cachedCountsBy7);
            }
            default ->
                assertThat(new TreeMap<>(numbers.mapToPair(x -> Pair.of(x % 30, x))
                                .reduceByKey(Long::sum, reducers)
                                .mapToPair(pair -> Pair.of(pair.key() % 4, pair.value()))
                                .reduceByKey(Long::sum, 1 + random.nextInt(3))
                                .collectAsMap()))
                        .as(what + ": two shuffles")
                        .isEqualTo(sumBy(data, x -> (x % 30) % 4));
        }
    }

    /** RDDs that every thread uses, so that jobs share a shuffle and cached blocks. */
    private static final class Shared {
        final PairRDD<Long, Long> sums;
        final Map<Long, Long> sumsExpected;
        final RDD<Long> cached;
        final Map<Long, Long> cachedCountsBy7;

        Shared(Rivulet rv) {
            sums = rv.range(0, 20_000, 1, 4).mapToPair(x -> Pair.of(x % 97, x)).reduceByKey(Long::sum, 3);
            sumsExpected = sumBy(LongStream.range(0, 20_000).boxed().toList(), x -> x % 97);
            cached = rv.range(0, 30_000, 1, 6).map(x -> x * 3).cache();
            cachedCountsBy7 = LongStream.range(0, 30_000)
                    .map(x -> x * 3)
                    .boxed()
                    .collect(Collectors.groupingBy(x -> x % 7, TreeMap::new, Collectors.counting()));
        }
    }

    private static List<Long> randomLongs(Random random, int size, int bound) {
        List<Long> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add((long) random.nextInt(bound));
        }
        return values;
    }

    private static Map<Long, Long> sumBy(Collection<Long> data, Function<Long, Long> key) {
        return data.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingLong(x -> x)));
    }

    private static long sumOf(Iterable<Long> values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    private static List<String> expectedJoin(List<Long> data, List<Long> other) {
        List<String> expected = new ArrayList<>();
        for (Long x : data) {
            for (Long y : other) {
                if (x % 50 == y % 50) {
                    expected.add(Pair.of(x % 50, Pair.of(x, -y)).toString());
                }
            }
        }
        return sorted(expected);
    }

    private static <T extends Comparable<T>> List<T> sorted(List<T> values) {
        return values.stream().sorted().toList();
    }
}
