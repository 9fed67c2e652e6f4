package io.rivulet;

/**
 * Thrown by an action whose job failed. The message names the stage and partition whose task failed for
 * the last time; {@link #getCause()} is the exception the user's code threw in that last attempt.
 */
public final class JobFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int jobId;
    private final int stageId;
    private final int partition;

    public JobFailedException(String message, int jobId, int stageId, int partition, Throwable cause) {
        super(message, cause);
        this.jobId = jobId;
        this.stageId = stageId;
        this.partition = partition;
    }

    public int jobId() {
        return jobId;
    }

    /** The stage whose task failed, or -1 when the job failed for another reason (cancelled, say). */
    public int stageId() {
        return stageId;
    }

    /** The partition whose task failed, or -1 when the job failed for another reason. */
    public int partition() {
        return partition;
    }
}
