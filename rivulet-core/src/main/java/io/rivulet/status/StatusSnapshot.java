package io.rivulet.status;

import io.rivulet.JobInfo;
import io.rivulet.Metrics;
import io.rivulet.RDDStorageInfo;
import io.rivulet.SpillInfo;
import io.rivulet.StageInfo;
import java.util.List;

/**
 * An immutable copy of an {@link AppStatus} at one moment, for rendering without holding its lock. Values
 * compare by content, so a model replayed from an event log can be compared with the live one.
 *
 * @param app the application
 * @param endTimeMillis when it was closed, or 0 while it runs
 * @param jobs the retained jobs, oldest first
 * @param stages the retained stage runs (one per submitted stage attempt), in submission order
 * @param storage the persisted RDDs and what they hold
 * @param slots what each worker slot did, in slot order
 * @param spills how much was spilled, with the latest spills
 * @param taskBars the latest tasks, for drawing them on their slots over time
 */
public record StatusSnapshot(
        ApplicationInfo app,
        long endTimeMillis,
        List<JobStatus> jobs,
        List<StageStatus> stages,
        List<RDDStorageInfo> storage,
        List<SlotStatus> slots,
        SpillSummary spills,
        List<TaskBar> taskBars) {

    public StatusSnapshot {
        jobs = List.copyOf(jobs);
        stages = List.copyOf(stages);
        storage = List.copyOf(storage);
        slots = List.copyOf(slots);
        taskBars = List.copyOf(taskBars);
    }

    /** Where a stage run is. Skipping is a property of a job (a stage it lists but did not run), not of a run. */
    public enum RunStatus {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /**
     * One job.
     *
     * @param info its latest event (the end event once it ended)
     * @param runIds the stage runs submitted for it
     * @param skippedStageIds stages it lists but never submitted, because their output existed (empty while it runs)
     * @param tasksSucceeded its tasks that succeeded
     * @param tasksFailed its task attempts that failed
     */
    public record JobStatus(
            JobInfo info, List<Integer> runIds, List<Integer> skippedStageIds, int tasksSucceeded, int tasksFailed) {
        public JobStatus {
            runIds = List.copyOf(runIds);
            skippedStageIds = List.copyOf(skippedStageIds);
        }
    }

    /**
     * One attempt of one stage, as submitted once.
     *
     * @param runId this run's number in the model (stage ids repeat: a shuffle-map stage keeps its id in every job)
     * @param info its latest event: as submitted, then as completed
     * @param status running, succeeded or failed
     * @param jobIds the jobs it ran for
     * @param tasksSucceeded its tasks that succeeded
     * @param tasksFailed its task attempts that failed
     * @param taskMetrics its successful tasks' metrics summed so far (durations summed too)
     * @param taskDurations the run times of its first successful tasks (at most {@link AppStatus#MAX_TASKS_PER_RUN})
     */
    public record StageStatus(
            int runId,
            StageInfo info,
            RunStatus status,
            List<Integer> jobIds,
            int tasksSucceeded,
            int tasksFailed,
            Metrics taskMetrics,
            List<Long> taskDurations) {
        public StageStatus {
            jobIds = List.copyOf(jobIds);
            taskDurations = List.copyOf(taskDurations);
        }
    }

    /** One worker slot: the tasks it ran and how long it was busy with them. */
    public record SlotStatus(String name, int tasks, int failedTasks, long busyMillis) {}

    /** All spills counted, the latest ones kept. */
    public record SpillSummary(long count, long bytes, List<SpillInfo> recent) {
        public SpillSummary {
            recent = List.copyOf(recent);
        }
    }

    /** A task on its slot in time. */
    public record TaskBar(int runId, String slot, long launchTimeMillis, long finishTimeMillis, boolean successful) {}
}
