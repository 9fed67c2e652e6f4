package io.rivulet.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rivulet.JobFailedException;
import io.rivulet.LongAccumulator;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import io.rivulet.config.RivuletConfig;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.shuffle.FetchFailedException;
import io.rivulet.shuffle.MapOutputTracker;
import io.rivulet.task.TaskContext;
import io.rivulet.testing.Lineage;
import io.rivulet.testing.RandomData;
import io.rivulet.testing.RecordingListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lineage recovery: when a reduce task cannot read a map output, the scheduler re-runs the stage that wrote
 * it (its lost maps only) and then the reading stage's unfinished partitions, and the job returns the right
 * answer. Outputs are lost on purpose, either with the {@code rivulet.test.failShuffleFetch} hook (the N-th
 * fetch fails once) or by forgetting map outputs between two actions, as if their files had been deleted.
 */
class LineageRecoveryTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String FAIL_FETCH = RivuletConfig.TEST_FAIL_SHUFFLE_FETCH.key();
    private static final String MAX_ATTEMPTS = "rivulet.stage.maxConsecutiveAttempts";
    private static final List<String> LINES = lines(new Random(42), 200);
    private static final Map<String, Long> WORD_COUNTS = LINES.stream()
            .flatMap(line -> Arrays.stream(line.split(" ")))
            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    private static final List<Long> NUMBERS =
            new Random(7).longs(3_000, 0, 1_000).boxed().toList();

    @Test
    void wordCountWithAFailedFetchIsRightAndRunsTheLostMapAgainAsASecondAttempt() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet(FAIL_FETCH, "1")) {
                RecordingListener events = listen(rv);

                Map<String, Long> counts = wordCount(rv).collectAsMap();

                assertThat(new TreeMap<>(counts)).isEqualTo(WORD_COUNTS);
                assertThat(stageOutline(events))
                        .containsExactly(
                                "submitted map attempt 0",
                                "completed map attempt 0",
                                "submitted result attempt 0",
                                "failed result attempt 0",
                                "submitted map attempt 1",
                                "completed map attempt 1",
                                "submitted result attempt 1",
                                "completed result attempt 1");
                StageInfo mapStage = events.stagesSubmitted().get(0);
                assertThat(tasksOf(events, mapStage.stageId(), 1))
                        .as("the second attempt of the map stage runs the lost map only")
                        .hasSize(1);
                StageInfo failedAttempt = events.stagesCompleted().get(1);
                assertThat(failedAttempt.failureReason()).contains("fetch failed", "on purpose");
                List<TaskInfo> failedTasks = events.taskEnds().stream()
                        .filter(task -> !task.successful())
                        .toList();
                assertThat(failedTasks)
                        .isNotEmpty()
                        .allSatisfy(task -> assertThat(task.failureReason()).contains("FetchFailedException"));
                assertThat(failedTasks)
                        .anySatisfy(task -> assertThat(task.failureReason()).contains("on purpose"));
            }
        });
    }

    @Test
    void aFailedFetchDoesNotCountTowardMaxFailures() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet(FAIL_FETCH, "1,2", "rivulet.task.maxFailures", "1")) {
                assertThat(new TreeMap<>(wordCount(rv).collectAsMap())).isEqualTo(WORD_COUNTS);
            }
        });
    }

    @ParameterizedTest(name = "fetches {0} fail")
    @ValueSource(strings = {"1", "2", "4", "1,3", "2,5,6", "1,2,3"})
    void joinWithFailedFetchesIsRight(String failedFetches) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet(FAIL_FETCH, failedFetches)) {
                RecordingListener events = listen(rv);
                PairRDD<Long, Long> left = rv.parallelize(NUMBERS, 4).mapToPair(x -> Pair.of(x % 37, x));
                PairRDD<Long, Long> right =
                        rv.parallelize(NUMBERS.subList(0, 300), 3).mapToPair(x -> Pair.of(x % 41, -x));

                List<Pair<Long, Pair<Long, Long>>> joined = left.join(right, 3).collect();

                assertThat(sorted(joined)).isEqualTo(sorted(expectedJoin()));
                assertThat(events.stagesSubmitted()).anyMatch(stage -> stage.attempt() == 1);
            }
        });
    }

    /**
     * Two shuffles in a row: the middle stage reads the first shuffle (fetches 1 to 3) and the result stage
     * the second (fetches 4 and 5). A failed fetch in the middle stage re-runs the first map stage and then the
     * middle one; a failed fetch in the result stage re-runs the middle stage only.
     */
    @ParameterizedTest(name = "fetch {0} fails")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aFailedFetchTwoShufflesUpRecomputesTheRightStages(int failedFetch) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet(FAIL_FETCH, String.valueOf(failedFetch))) {
                RecordingListener events = listen(rv);

                Map<Long, Long> sums = twoShuffles(rv).collectAsMap();

                assertThat(new TreeMap<>(sums)).isEqualTo(twoShufflesExpected());
                List<StageInfo> submitted = events.stagesSubmitted();
                List<Integer> stageIds = submitted.stream()
                        .map(StageInfo::stageId)
                        .distinct()
                        .sorted()
                        .toList();
                assertThat(stageIds).hasSize(3); // the stages are made parents first, so ids grow downstream
                int first = stageIds.get(0);
                int middle = stageIds.get(1);
                int result = stageIds.get(2);
                boolean middleFailed = failedFetch <= 3;
                assertThat(attemptsOf(submitted, first)).isEqualTo(middleFailed ? List.of(0, 1) : List.of(0));
                assertThat(attemptsOf(submitted, middle)).isEqualTo(List.of(0, 1));
                assertThat(attemptsOf(submitted, result)).isEqualTo(middleFailed ? List.of(0) : List.of(0, 1));
                assertThat(tasksOf(events, middleFailed ? first : middle, 1)).hasSize(1);
            }
        });
    }

    /**
     * Random pair data (null keys and values, duplicate keys, empty and tiny inputs, more partitions than
     * elements) through reduceByKey, groupByKey, a join and two shuffles in a row, with every 11th fetch failing:
     * the answers match plain collections. The attempt limit is raised so that no seed can exhaust it.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomShuffleJobsSurviveFrequentFetchFailures(long seed) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            RandomData data = new RandomData(seed);
            int keys = data.keyRange();
            List<Pair<Integer, Integer>> leftData = data.pairs(data.size(), keys);
            List<Pair<Integer, Integer>> rightData = data.pairs(data.size() / 4, keys);
            int firstFailure = 1 + data.nextInt(11);
            String failures = IntStream.iterate(firstFailure, n -> n < 600, n -> n + 11)
                    .mapToObj(String::valueOf)
                    .collect(Collectors.joining(","));
            String context = data + ", " + leftData.size() + " x " + rightData.size() + " pairs, failing " + failures;
            try (Rivulet rv = Rivulet.builder()
                    .master("local[3]")
                    .config(FAIL_FETCH, failures)
                    // At most 55 fetches fail in all (every 11th of the first 600), so 60 attempts can never all
                    // fail, however the tasks interleave on a busy machine.
                    .config(MAX_ATTEMPTS, "60")
                    .build()) {
                RecordingListener events = listen(rv);
                PairRDD<Integer, Integer> left = rv.parallelizePairs(leftData, data.partitions());
                PairRDD<Integer, Integer> right = rv.parallelizePairs(rightData, data.partitions());

                Map<Integer, Integer> sums = new HashMap<>();
                for (Pair<Integer, Integer> pair : leftData) {
                    sums.put(pair.key(), RandomData.nullSafeSum(sums.get(pair.key()), pair.value()));
                }
                assertThat(RandomData.counts(left.reduceByKey(RandomData::nullSafeSum, data.partitions())
                                .collect()))
                        .as(context)
                        .isEqualTo(RandomData.counts(pairsOf(sums)));

                assertThat(RandomData.counts(left.groupByKey(data.partitions())
                                .flatMapValues(values -> values)
                                .collect()))
                        .as(context)
                        .isEqualTo(RandomData.counts(leftData));

                List<Pair<Integer, Pair<Integer, Integer>>> inner = new ArrayList<>();
                for (Pair<Integer, Integer> l : leftData) {
                    for (Pair<Integer, Integer> r : rightData) {
                        if (Objects.equals(l.key(), r.key())) {
                            inner.add(Pair.of(l.key(), Pair.of(l.value(), r.value())));
                        }
                    }
                }
                assertThat(RandomData.counts(left.join(right, data.partitions()).collect()))
                        .as(context)
                        .isEqualTo(RandomData.counts(inner));

                Map<Integer, Long> countsOfSumSigns = new HashMap<>();
                sums.values().forEach(sum -> countsOfSumSigns.merge(sign(sum), 1L, Long::sum));
                assertThat(RandomData.counts(left.reduceByKey(RandomData::nullSafeSum, data.partitions())
                                .mapToPair(pair -> Pair.of(sign(pair.value()), 1L))
                                .reduceByKey(Long::sum, data.partitions())
                                .collect()))
                        .as(context)
                        .isEqualTo(RandomData.counts(pairsOf(countsOfSumSigns)));
                if (RivuletInternals.engine(rv).mapOutputTracker().fetches() >= firstFailure) {
                    assertThat(events.stagesSubmitted()).as(context).anyMatch(stage -> stage.attempt() > 0);
                }
            }
        });
    }

    @Test
    void mapOutputsLostBetweenTwoActionsAreRecomputedAndNothingElse() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet()) {
                RecordingListener events = listen(rv);
                PairRDD<String, Long> counts = wordCount(rv);
                assertThat(counts.count()).isEqualTo(WORD_COUNTS.size());
                int shuffleId = Lineage.shuffleIds(counts).get(0);
                MapOutputTracker tracker = RivuletInternals.engine(rv).mapOutputTracker();

                tracker.unregisterMapOutput(shuffleId, 1);
                tracker.unregisterMapOutput(shuffleId, 3);
                events.clear();
                Map<String, Long> result = counts.collectAsMap();

                assertThat(new TreeMap<>(result)).isEqualTo(WORD_COUNTS);
                StageInfo mapStage = events.stagesSubmitted().get(0);
                assertThat(mapStage.isShuffleMap()).isTrue();
                assertThat(events.taskEnds().stream()
                                .filter(task -> task.stageId() == mapStage.stageId())
                                .map(TaskInfo::partition))
                        .containsExactlyInAnyOrder(1, 3);
                assertThat(events.taskEnds()).allMatch(TaskInfo::successful);

                events.clear();
                assertThat(counts.count()).isEqualTo(WORD_COUNTS.size());
                assertThat(events.stagesSubmitted()).noneMatch(StageInfo::isShuffleMap);
            }
        });
    }

    @Test
    void outputsLostInBothOfTwoShufflesAreRecomputedParentsFirstAndOnlyThose() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet()) {
                RecordingListener events = listen(rv);
                PairRDD<Long, Long> sums = twoShuffles(rv);
                assertThat(sums.count()).isEqualTo(twoShufflesExpected().size());
                List<Integer> shuffles = Lineage.shuffleIds(sums);
                List<StageInfo> firstRun = events.stagesSubmitted();
                MapOutputTracker tracker = RivuletInternals.engine(rv).mapOutputTracker();

                tracker.unregisterMapOutput(shuffles.get(0), 2);
                tracker.unregisterMapOutput(shuffles.get(1), 0);
                events.clear();
                Map<Long, Long> result = sums.collectAsMap();

                assertThat(new TreeMap<>(result)).isEqualTo(twoShufflesExpected());
                assertThat(events.partitionsOfStage(firstRun.get(0).stageId())).containsExactly(2);
                assertThat(events.partitionsOfStage(firstRun.get(1).stageId())).containsExactly(0);
                assertThat(events.stagesSubmitted())
                        .extracting(StageInfo::stageId)
                        .startsWith(firstRun.get(0).stageId(), firstRun.get(1).stageId());
            }
        });
    }

    @Test
    void anOutputLostTwoShufflesUpIsNotRecomputedWhenTheNearerShuffleIsComplete() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet()) {
                RecordingListener events = listen(rv);
                PairRDD<Long, Long> sums = twoShuffles(rv);
                assertThat(sums.count()).isEqualTo(twoShufflesExpected().size());

                RivuletInternals.engine(rv)
                        .mapOutputTracker()
                        .unregisterMapOutput(Lineage.shuffleIds(sums).get(0), 1);
                events.clear();
                Map<Long, Long> result = sums.collectAsMap();

                assertThat(new TreeMap<>(result)).isEqualTo(twoShufflesExpected());
                assertThat(events.stagesSubmitted()).noneMatch(StageInfo::isShuffleMap);
            }
        });
    }

    @Test
    void aStageWhoseAttemptsLoseTheirInputTooOftenInARowFailsTheJobNamingStageAndShuffle() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet(FAIL_FETCH, "1,2", MAX_ATTEMPTS, "2")) {
                RecordingListener events = listen(rv);
                PairRDD<String, Long> counts = wordCount(rv, 1);
                int shuffleId = Lineage.shuffleIds(counts).get(0);

                JobFailedException e = catchThrowableOfType(JobFailedException.class, counts::collect);

                StageInfo resultStage = events.stagesSubmitted().stream()
                        .filter(stage -> !stage.isShuffleMap())
                        .findFirst()
                        .orElseThrow();
                assertThat(e)
                        .hasMessageContaining("stage " + resultStage.stageId() + " (" + resultStage.name() + ")")
                        .hasMessageContaining("failed 2 consecutive attempts")
                        .hasMessageContaining(MAX_ATTEMPTS)
                        .hasMessageContaining("shuffle " + shuffleId)
                        .hasCauseInstanceOf(FetchFailedException.class);
                assertThat(e.stageId()).isEqualTo(resultStage.stageId());
                assertThat(RivuletInternals.engine(rv).memoryManager().executionUsed())
                        .isZero();
                assertThat(new TreeMap<>(counts.collectAsMap())).isEqualTo(WORD_COUNTS);
            }
        });
    }

    @Test
    void byDefaultThreeFailedAttemptsInARowAreRecoveredAndAFourthFailsTheJob() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet(FAIL_FETCH, "1,2,3")) {
                assertThat(new TreeMap<>(wordCount(rv, 1).collectAsMap())).isEqualTo(WORD_COUNTS);
            }
            try (Rivulet rv = rivulet(FAIL_FETCH, "1,2,3,4")) {
                assertThatThrownBy(() -> wordCount(rv, 1).collect())
                        .isInstanceOf(JobFailedException.class)
                        .hasMessageContaining("failed 4 consecutive attempts");
            }
        });
    }

    /**
     * A task that met a fetch failure read incomplete input, even if the failure was caught or wrapped on its
     * way out: it is recovered as a fetch failure, never used as a result nor counted as a task failure.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"swallowed", "wrapped"})
    void aFetchFailureThatUserCodeSwallowsOrWrapsIsStillRecovered(String how) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet("rivulet.task.maxFailures", "1")) {
                RecordingListener events = listen(rv);
                PairRDD<String, Long> counts = wordCount(rv);
                int shuffleId = Lineage.shuffleIds(counts).get(0);
                boolean swallow = how.equals("swallowed");
                RDD<String> printed = counts.map(pair -> {
                    TaskContext task = TaskContext.current();
                    if (task.stageAttempt() == 0 && task.partitionId() == 0) {
                        FetchFailedException lost =
                                FetchFailedException.raise(task, shuffleId, 2, "lost in a test", null);
                        if (!swallow) {
                            throw new IllegalStateException("wrapped", lost);
                        }
                    }
                    return pair.toString();
                });

                List<String> result = printed.collect();

                assertThat(result)
                        .containsExactlyInAnyOrderElementsOf(WORD_COUNTS.entrySet().stream()
                                .map(entry -> Pair.of(entry.getKey(), entry.getValue())
                                        .toString())
                                .toList());
                StageInfo mapStage = events.stagesSubmitted().get(0);
                assertThat(attemptsOf(events.stagesSubmitted(), mapStage.stageId()))
                        .containsExactly(0, 1);
                assertThat(tasksOf(events, mapStage.stageId(), 1))
                        .extracting(TaskInfo::partition)
                        .containsExactly(2);
            }
        });
    }

    @Test
    void aMissingCachedBlockIsRecomputedFromLineageWithoutAnotherStageAttempt() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (Rivulet rv = rivulet()) {
                RecordingListener events = listen(rv);
                LongAccumulator computed = rv.longAccumulator("computed");
                RDD<Long> cached = rv.parallelize(NUMBERS, 4)
                        .map(x -> {
                            computed.add(1);
                            return x * 2;
                        })
                        .cache();
                assertThat(cached.count()).isEqualTo(NUMBERS.size());

                RivuletInternals.engine(rv).blockManager().removeRdd(cached.id());
                long sum = cached.reduce(Long::sum);

                assertThat(sum)
                        .isEqualTo(
                                2 * NUMBERS.stream().mapToLong(Long::longValue).sum());
                assertThat(computed.value()).isEqualTo(2L * NUMBERS.size());
                assertThat(events.stagesSubmitted()).allMatch(stage -> stage.attempt() == 0);
            }
        });
    }

    @Test
    void badSettingsAreRefusedAtBuildNamingTheKey() {
        assertThatThrownBy(() -> rivulet(MAX_ATTEMPTS, "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(MAX_ATTEMPTS);
        for (String bad : List.of("x", "0", "1,,2", "-3", "")) {
            assertThatThrownBy(() -> rivulet(FAIL_FETCH, bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(FAIL_FETCH)
                    .hasMessageContaining("'" + bad + "'");
        }
    }

    // ---- jobs and expectations ------------------------------------------------------------------

    private static PairRDD<String, Long> wordCount(Rivulet rv) {
        return wordCount(rv, 3);
    }

    private static PairRDD<String, Long> wordCount(Rivulet rv, int reducers) {
        return rv.parallelize(LINES, 4)
                .flatMap(line -> Arrays.asList(line.split(" ")))
                .mapToPair(word -> Pair.of(word, 1L))
                .reduceByKey(Long::sum, reducers);
    }

    /** Sums by {@code x % 20} (3 partitions), then re-keyed by {@code key % 4} and summed again (2 partitions). */
    private static PairRDD<Long, Long> twoShuffles(Rivulet rv) {
        return rv.parallelize(NUMBERS, 4)
                .mapToPair(x -> Pair.of(x % 20, x))
                .reduceByKey(Long::sum, 3)
                .mapToPair(pair -> Pair.of(pair.key() % 4, pair.value()))
                .reduceByKey(Long::sum, 2);
    }

    private static Map<Long, Long> twoShufflesExpected() {
        return NUMBERS.stream()
                .collect(Collectors.groupingBy(x -> (x % 20) % 4, TreeMap::new, Collectors.summingLong(x -> x)));
    }

    private static List<Pair<Long, Pair<Long, Long>>> expectedJoin() {
        List<Pair<Long, Pair<Long, Long>>> expected = new ArrayList<>();
        for (Long x : NUMBERS) {
            for (Long y : NUMBERS.subList(0, 300)) {
                if (x % 37 == y % 41) {
                    expected.add(Pair.of(x % 37, Pair.of(x, -y)));
                }
            }
        }
        return expected;
    }

    private static List<String> sorted(List<Pair<Long, Pair<Long, Long>>> pairs) {
        return pairs.stream().map(Pair::toString).sorted().toList();
    }

    private static List<String> lines(Random random, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder line = new StringBuilder("w" + random.nextInt(40));
            int words = random.nextInt(12);
            for (int w = 0; w < words; w++) {
                line.append(' ').append('w').append(random.nextInt(40));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** -1, 0 or 1 for a sum's sign; null for no sum (every value of the key was null). */
    private static Integer sign(Integer sum) {
        return sum == null ? null : Integer.signum(sum);
    }

    private static <K, V> List<Pair<K, V>> pairsOf(Map<K, V> map) {
        List<Pair<K, V>> pairs = new ArrayList<>();
        map.forEach((key, value) -> pairs.add(Pair.of(key, value)));
        return pairs;
    }

    private static Rivulet rivulet(String... settings) {
        Rivulet.Builder builder = Rivulet.builder().master("local[2]").appName("recovery");
        for (int i = 0; i < settings.length; i += 2) {
            builder.config(settings[i], settings[i + 1]);
        }
        return builder.build();
    }

    private static RecordingListener listen(Rivulet rv) {
        RecordingListener events = new RecordingListener();
        rv.addListener(events);
        return events;
    }

    /** Stage events as {@code submitted map attempt 0}, {@code failed result attempt 0}, ... */
    private static List<String> stageOutline(RecordingListener events) {
        List<String> outline = new ArrayList<>();
        for (RecordingListener.Event event : events.events()) {
            if (event instanceof RecordingListener.StageSubmitted submitted) {
                outline.add("submitted " + describe(submitted.stage()));
            } else if (event instanceof RecordingListener.StageCompleted completed) {
                String verb = completed.stage().failureReason() == null ? "completed " : "failed ";
                outline.add(verb + describe(completed.stage()));
            }
        }
        return outline;
    }

    private static String describe(StageInfo stage) {
        return (stage.isShuffleMap() ? "map" : "result") + " attempt " + stage.attempt();
    }

    private static List<Integer> attemptsOf(List<StageInfo> submitted, int stageId) {
        return submitted.stream()
                .filter(stage -> stage.stageId() == stageId)
                .map(StageInfo::attempt)
                .toList();
    }

    private static List<TaskInfo> tasksOf(RecordingListener events, int stageId, int stageAttempt) {
        return events.taskEnds().stream()
                .filter(task -> task.stageId() == stageId && task.stageAttempt() == stageAttempt)
                .toList();
    }
}
