package io.rivulet;

/**
 * One task attempt that ended.
 *
 * @param taskId unique within its {@link Rivulet}
 * @param jobId the job that ran it
 * @param stageId its stage
 * @param stageAttempt the stage's attempt
 * @param partition the partition it computed
 * @param attempt 0 for the first try of that partition, counting up on retries
 * @param slot the worker slot (thread) it ran on
 * @param launchTimeMillis when it started
 * @param finishTimeMillis when it ended
 * @param successful whether it succeeded
 * @param failureReason the exception it failed with, as text, or null
 * @param metrics what it did
 */
public record TaskInfo(
        long taskId,
        int jobId,
        int stageId,
        int stageAttempt,
        int partition,
        int attempt,
        String slot,
        long launchTimeMillis,
        long finishTimeMillis,
        boolean successful,
        String failureReason,
        Metrics metrics) {}
