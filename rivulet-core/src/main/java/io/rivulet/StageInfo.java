package io.rivulet;

import java.util.List;

/**
 * A stage as listeners see it: submitted, then completed (with its metrics) or failed.
 *
 * @param stageId the stage's id; a shuffle-map stage keeps its id in every job that reuses its output
 * @param attempt 0 for the stage's first run in a job, counting up each time the job runs it again because
 *     shuffle output was lost (its own, or the output of a parent that one of its tasks could not read)
 * @param name the operation at the stage's end and where it was called
 * @param numTasks one task per partition that the stage computes
 * @param isShuffleMap whether the stage writes shuffle output (otherwise it computes the job's result)
 * @param parentIds the stages whose shuffle output this one reads
 * @param rddInfos the RDDs pipelined in this stage, the stage's own RDD last
 * @param submissionTimeMillis when it was submitted
 * @param completionTimeMillis when it ended, or 0 while it runs
 * @param failureReason why it failed, or null
 * @param metrics what its tasks did, summed
 */
public record StageInfo(
        int stageId,
        int attempt,
        String name,
        int numTasks,
        boolean isShuffleMap,
        List<Integer> parentIds,
        List<RDDInfo> rddInfos,
        long submissionTimeMillis,
        long completionTimeMillis,
        String failureReason,
        Metrics metrics) {

    public StageInfo {
        parentIds = List.copyOf(parentIds);
        rddInfos = List.copyOf(rddInfos);
    }
}
