package io.rivulet.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rivulet.JobInfo;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.testing.RecordingListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Several threads run jobs with shuffles on one {@link Rivulet} at once, some of them sharing a shuffle and a
 * cached RDD: every result is right and nothing deadlocks. The timeout is a hang guard, not a timing check.
 */
class SchedulerConcurrencyTest {
    private static final long SEED = 0x5EED_2024L;
    private static final int THREADS = 4;
    private static final int JOBS_PER_THREAD = 20;

    @RepeatedTest(3)
    void fourThreadsRunningTwentyShuffleJobsEachAllGetTheRightResults() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Rivulet rv =
                    Rivulet.builder().master("local[4]").appName("concurrency").build()) {
                RecordingListener events = new RecordingListener();
                rv.addListener(events);
                // Shared by every thread: whichever jobs come first compute its shuffle, perhaps several at once.
                PairRDD<Long, Long> shared = rv.range(0, 10_000, 1, 4)
                        .mapToPair(x -> Pair.of(x % 50, x))
                        .reduceByKey(Long::sum, 3);
                Map<Long, Long> sharedExpected = LongStream.range(0, 10_000)
                        .boxed()
                        .collect(Collectors.groupingBy(x -> x % 50, TreeMap::new, Collectors.summingLong(x -> x)));
                RDD<Long> cached = rv.range(0, 5_000, 1, 5).map(x -> x * 3).cache();

                ExecutorService threads = Executors.newFixedThreadPool(THREADS);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                try {
                    for (int t = 0; t < THREADS; t++) {
                        int thread = t;
                        results.add(threads.submit(() -> {
                            start.await();
                            for (int j = 0; j < JOBS_PER_THREAD; j++) {
                                runOneJob(rv, new Random(SEED + 1000L * thread + j), j, shared, sharedExpected, cached);
                            }
                            return JOBS_PER_THREAD;
                        }));
                    }
                    start.countDown();
                    int jobsRun = 0;
                    for (Future<Integer> result : results) {
                        jobsRun += result.get();
                    }
                    assertThat(jobsRun).isEqualTo(THREADS * JOBS_PER_THREAD);
                } finally {
                    threads.shutdownNow();
                }

                assertThat(events.jobEnds()).hasSameSizeAs(events.jobStarts());
                assertThat(events.jobEnds()).allMatch(job -> job.status() == JobInfo.Status.SUCCEEDED);
                assertThat(events.jobEnds().stream().map(JobInfo::jobId).distinct())
                        .hasSameSizeAs(events.jobEnds());
                assertEachJobsEventsAreInOrder(events.events());
            }
        });
    }

    private static void runOneJob(
            Rivulet rv,
            Random random,
            int job,
            PairRDD<Long, Long> shared,
            Map<Long, Long> sharedExpected,
            RDD<Long> cached) {
        List<Long> data = new ArrayList<>();
        int size = 100 + random.nextInt(900);
        for (int i = 0; i < size; i++) {
            data.add((long) random.nextInt(100));
        }
        int slices = 1 + random.nextInt(6);
        int reducers = 1 + random.nextInt(4);
        RDD<Long> numbers = rv.parallelize(data, slices);
        switch (job % 5) {
            case 0 -> {
                Map<Long, Long> sums = numbers.mapToPair(x -> Pair.of(x % 7, x))
                        .reduceByKey(Long::sum, reducers)
                        .collectAsMap();
                assertThat(new TreeMap<>(sums))
                        .isEqualTo(data.stream()
                                .collect(Collectors.groupingBy(
                                        x -> x % 7, TreeMap::new, Collectors.summingLong(x -> x))));
            }
            case 1 -> {
                Map<Long, Long> sizes = numbers.mapToPair(x -> Pair.of(x % 11, x))
                        .groupByKey(reducers)
                        .mapValues(values -> {
                            long n = 0;
                            for (Long ignored : values) {
                                n++;
                            }
                            return n;
                        })
                        .collectAsMap();
                assertThat(new TreeMap<>(sizes)).isEqualTo(countBy(data, x -> x % 11));
            }
            case 2 -> {
                List<Long> sorted = numbers.mapToPair(x -> Pair.of(x, 1))
                        .sortByKey(true, reducers)
                        .keys()
                        .collect();
                assertThat(sorted).isEqualTo(data.stream().sorted().toList());
            }
            case 3 -> {
                long joined = numbers.mapToPair(x -> Pair.of(x % 50, x))
                        .join(shared, reducers)
                        .count();
                assertThat(joined).isEqualTo(data.size());
                assertThat(new TreeMap<>(shared.collectAsMap())).isEqualTo(sharedExpected);
            }
            default -> {
                long distinct = numbers.distinct(reducers).count();
                assertThat(distinct).isEqualTo(data.stream().distinct().count());
                assertThat(cached.reduce(Long::sum)).isEqualTo(3L * 4_999 * 5_000 / 2);
            }
        }
    }

    /** Jobs interleave, but each job's task ends come between its start and its end. */
    private static void assertEachJobsEventsAreInOrder(List<RecordingListener.Event> all) {
        Map<Integer, Integer> started = new HashMap<>();
        Set<Integer> ended = new HashSet<>();
        for (RecordingListener.Event event : all) {
            if (event instanceof RecordingListener.JobStart start) {
                started.put(start.job().jobId(), started.size());
            } else if (event instanceof RecordingListener.TaskEnd task) {
                assertThat(started).containsKey(task.task().jobId());
                assertThat(ended).doesNotContain(task.task().jobId());
            } else if (event instanceof RecordingListener.JobEnd end) {
                assertThat(started).containsKey(end.job().jobId());
                assertThat(ended.add(end.job().jobId())).isTrue();
            }
        }
    }

    private static Map<Long, Long> countBy(List<Long> data, Function<Long, Long> key) {
        return data.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
