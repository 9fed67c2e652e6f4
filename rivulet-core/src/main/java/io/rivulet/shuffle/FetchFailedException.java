package io.rivulet.shuffle;

import io.rivulet.scheduler.TaskContext;

/**
 * A reduce task found a map output of its shuffle missing (never written, released, or its file gone).
 * Not the task's fault, so not counted toward {@code rivulet.task.maxFailures}: the scheduler forgets that
 * output, recomputes it from lineage by re-running the shuffle-map stage that wrote it (its missing maps
 * only), then runs the reading stage's unfinished partitions again.
 *
 * <p>Whoever finds an output unreadable throws this (wrapping the cause); the scheduler needs nothing
 * else. Made on a task's thread, it also marks that task as fetch-failed, so that recovery happens even if
 * code between the read and the task's end catches or wraps it (as Spark's does).
 */
public final class FetchFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int shuffleId;
    private final int mapId;

    public FetchFailedException(int shuffleId, int mapId, String reason, Throwable cause) {
        super("output of map " + mapId + " of shuffle " + shuffleId + " is missing: " + reason, cause);
        this.shuffleId = shuffleId;
        this.mapId = mapId;
        TaskContext task = TaskContext.current();
        if (task != null) {
            task.markFetchFailed(this);
        }
    }

    public int shuffleId() {
        return shuffleId;
    }

    public int mapId() {
        return mapId;
    }
}
