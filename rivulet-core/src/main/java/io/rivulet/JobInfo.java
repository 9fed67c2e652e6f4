package io.rivulet;

import java.util.List;

/**
 * A job as listeners see it.
 *
 * @param jobId the job's id, unique within its {@link Rivulet}
 * @param name the action and where it was called, like {@code count at WordCount.java:21}
 * @param stageIds the stages of the job, parents before children (skipped ones included)
 * @param submissionTimeMillis when it started
 * @param completionTimeMillis when it ended, or 0 while it runs
 * @param status running, succeeded or failed
 * @param failureReason why it failed, or null
 */
public record JobInfo(
        int jobId,
        String name,
        List<Integer> stageIds,
        long submissionTimeMillis,
        long completionTimeMillis,
        Status status,
        String failureReason) {

    public JobInfo {
        stageIds = List.copyOf(stageIds);
    }

    public enum Status {
        RUNNING,
        SUCCEEDED,
        FAILED
    }
}
