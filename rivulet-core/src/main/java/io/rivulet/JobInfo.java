package io.rivulet;

import java.util.List;
import java.util.Optional;

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
 * @param plan the physical plan of the DataFrame query the job runs, with each operator's metrics as they were
 *     when this record was made (at the job's end: what the job did); empty for a job of RDDs
 */
public record JobInfo(
        int jobId,
        String name,
        List<Integer> stageIds,
        long submissionTimeMillis,
        long completionTimeMillis,
        Status status,
        String failureReason,
        Optional<PlanGraph> plan) {

    public JobInfo {
        stageIds = List.copyOf(stageIds);
        plan = plan == null ? Optional.empty() : plan;
    }

    /** A job without a plan: one of RDDs. */
    public JobInfo(
            int jobId,
            String name,
            List<Integer> stageIds,
            long submissionTimeMillis,
            long completionTimeMillis,
            Status status,
            String failureReason) {
        this(
                jobId,
                name,
                stageIds,
                submissionTimeMillis,
                completionTimeMillis,
                status,
                failureReason,
                Optional.empty());
    }

    public enum Status {
        RUNNING,
        SUCCEEDED,
        FAILED
    }
}
