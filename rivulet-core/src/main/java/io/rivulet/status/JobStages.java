package io.rivulet.status;

import io.rivulet.JobInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which running jobs a submitted stage belongs to, and which stages of a job never ran in it (were skipped
 * because their shuffle output existed already). Stage events name no job, so a stage is attributed to every
 * running job that lists it: a shuffle-map stage shared by two jobs running at once counts for both.
 *
 * <p>Not thread-safe: its owner serializes calls (listener events are delivered one at a time).
 */
final class JobStages {
    private record Running(List<Integer> stageIds, Set<Integer> submitted) {}

    private final Map<Integer, Running> running = new LinkedHashMap<>();

    void jobStarted(JobInfo job) {
        running.put(job.jobId(), new Running(job.stageIds(), new HashSet<>()));
    }

    /** The running jobs (ascending ids) that {@code stageId} belongs to; each now counts it as run. */
    List<Integer> stageSubmitted(int stageId) {
        List<Integer> jobIds = new ArrayList<>(1);
        running.forEach((jobId, job) -> {
            if (job.stageIds().contains(stageId)) {
                job.submitted().add(stageId);
                jobIds.add(jobId);
            }
        });
        return jobIds;
    }

    /** The stages of the job that were never submitted while it ran, in the job's order. */
    List<Integer> jobEnded(int jobId) {
        Running job = running.remove(jobId);
        if (job == null) {
            return List.of();
        }
        return job.stageIds().stream()
                .filter(id -> !job.submitted().contains(id))
                .toList();
    }
}
