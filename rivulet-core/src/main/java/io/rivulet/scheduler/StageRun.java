package io.rivulet.scheduler;

import io.rivulet.Metrics;
import io.rivulet.StageInfo;
import io.rivulet.shuffle.FetchFailedException;
import java.util.List;
import java.util.Set;

/**
 * One attempt of one stage within one job: the partitions it still has to compute, how many of its tasks
 * run, and whether it failed to read shuffle output (then it only drains: no task of it is launched again,
 * and the job runs the stage's next attempt once the lost output has been recomputed). Confined to the
 * job's thread.
 */
final class StageRun {
    final Stage stage;
    final int attempt;
    final Set<Integer> pending;
    final long submitted;
    Metrics metrics = Metrics.EMPTY;
    int runningTasks;
    /** The first fetch failure of this attempt, or null while it is healthy. */
    FetchFailedException fetchFailure;

    StageRun(Stage stage, int attempt, Set<Integer> pending, long submitted) {
        this.stage = stage;
        this.attempt = attempt;
        this.pending = pending;
        this.submitted = submitted;
    }

    boolean isFailed() {
        return fetchFailure != null;
    }

    StageInfo info(long completed, String failureReason) {
        Metrics reported = completed == 0 ? metrics : metrics.withDurationMillis(completed - submitted);
        List<Integer> parentIds = stage.parents().stream().map(Stage::id).toList();
        return new StageInfo(
                stage.id(),
                attempt,
                stage.name(),
                stage.numTasks(),
                stage.isShuffleMap(),
                parentIds,
                stage.rddInfos(),
                submitted,
                completed,
                failureReason,
                reported);
    }
}
