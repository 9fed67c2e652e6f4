package io.rivulet.spark;

import io.rivulet.JobInfo;
import io.rivulet.Metrics;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import io.rivulet.scheduler.ListenerBus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.JobSucceeded$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.Option;

/**
 * Spark's listener events as Rivulet's ({@code JobListener}): job start and end, stage submitted and completed,
 * task end, with the metrics Rivulet reports, posted to the {@code Rivulet}'s listener bus (from Spark's listener
 * thread), so that listeners, the console progress bar and the event log follow jobs on the cluster. Only the
 * jobs of the runner that registered it are reported ({@code rivulet.runner} local property).
 *
 * <p>Spark has no "shuffle map" flag on its stage events: the stage of a job with the highest id is the result
 * stage (Spark makes parents first), the others write shuffles.
 */
final class SparkEvents extends SparkListener {
    /** The local property naming the runner whose job it is. */
    static final String RUNNER_PROPERTY = "rivulet.runner";

    private final ListenerBus bus;
    private final String runnerId;
    private final Map<Integer, JobState> jobs = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> jobOfStage = new ConcurrentHashMap<>();

    private record JobState(String name, List<Integer> stageIds, long start, int resultStage) {}

    SparkEvents(ListenerBus bus, String runnerId) {
        this.bus = bus;
        this.runnerId = runnerId;
    }

    private boolean ours(Properties properties) {
        return properties != null && runnerId.equals(properties.getProperty(RUNNER_PROPERTY));
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        if (!ours(start.properties())) {
            return;
        }
        List<Integer> stageIds = new ArrayList<>();
        for (Object id : scala.jdk.javaapi.CollectionConverters.asJava(start.stageIds())) {
            stageIds.add((Integer) id);
        }
        stageIds.sort(null);
        String name = start.properties().getProperty("callSite.short", "job " + start.jobId());
        int resultStage = stageIds.isEmpty() ? -1 : stageIds.get(stageIds.size() - 1);
        JobState job = new JobState(name, stageIds, start.time(), resultStage);
        jobs.put(start.jobId(), job);
        for (int stage : stageIds) {
            jobOfStage.put(stage, start.jobId());
        }
        bus.jobStart(new JobInfo(start.jobId(), name, stageIds, start.time(), 0, JobInfo.Status.RUNNING, null));
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd end) {
        JobState job = jobs.remove(end.jobId());
        if (job == null) {
            return;
        }
        job.stageIds().forEach(jobOfStage::remove);
        boolean succeeded = end.jobResult() == JobSucceeded$.MODULE$;
        bus.jobEnd(new JobInfo(
                end.jobId(),
                job.name(),
                job.stageIds(),
                job.start(),
                end.time(),
                succeeded ? JobInfo.Status.SUCCEEDED : JobInfo.Status.FAILED,
                succeeded ? null : String.valueOf(end.jobResult())));
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        StageInfo stage = stage(submitted.stageInfo(), false);
        if (stage != null) {
            bus.stageSubmitted(stage);
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        StageInfo stage = stage(completed.stageInfo(), true);
        if (stage != null) {
            bus.stageCompleted(stage);
        }
    }

    private StageInfo stage(org.apache.spark.scheduler.StageInfo spark, boolean completed) {
        Integer jobId = jobOfStage.get(spark.stageId());
        JobState job = jobId == null ? null : jobs.get(jobId);
        if (job == null) {
            return null;
        }
        List<Integer> parents = new ArrayList<>();
        for (Object id : scala.jdk.javaapi.CollectionConverters.asJava(spark.parentIds())) {
            parents.add((Integer) id);
        }
        return new StageInfo(
                spark.stageId(),
                spark.attemptNumber(),
                spark.name(),
                spark.numTasks(),
                spark.stageId() != job.resultStage(),
                parents,
                List.of(),
                millis(spark.submissionTime()),
                completed ? millis(spark.completionTime()) : 0,
                spark.failureReason().isDefined() ? spark.failureReason().get() : null,
                completed ? metrics(spark.taskMetrics()) : Metrics.EMPTY);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        Integer jobId = jobOfStage.get(end.stageId());
        if (jobId == null) {
            return;
        }
        org.apache.spark.scheduler.TaskInfo task = end.taskInfo();
        bus.taskEnd(new TaskInfo(
                task.taskId(),
                jobId,
                end.stageId(),
                end.stageAttemptId(),
                task.partitionId(),
                task.attemptNumber(),
                "executor " + task.executorId() + " on " + task.host(),
                task.launchTime(),
                task.finishTime(),
                task.successful(),
                task.successful() ? null : String.valueOf(end.reason()),
                metrics(end.taskMetrics())));
    }

    private static long millis(Option<Object> time) {
        return time.isDefined() ? (Long) time.get() : 0;
    }

    private static Metrics metrics(TaskMetrics spark) {
        if (spark == null) {
            return Metrics.EMPTY;
        }
        return new Metrics(
                spark.inputMetrics().recordsRead() + spark.shuffleReadMetrics().recordsRead(),
                spark.outputMetrics().recordsWritten()
                        + spark.shuffleWriteMetrics().recordsWritten(),
                spark.shuffleReadMetrics().totalBytesRead(),
                spark.shuffleWriteMetrics().bytesWritten(),
                spark.diskBytesSpilled(),
                spark.executorRunTime());
    }
}
