package io.rivulet.testing;

import io.rivulet.JobInfo;
import io.rivulet.JobListener;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link JobListener} that keeps every event it receives, in order, for tests to inspect. Thread-safe: jobs
 * of several threads may report to it at once.
 */
public final class RecordingListener implements JobListener {
    /** One received event. */
    public sealed interface Event permits JobStart, JobEnd, StageSubmitted, StageCompleted, TaskEnd {}

    public record JobStart(JobInfo job) implements Event {}

    public record JobEnd(JobInfo job) implements Event {}

    public record StageSubmitted(StageInfo stage) implements Event {}

    public record StageCompleted(StageInfo stage) implements Event {}

    public record TaskEnd(TaskInfo task) implements Event {}

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void onJobStart(JobInfo job) {
        events.add(new JobStart(job));
    }

    @Override
    public void onJobEnd(JobInfo job) {
        events.add(new JobEnd(job));
    }

    @Override
    public void onStageSubmitted(StageInfo stage) {
        events.add(new StageSubmitted(stage));
    }

    @Override
    public void onStageCompleted(StageInfo stage) {
        events.add(new StageCompleted(stage));
    }

    @Override
    public void onTaskEnd(TaskInfo task) {
        events.add(new TaskEnd(task));
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public void clear() {
        events.clear();
    }

    public List<JobInfo> jobStarts() {
        List<JobInfo> result = new ArrayList<>();
        for (Event event : events) {
            if (event instanceof JobStart start) {
                result.add(start.job());
            }
        }
        return result;
    }

    public List<JobInfo> jobEnds() {
        List<JobInfo> result = new ArrayList<>();
        for (Event event : events) {
            if (event instanceof JobEnd end) {
                result.add(end.job());
            }
        }
        return result;
    }

    public List<StageInfo> stagesSubmitted() {
        List<StageInfo> result = new ArrayList<>();
        for (Event event : events) {
            if (event instanceof StageSubmitted submitted) {
                result.add(submitted.stage());
            }
        }
        return result;
    }

    public List<StageInfo> stagesCompleted() {
        List<StageInfo> result = new ArrayList<>();
        for (Event event : events) {
            if (event instanceof StageCompleted completed) {
                result.add(completed.stage());
            }
        }
        return result;
    }

    public List<TaskInfo> taskEnds() {
        List<TaskInfo> result = new ArrayList<>();
        for (Event event : events) {
            if (event instanceof TaskEnd end) {
                result.add(end.task());
            }
        }
        return result;
    }

    /** The task ends of one job. */
    public List<TaskInfo> taskEnds(int jobId) {
        List<TaskInfo> result = new ArrayList<>();
        for (TaskInfo task : taskEnds()) {
            if (task.jobId() == jobId) {
                result.add(task);
            }
        }
        return result;
    }

    /** The ids of the jobs that started, in order. */
    public List<Integer> jobIds() {
        return jobStarts().stream().map(JobInfo::jobId).toList();
    }

    /** The events without task ends, as short strings like {@code jobStart 0}, {@code stageSubmitted 1}. */
    public List<String> outline() {
        List<String> result = new ArrayList<>();
        for (Event event : events) {
            if (event instanceof JobStart start) {
                result.add("jobStart " + start.job().jobId());
            } else if (event instanceof JobEnd end) {
                result.add("jobEnd " + end.job().jobId() + " " + end.job().status());
            } else if (event instanceof StageSubmitted submitted) {
                result.add("stageSubmitted " + submitted.stage().stageId());
            } else if (event instanceof StageCompleted completed) {
                result.add("stageCompleted " + completed.stage().stageId());
            }
        }
        return result;
    }

    /** The partitions that the task ends of one stage name, sorted, without repeats. */
    public Set<Integer> partitionsOfStage(int stageId) {
        Set<Integer> result = new TreeSet<>();
        for (TaskInfo task : taskEnds()) {
            if (task.stageId() == stageId) {
                result.add(task.partition());
            }
        }
        return result;
    }
}
