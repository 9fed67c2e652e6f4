package io.rivulet.shuffle;

import io.rivulet.task.FetchFailure;
import io.rivulet.task.TaskContext;

/**
 * A reduce task found a map output of its shuffle missing (never written, released, or its file gone).
 * Not the task's fault, so not counted toward {@code rivulet.task.maxFailures}: the scheduler forgets that
 * output, recomputes it from lineage by re-running the shuffle-map stage that wrote it (its missing maps
 * only), then runs the reading stage's unfinished partitions again.
 *
 * <p>Whoever finds an output unreadable throws this through {@link #raise}, which first marks the task as
 * fetch-failed on its context, so that recovery happens even if code between the read and the task's end
 * catches or wraps it (as Spark's does).
 */
public final class FetchFailedException extends RuntimeException implements FetchFailure {
    private static final long serialVersionUID = 1L;

    private final int shuffleId;
    private final int mapId;

    private FetchFailedException(int shuffleId, int mapId, String reason, Throwable cause) {
        super("output of map " + mapId + " of shuffle " + shuffleId + " is missing: " + reason, cause);
        this.shuffleId = shuffleId;
        this.mapId = mapId;
    }

    /** Marks {@code context}'s task as fetch-failed and returns the exception for the caller to throw. */
    public static FetchFailedException raise(
            TaskContext context, int shuffleId, int mapId, String reason, Throwable cause) {
        FetchFailedException failure = new FetchFailedException(shuffleId, mapId, reason, cause);
        context.markFetchFailed(failure);
        return failure;
    }

    @Override
    public int shuffleId() {
        return shuffleId;
    }

    @Override
    public int mapId() {
        return mapId;
    }

    @Override
    public RuntimeException exception() {
        return this;
    }
}
