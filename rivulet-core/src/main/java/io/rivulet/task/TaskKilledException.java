package io.rivulet.task;

/** Ends a task whose job was cancelled or failed; never counted as a task failure. */
final class TaskKilledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaskKilledException(int stageId, int partitionId) {
        super("task for partition " + partitionId + " of stage " + stageId + " was killed", null, false, false);
    }
}
