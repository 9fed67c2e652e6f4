package io.rivulet.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.JobFailedException;
import io.rivulet.JobInfo;
import io.rivulet.JobListener;
import io.rivulet.Metrics;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import io.rivulet.testing.RecordingListener;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a {@link io.rivulet.JobListener} sees of jobs, stages and tasks: order, shapes, names and metrics. */
class SchedulerEventsTest {
    private Rivulet rv;
    private RecordingListener events;
    private int lastLine;

    @BeforeEach
    void start() {
        rv = Rivulet.builder()
                .master("local[2]")
                .appName("events")
                .config("rivulet.task.maxFailures", "3")
                .build();
        events = new RecordingListener();
        rv.addListener(events);
    }

    @AfterEach
    void stop() {
        rv.close();
    }

    /** Returns {@code value} and remembers the line of the call, to check call sites against. */
    private <T> T here(T value) {
        lastLine = StackWalker.getInstance()
                .walk(frames -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
        return value;
    }

    @Test
    void wordCountRunsAMapStageThenAResultStageWithTheirMetrics() {
        PairRDD<String, Long> counts = rv.parallelize(List.of("a b c", "a b", "a", "c c"), 3)
                .flatMap(line -> Arrays.asList(line.split(" ")))
                .mapToPair(word -> Pair.of(word, 1L))
                .reduceByKey(Long::sum, 2);

        List<Pair<String, Long>> result = counts.collect();

        assertThat(result).containsExactlyInAnyOrder(Pair.of("a", 3L), Pair.of("b", 2L), Pair.of("c", 3L));
        List<StageInfo> submitted = events.stagesSubmitted();
        assertThat(submitted).hasSize(2);
        StageInfo map = submitted.get(0);
        StageInfo reduce = submitted.get(1);
        JobInfo job = events.jobStarts().get(0);
        assertThat(events.outline())
                .containsExactly(
                        "jobStart " + job.jobId(),
                        "stageSubmitted " + map.stageId(),
                        "stageCompleted " + map.stageId(),
                        "stageSubmitted " + reduce.stageId(),
                        "stageCompleted " + reduce.stageId(),
                        "jobEnd " + job.jobId() + " SUCCEEDED");
        assertThat(job.stageIds()).containsExactly(map.stageId(), reduce.stageId());

        assertThat(map.isShuffleMap()).isTrue();
        assertThat(map.numTasks()).isEqualTo(3);
        assertThat(map.parentIds()).isEmpty();
        assertThat(map.attempt()).isZero();
        assertThat(map.name()).matches("mapToPair at SchedulerEventsTest\\.java:\\d+");
        assertThat(reduce.isShuffleMap()).isFalse();
        assertThat(reduce.numTasks()).isEqualTo(2);
        assertThat(reduce.parentIds()).containsExactly(map.stageId());
        assertThat(reduce.name()).matches("collect at SchedulerEventsTest\\.java:\\d+");
        assertThat(job.name()).isEqualTo(reduce.name());

        StageInfo mapDone = completed(map.stageId());
        StageInfo reduceDone = completed(reduce.stageId());
        assertThat(mapDone.failureReason()).isNull();
        assertThat(mapDone.completionTimeMillis()).isGreaterThanOrEqualTo(mapDone.submissionTimeMillis());
        // 4 lines read; map-side combining writes one record per distinct word of each partition:
        // {a, b, c}, {a, b} and {a, c}.
        Metrics mapMetrics = mapDone.metrics();
        assertThat(mapMetrics.recordsRead()).isEqualTo(4);
        assertThat(mapMetrics.recordsWritten()).isEqualTo(7);
        assertThat(mapMetrics.shuffleWriteBytes()).isPositive();
        assertThat(mapMetrics.shuffleReadBytes()).isZero();
        assertThat(mapMetrics.durationMillis()).isNotNegative();
        Metrics reduceMetrics = reduceDone.metrics();
        assertThat(reduceMetrics.recordsRead()).isEqualTo(7);
        assertThat(reduceMetrics.shuffleReadBytes()).isEqualTo(mapMetrics.shuffleWriteBytes());
        assertThat(reduceMetrics.shuffleWriteBytes()).isZero();
        assertThat(reduceMetrics.durationMillis()).isNotNegative();
    }

    @Test
    void everyTaskReportsOnceBetweenItsStageSubmissionAndCompletion() {
        PairRDD<Long, Long> sums =
                rv.range(0, 100, 1, 4).mapToPair(x -> Pair.of(x % 5, x)).reduceByKey(Long::sum, 3);

        sums.count();

        List<TaskInfo> tasks = events.taskEnds();
        assertThat(tasks).hasSize(4 + 3);
        assertThat(tasks).allMatch(TaskInfo::successful).allMatch(task -> task.attempt() == 0);
        assertThat(tasks.stream().map(TaskInfo::taskId).distinct()).hasSize(7);
        StageInfo map = events.stagesSubmitted().get(0);
        StageInfo reduce = events.stagesSubmitted().get(1);
        assertThat(events.partitionsOfStage(map.stageId())).containsExactly(0, 1, 2, 3);
        assertThat(events.partitionsOfStage(reduce.stageId())).containsExactly(0, 1, 2);
        List<RecordingListener.Event> all = events.events();
        for (TaskInfo task : tasks) {
            int at = all.indexOf(new RecordingListener.TaskEnd(task));
            int submittedAt = indexOfSubmission(all, task.stageId());
            int completedAt = indexOfCompletion(all, task.stageId());
            assertThat(at).isBetween(submittedAt, completedAt);
            assertThat(task.finishTimeMillis()).isGreaterThanOrEqualTo(task.launchTimeMillis());
            assertThat(task.slot()).startsWith("rivulet-events-slot-");
        }
        // A stage's record counts are the sums of its tasks'.
        for (StageInfo stage : events.stagesCompleted()) {
            long read = tasks.stream()
                    .filter(task -> task.stageId() == stage.stageId())
                    .mapToLong(task -> task.metrics().recordsRead())
                    .sum();
            assertThat(stage.metrics().recordsRead()).isEqualTo(read);
        }
    }

    @Test
    void stageNamesNameTheOperationAndTheLineThatCalledIt() {
        PairRDD<String, Long> pairs = here(rv.parallelize(List.of("x", "y"), 2).mapToPair(w -> Pair.of(w, 1L)));
        int pairsLine = lastLine;
        PairRDD<String, Long> counts = pairs.reduceByKey(Long::sum);

        long n = here(counts.count());
        int countLine = lastLine;

        assertThat(n).isEqualTo(2);
        assertThat(events.stagesSubmitted())
                .extracting(StageInfo::name)
                .containsExactly(
                        "mapToPair at SchedulerEventsTest.java:" + pairsLine,
                        "count at SchedulerEventsTest.java:" + countLine);
        assertThat(events.jobStarts().get(0).name()).isEqualTo("count at SchedulerEventsTest.java:" + countLine);
    }

    @Test
    void aStageBetweenTwoShufflesIsNamedAfterTheShuffleItReads() {
        PairRDD<String, Long> words =
                rv.parallelize(List.of("a", "b", "a", "c"), 2).mapToPair(w -> Pair.of(w, 1L));
        PairRDD<String, Long> counts = here(words.reduceByKey(Long::sum, 2));
        int reduceLine = lastLine;

        long groups = here(counts.groupByKey(3).count());
        int countLine = lastLine;

        assertThat(groups).isEqualTo(3);
        List<StageInfo> stages = events.stagesSubmitted();
        assertThat(stages)
                .extracting(StageInfo::name)
                .containsExactly(
                        stages.get(0).name(),
                        "reduceByKey at SchedulerEventsTest.java:" + reduceLine,
                        "count at SchedulerEventsTest.java:" + countLine);
        assertThat(stages.get(0).name()).startsWith("mapToPair at SchedulerEventsTest.java:");
        assertThat(stages).extracting(StageInfo::isShuffleMap).containsExactly(true, true, false);
        assertThat(stages).extracting(StageInfo::numTasks).containsExactly(2, 2, 3);
        assertThat(stages.get(0).parentIds()).isEmpty();
        assertThat(stages.get(1).parentIds()).containsExactly(stages.get(0).stageId());
        assertThat(stages.get(2).parentIds()).containsExactly(stages.get(1).stageId());
    }

    @Test
    void aSecondActionOnTheSameShuffleSkipsItsMapStage() {
        PairRDD<Long, Long> sums =
                rv.range(0, 100, 1, 4).mapToPair(x -> Pair.of(x % 5, x)).reduceByKey(Long::sum, 3);
        Map<Long, Long> expected = LongStream.range(0, 100)
                .boxed()
                .collect(Collectors.groupingBy(x -> x % 5, Collectors.summingLong(x -> x)));
        assertThat(sums.collectAsMap()).isEqualTo(expected);
        StageInfo map = events.stagesSubmitted().get(0);
        assertThat(map.isShuffleMap()).isTrue();
        assertThat(events.taskEnds()).hasSize(7);
        events.clear();

        assertThat(sums.count()).isEqualTo(5);
        assertThat(sums.mapValues(v -> v * 2).collectAsMap()).hasSize(5);

        assertThat(events.stagesSubmitted()).hasSize(2).noneMatch(StageInfo::isShuffleMap);
        assertThat(events.stagesCompleted())
                .hasSize(2)
                .noneMatch(StageInfo::isShuffleMap)
                .noneMatch(stage -> stage.stageId() == map.stageId());
        assertThat(events.taskEnds()).hasSize(3 + 3).noneMatch(task -> task.stageId() == map.stageId());
        // The skipped stage is still part of each job, as in Spark's UI.
        assertThat(events.jobStarts()).allMatch(job -> job.stageIds().contains(map.stageId()));
        assertThat(events.jobEnds()).allMatch(job -> job.status() == JobInfo.Status.SUCCEEDED);
    }

    @Test
    void twoIndependentShufflesBothRunBeforeTheJoinStage() {
        PairRDD<Long, String> left = rv.range(0, 20, 1, 2).mapToPair(x -> Pair.of(x % 4, "L" + x));
        PairRDD<Long, String> right = rv.range(0, 30, 1, 3).mapToPair(x -> Pair.of(x % 4, "R" + x));

        long joined = left.join(right, 2).count();

        // Each key has 5 values on the left; keys 0 and 1 have 8 on the right, keys 2 and 3 have 7.
        assertThat(joined).isEqualTo(5 * (8 + 8 + 7 + 7));
        List<StageInfo> submitted = events.stagesSubmitted();
        assertThat(submitted).hasSize(3);
        StageInfo leftMap = submitted.get(0);
        StageInfo rightMap = submitted.get(1);
        StageInfo join = submitted.get(2);
        assertThat(leftMap.isShuffleMap()).isTrue();
        assertThat(leftMap.numTasks()).isEqualTo(2);
        assertThat(rightMap.isShuffleMap()).isTrue();
        assertThat(rightMap.numTasks()).isEqualTo(3);
        assertThat(join.isShuffleMap()).isFalse();
        assertThat(join.numTasks()).isEqualTo(2);
        assertThat(join.parentIds()).containsExactlyInAnyOrder(leftMap.stageId(), rightMap.stageId());
        List<String> outline = events.outline();
        // Both map stages are submitted together (they are independent); the join waits for both.
        assertThat(outline.subList(1, 3))
                .containsExactly("stageSubmitted " + leftMap.stageId(), "stageSubmitted " + rightMap.stageId());
        assertThat(outline.subList(3, 5))
                .containsExactlyInAnyOrder(
                        "stageCompleted " + leftMap.stageId(), "stageCompleted " + rightMap.stageId());
        assertThat(outline.subList(5, 7))
                .containsExactly("stageSubmitted " + join.stageId(), "stageCompleted " + join.stageId());
        assertThat(completed(join.stageId()).metrics().shuffleReadBytes())
                .isEqualTo(completed(leftMap.stageId()).metrics().shuffleWriteBytes()
                        + completed(rightMap.stageId()).metrics().shuffleWriteBytes());
    }

    @Test
    void aJoinOfCoPartitionedInputsAddsNoShuffleOfItsOwn() {
        PairRDD<Long, Long> left =
                rv.range(0, 20, 1, 2).mapToPair(x -> Pair.of(x % 4, x)).reduceByKey(Long::sum, 2);
        PairRDD<Long, Long> right =
                rv.range(0, 30, 1, 3).mapToPair(x -> Pair.of(x % 4, x)).reduceByKey(Long::sum, 2);

        assertThat(left.join(right).count()).isEqualTo(4);

        List<StageInfo> submitted = events.stagesSubmitted();
        assertThat(submitted).hasSize(3);
        assertThat(submitted.get(2).parentIds())
                .containsExactlyInAnyOrder(
                        submitted.get(0).stageId(), submitted.get(1).stageId());
    }

    @Test
    void aChainOfNarrowTransformationsStaysInOneStage() {
        RDD<Long> chain = rv.range(0, 1000, 1, 4)
                .map(x -> x + 1)
                .filter(x -> x % 2 == 0)
                .flatMap(x -> List.of(x, x))
                .map(x -> x * 3);

        assertThat(chain.count()).isEqualTo(1000);

        assertThat(events.stagesSubmitted()).hasSize(1);
        assertThat(events.stagesCompleted()).hasSize(1);
        StageInfo stage = events.stagesCompleted().get(0);
        assertThat(stage.isShuffleMap()).isFalse();
        assertThat(stage.numTasks()).isEqualTo(4);
        assertThat(stage.parentIds()).isEmpty();
        assertThat(stage.rddInfos()).hasSize(5);
        assertThat(stage.metrics().recordsRead()).isEqualTo(1000);
        assertThat(events.taskEnds()).hasSize(4);
    }

    @Test
    void failedAttemptsEachReportATaskEndMarkedUnsuccessful() {
        RDD<Long> failing = rv.range(0, 10, 1, 2).map(x -> {
            if (x >= 5) {
                throw new IllegalStateException("bad element " + x);
            }
            return x;
        });

        assertThatThrownBy(failing::count).isInstanceOf(JobFailedException.class);

        StageInfo stage = events.stagesSubmitted().get(0);
        List<TaskInfo> partitionOne =
                events.taskEnds().stream().filter(task -> task.partition() == 1).toList();
        assertThat(partitionOne).extracting(TaskInfo::attempt).containsExactly(0, 1, 2);
        assertThat(partitionOne).noneMatch(TaskInfo::successful);
        assertThat(partitionOne)
                .allSatisfy(task -> assertThat(task.failureReason())
                        .contains("IllegalStateException")
                        .contains("bad element 5"));
        // Partition 0 ran once, or never if the job was aborted before a slot picked it up.
        assertThat(events.taskEnds().stream().filter(task -> task.partition() == 0))
                .hasSizeLessThanOrEqualTo(1);
        StageInfo failed = completed(stage.stageId());
        assertThat(failed.failureReason()).contains("partition 1").contains("bad element 5");
        JobInfo end = events.jobEnds().get(0);
        assertThat(end.status()).isEqualTo(JobInfo.Status.FAILED);
        assertThat(end.failureReason()).contains("partition 1");
    }

    @Test
    void aRetriedAttemptThatSucceedsReportsBothAttempts() {
        AtomicInteger firstTries = new AtomicInteger();
        RDD<Long> flaky = rv.range(0, 10, 1, 2).map(x -> {
            if (x == 7 && firstTries.getAndIncrement() == 0) {
                throw new IllegalStateException("first try of element 7");
            }
            return x;
        });

        assertThat(flaky.count()).isEqualTo(10);

        List<TaskInfo> partitionOne =
                events.taskEnds().stream().filter(task -> task.partition() == 1).toList();
        assertThat(partitionOne).extracting(TaskInfo::attempt).containsExactly(0, 1);
        assertThat(partitionOne).extracting(TaskInfo::successful).containsExactly(false, true);
        StageInfo done = events.stagesCompleted().get(0);
        assertThat(done.failureReason()).isNull();
        // Only successful attempts count in the stage's metrics.
        assertThat(done.metrics().recordsRead()).isEqualTo(10);
        assertThat(events.jobEnds().get(0).status()).isEqualTo(JobInfo.Status.SUCCEEDED);
    }

    @Test
    void aListenerThatThrowsIsIgnoredAndOthersStillHearEverything() {
        rv.addListener(new JobListener() {
            @Override
            public void onStageSubmitted(StageInfo stage) {
                throw new IllegalStateException("a broken listener");
            }

            @Override
            public void onTaskEnd(TaskInfo task) {
                throw new IllegalStateException("a broken listener");
            }
        });
        RecordingListener later = new RecordingListener();
        rv.addListener(later);

        assertThat(rv.range(0, 100, 1, 4).count()).isEqualTo(100);

        assertThat(later.outline()).isEqualTo(events.outline()).hasSize(4);
        assertThat(later.taskEnds()).hasSize(4);
    }

    @Test
    void aJobOverNoPartitionsRunsNoStageAsInSpark() {
        RDD<Long> empty = rv.emptyRDD();

        assertThat(empty.count()).isZero();

        assertThat(events.stagesSubmitted()).isEmpty();
        assertThat(events.stagesCompleted()).isEmpty();
        assertThat(events.taskEnds()).isEmpty();
        assertThat(events.jobStarts())
                .singleElement()
                .satisfies(job -> assertThat(job.stageIds()).isEmpty());
        assertThat(events.jobEnds())
                .singleElement()
                .satisfies(job -> assertThat(job.status()).isEqualTo(JobInfo.Status.SUCCEEDED));
    }

    @Test
    void aListenerRemovedHearsNoMore() {
        assertThat(rv.range(0, 10, 1, 2).count()).isEqualTo(10);
        rv.removeListener(events);
        int heard = events.events().size();

        assertThat(rv.range(0, 10, 1, 2).count()).isEqualTo(10);

        assertThat(events.events()).hasSize(heard);
    }

    private StageInfo completed(int stageId) {
        return events.stagesCompleted().stream()
                .filter(stage -> stage.stageId() == stageId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("stage " + stageId + " did not complete: " + events.outline()));
    }

    private static int indexOfSubmission(List<RecordingListener.Event> all, int stageId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof RecordingListener.StageSubmitted submitted
                    && submitted.stage().stageId() == stageId) {
                return i;
            }
        }
        throw new AssertionError("stage " + stageId + " was not submitted");
    }

    private static int indexOfCompletion(List<RecordingListener.Event> all, int stageId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof RecordingListener.StageCompleted completed
                    && completed.stage().stageId() == stageId) {
                return i;
            }
        }
        throw new AssertionError("stage " + stageId + " did not complete");
    }
}
