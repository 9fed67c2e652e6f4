package io.rivulet.scheduler;

import io.rivulet.engine.Engine;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Dependency;
import io.rivulet.rdd.ShuffleDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cuts an action's lineage into stages at shuffle dependencies and runs them, parents first.
 *
 * <p>How it is used: an action calls {@link #runJob} on its own thread; that thread becomes the job's
 * driver (a {@link JobRunner}) until the job ends. Several jobs may run at once, from several threads;
 * their tasks share the worker slots of the {@link TaskScheduler}.
 *
 * <p>Shuffle-map stages are created once per shuffle and kept, so their ids stay stable and a later job
 * whose shuffle output already exists skips them. Result stages belong to one job.
 *
 * <p>Threading: the stage registry is concurrent; everything else about a running job is confined to
 * its driver thread.
 */
public final class DAGScheduler {
    private final Engine engine;
    private final Map<Integer, ShuffleMapStage> shuffleStages = new ConcurrentHashMap<>();
    private final Set<JobRunner<?, ?>> activeJobs = ConcurrentHashMap.newKeySet();

    public DAGScheduler(Engine engine) {
        this.engine = engine;
    }

    /**
     * Runs {@code function} on the given partitions of {@code rdd} and hands each result to {@code handler}
     * on the calling thread. Returns when every partition is done; throws {@link io.rivulet.JobFailedException}
     * when a task failed too often or the job was cancelled.
     */
    public <T, U> void runJob(
            BaseRDD<T> rdd,
            int[] partitions,
            TaskFunction<T, U> function,
            ResultHandler<U> handler,
            String jobName,
            String jobGroup) {
        ResultStage finalStage = createResultStage(rdd, partitions, function, jobName);
        JobRunner<T, U> job = new JobRunner<>(engine, engine.newJobId(), finalStage, handler, jobGroup);
        activeJobs.add(job);
        try {
            job.run();
        } finally {
            activeJobs.remove(job);
        }
    }

    /** Cancels every running job whose group is {@code group}, or all of them when it is null. */
    public void cancelJobs(String group) {
        for (JobRunner<?, ?> job : activeJobs) {
            if (group == null || group.equals(job.group())) {
                job.cancel("cancelled" + (group == null ? "" : " (job group " + group + ")"));
            }
        }
    }

    private ResultStage createResultStage(
            BaseRDD<?> rdd, int[] partitions, TaskFunction<?, ?> function, String jobName) {
        createMissingShuffleStages(rdd);
        return new ResultStage(engine.newStageId(), rdd, partitions, function, parentStages(rdd), jobName);
    }

    /** Creates the stages of every shuffle in the lineage, ancestors first, without recursion. */
    private void createMissingShuffleStages(BaseRDD<?> rdd) {
        for (BaseRDD<?> each : LineageWalk.parentsFirst(rdd)) {
            for (Dependency dependency : each.dependencies()) {
                if (dependency instanceof ShuffleDependency<?, ?, ?> shuffle) {
                    shuffleStages.computeIfAbsent(shuffle.shuffleId(), id -> {
                        engine.mapOutputTracker()
                                .registerShuffle(id, shuffle.rdd().numPartitions());
                        return new ShuffleMapStage(engine.newStageId(), shuffle, parentStages(shuffle.rdd()));
                    });
                }
            }
        }
    }

    /** The shuffle-map stages that {@code rdd}'s stage reads; they must exist already. */
    private List<Stage> parentStages(BaseRDD<?> rdd) {
        List<Stage> parents = new ArrayList<>();
        for (ShuffleDependency<?, ?, ?> shuffle : LineageWalk.nearestShuffles(rdd)) {
            ShuffleMapStage stage = shuffleStages.get(shuffle.shuffleId());
            if (stage == null) {
                throw new IllegalStateException("no stage for shuffle " + shuffle.shuffleId());
            }
            parents.add(stage);
        }
        return parents;
    }

    /** Forgets the stage of a shuffle whose RDD is gone (the cleaner calls this). */
    public void removeShuffle(int shuffleId) {
        shuffleStages.remove(shuffleId);
    }
}
