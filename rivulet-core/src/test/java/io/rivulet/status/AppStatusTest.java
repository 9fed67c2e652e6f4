package io.rivulet.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.JobInfo;
import io.rivulet.Metrics;
import io.rivulet.RDDInfo;
import io.rivulet.StageInfo;
import io.rivulet.StorageLevel;
import io.rivulet.TaskInfo;
import io.rivulet.status.StatusSnapshot.RunStatus;
import io.rivulet.status.StatusSnapshot.StageStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status model fed by hand-made events: attribution of stages to jobs, skipped stages, retention. */
class AppStatusTest {
    private final AppStatus status = new AppStatus(new ApplicationInfo("test", "local[2]", 2, 1000, Map.of()));

    @Test
    void aStageNeverSubmittedInAJobIsSkippedThere() {
        status.onJobStart(job(0, List.of(0, 1), JobInfo.Status.RUNNING));
        status.onStageSubmitted(stage(0, 0, List.of()));
        status.onStageCompleted(stage(0, 0, List.of()));
        status.onStageSubmitted(stage(1, 0, List.of(0)));
        status.onStageCompleted(stage(1, 0, List.of(0)));
        status.onJobEnd(job(0, List.of(0, 1), JobInfo.Status.SUCCEEDED));
        status.onJobStart(job(1, List.of(0, 2), JobInfo.Status.RUNNING));
        // A running job has pending stages, not skipped ones.
        assertThat(status.snapshot().jobs().get(1).skippedStageIds()).isEmpty();
        status.onStageSubmitted(stage(2, 0, List.of(0)));
        status.onJobEnd(job(1, List.of(0, 2), JobInfo.Status.SUCCEEDED));

        StatusSnapshot snapshot = status.snapshot();
        assertThat(snapshot.jobs().get(0).skippedStageIds()).isEmpty();
        assertThat(snapshot.jobs().get(0).runIds()).containsExactly(0, 1);
        assertThat(snapshot.jobs().get(1).skippedStageIds()).containsExactly(0);
        assertThat(snapshot.jobs().get(1).runIds()).containsExactly(2);
        assertThat(snapshot.stages())
                .extracting(StageStatus::status)
                .containsExactly(RunStatus.SUCCEEDED, RunStatus.SUCCEEDED, RunStatus.RUNNING);
    }

    @Test
    void aStageSharedByTwoRunningJobsCountsForBoth() {
        status.onJobStart(job(0, List.of(0, 1), JobInfo.Status.RUNNING));
        status.onJobStart(job(1, List.of(0, 2), JobInfo.Status.RUNNING));
        status.onStageSubmitted(stage(0, 0, List.of()));

        assertThat(status.snapshot().stages().get(0).jobIds()).containsExactly(0, 1);
    }

    @Test
    void tasksGoToTheirStageAttemptAndAreCountedBeyondTheRetainedOnes() {
        status.onJobStart(job(0, List.of(0), JobInfo.Status.RUNNING));
        status.onStageSubmitted(stage(0, 0, List.of()));
        int tasks = AppStatus.MAX_TASKS_PER_RUN + 5;
        for (int i = 0; i < tasks; i++) {
            status.onTaskEnd(task(i, 0, 0, i % 2 == 0 ? "slot-10" : "slot-2", true));
        }
        status.onTaskEnd(task(tasks, 0, 0, "slot-2", false));
        status.onStageSubmitted(stage(0, 1, List.of()));
        status.onTaskEnd(task(tasks + 1, 0, 1, "slot-2", true));

        StatusSnapshot snapshot = status.snapshot();
        StageStatus first = snapshot.stages().get(0);
        assertThat(first.tasksSucceeded()).isEqualTo(tasks);
        assertThat(first.tasksFailed()).isEqualTo(1);
        assertThat(first.taskMetrics().recordsRead()).isEqualTo(10L * tasks);
        assertThat(status.tasks(first.runId())).hasSize(AppStatus.MAX_TASKS_PER_RUN);
        assertThat(first.taskDurations()).hasSize(AppStatus.MAX_TASKS_PER_RUN).containsOnly(5L);
        assertThat(snapshot.stages().get(1).tasksSucceeded()).isEqualTo(1);
        assertThat(snapshot.jobs().get(0).tasksSucceeded()).isEqualTo(tasks + 1);
        // Slots in their numeric order, not as strings sort.
        assertThat(snapshot.slots()).extracting(StatusSnapshot.SlotStatus::name).containsExactly("slot-2", "slot-10");
        assertThat(snapshot.taskBars())
                .hasSize(AppStatus.MAX_TASK_BARS > tasks + 2 ? tasks + 2 : AppStatus.MAX_TASK_BARS);
        assertThat(status.tasks(99)).isEmpty();
    }

    @Test
    void oldJobsAndStageRunsAreDroppedBeyondTheLimits() {
        for (int i = 0; i < AppStatus.MAX_STAGE_RUNS + 10; i++) {
            status.onJobStart(job(i, List.of(i), JobInfo.Status.RUNNING));
            status.onStageSubmitted(stage(i, 0, List.of()));
            status.onJobEnd(job(i, List.of(i), JobInfo.Status.SUCCEEDED));
        }

        StatusSnapshot snapshot = status.snapshot();
        assertThat(snapshot.jobs()).hasSize(AppStatus.MAX_JOBS);
        assertThat(snapshot.jobs().get(0).info().jobId()).isEqualTo(AppStatus.MAX_STAGE_RUNS + 10 - AppStatus.MAX_JOBS);
        assertThat(snapshot.stages()).hasSize(AppStatus.MAX_STAGE_RUNS);
        assertThat(snapshot.stages().get(0).runId()).isEqualTo(10);
    }

    @Test
    void liveStorageIsAskedForUntilTheEndThenKept() {
        List<io.rivulet.RDDStorageInfo> cached =
                List.of(new io.rivulet.RDDStorageInfo(3, "counts", StorageLevel.MEMORY_ONLY, 4, 4, 100, 0));
        AppStatus liveStatus = new AppStatus(status.app(), () -> cached);
        assertThat(liveStatus.snapshot().storage()).isEqualTo(cached);

        liveStatus.onApplicationEnd(2000, List.of());

        assertThat(liveStatus.snapshot().storage()).isEmpty();
        assertThat(liveStatus.snapshot().endTimeMillis()).isEqualTo(2000);
    }

    static JobInfo job(int id, List<Integer> stageIds, JobInfo.Status jobStatus) {
        boolean ended = jobStatus != JobInfo.Status.RUNNING;
        return new JobInfo(id, "count at Job.java:" + id, stageIds, 1000 + id, ended ? 2000 + id : 0, jobStatus, null);
    }

    static StageInfo stage(int id, int attempt, List<Integer> parents) {
        RDDInfo rdd = new RDDInfo(id, "map", "Job.java:" + id, List.of(), List.of(), 2, StorageLevel.NONE);
        return new StageInfo(
                id, attempt, "map at Job.java:1", 2, true, parents, List.of(rdd), 1100, 0, null, Metrics.EMPTY);
    }

    static TaskInfo task(long id, int stageId, int stageAttempt, String slot, boolean ok) {
        return new TaskInfo(
                id,
                0,
                stageId,
                stageAttempt,
                (int) id,
                0,
                slot,
                1200,
                1205,
                ok,
                ok ? null : "boom",
                new Metrics(10, 1, 0, 0, 0, 5));
    }
}
