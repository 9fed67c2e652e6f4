package io.rivulet.scheduler;

import io.rivulet.PlanGraph;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Dependency;
import io.rivulet.rdd.ShuffleDependency;
import io.rivulet.shuffle.MapOutputTracker;
import io.rivulet.shuffle.ShuffleManager;
import io.rivulet.task.ResultHandler;
import io.rivulet.task.TaskContext;
import io.rivulet.task.TaskFunction;
import io.rivulet.util.IdSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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
 * <p>Its collaborators come in through the constructor (the engine, the composition root, makes them):
 * the map output tracker (which shuffles are complete), the task scheduler (the slots), the shuffle manager
 * (what map tasks write through), the listener bus, the id source and the settings it needs.
 *
 * <p>Threading: the stage registry is concurrent; everything else about a running job is confined to
 * its driver thread.
 */
public final class DAGScheduler {
    private final MapOutputTracker mapOutputTracker;
    private final TaskScheduler taskScheduler;
    private final ShuffleManager shuffleManager;
    private final ListenerBus listenerBus;
    private final IdSource ids;
    private final SchedulerSettings settings;
    private volatile boolean closed;
    private final Map<Integer, ShuffleMapStage> shuffleStages = new ConcurrentHashMap<>();
    /** The running jobs and the threads driving them; notified on {@link #jobsEnded} when one ends. */
    private final Map<JobRunner<?, ?>, Thread> activeJobs = new ConcurrentHashMap<>();

    private final Object jobsEnded = new Object();

    public DAGScheduler(
            MapOutputTracker mapOutputTracker,
            TaskScheduler taskScheduler,
            ShuffleManager shuffleManager,
            ListenerBus listenerBus,
            IdSource ids,
            SchedulerSettings settings) {
        this.mapOutputTracker = mapOutputTracker;
        this.taskScheduler = taskScheduler;
        this.shuffleManager = shuffleManager;
        this.listenerBus = listenerBus;
        this.ids = ids;
        this.settings = settings;
    }

    MapOutputTracker mapOutputTracker() {
        return mapOutputTracker;
    }

    TaskScheduler taskScheduler() {
        return taskScheduler;
    }

    ShuffleManager shuffleManager() {
        return shuffleManager;
    }

    ListenerBus listenerBus() {
        return listenerBus;
    }

    IdSource ids() {
        return ids;
    }

    SchedulerSettings settings() {
        return settings;
    }

    /**
     * Runs {@code function} on the given partitions of {@code rdd} and hands each result to {@code handler}
     * on the calling thread. Returns when every partition is done; throws {@link io.rivulet.JobFailedException}
     * when a task failed too often or the job was cancelled.
     *
     * @param plan the plan of the DataFrame query the job runs, asked when the job starts and ends (and by
     *     {@link #livePlan} meanwhile), or null
     */
    public <T, U> void runJob(
            BaseRDD<T> rdd,
            int[] partitions,
            TaskFunction<T, U> function,
            ResultHandler<U> handler,
            String jobName,
            JobGroup jobGroup,
            Supplier<PlanGraph> plan) {
        TaskContext task = TaskContext.current();
        if (task != null) {
            // The task would hold its slot while waiting for the new job's tasks: with every slot so held,
            // nothing runs again. Spark forbids this too (SPARK-5063).
            throw new IllegalStateException("an action (" + jobName + ") was called inside a task, in a function"
                    + " given to a transformation or action (stage " + task.stageId() + ", partition "
                    + task.partitionId() + "): actions run only where the driver program runs");
        }
        ResultStage finalStage = createResultStage(rdd, partitions, function, jobName);
        JobRunner<T, U> job = new JobRunner<>(this, ids.newJobId(), finalStage, handler, jobGroup, plan);
        activeJobs.put(job, Thread.currentThread());
        try {
            // close() marks the scheduler closed, then cancels the registered jobs: a job registering meanwhile
            // sees the mark here, before it touches shuffle state that close() is about to clear.
            if (closed) {
                throw new IllegalStateException(
                        "this Rivulet (app '" + settings.appName() + "') is closed: create a new one to run more jobs");
            }
            job.run();
        } finally {
            activeJobs.remove(job);
            synchronized (jobsEnded) {
                jobsEnded.notifyAll();
            }
        }
    }

    /**
     * The plan of running job {@code jobId} with its operators' metrics now (they grow as its tasks succeed);
     * empty when the job has no plan or does not run (any more).
     */
    public Optional<PlanGraph> livePlan(int jobId) {
        for (JobRunner<?, ?> job : activeJobs.keySet()) {
            if (job.jobId() == jobId) {
                return job.planNow();
            }
        }
        return Optional.empty();
    }

    /** How many jobs run now. */
    public int activeJobCount() {
        return activeJobs.size();
    }

    /** Cancels every running job because the {@code Rivulet} is closing; no job starts afterwards. */
    public void cancelJobsForClose() {
        closed = true;
        for (JobRunner<?, ?> job : activeJobs.keySet()) {
            job.cancel(JobRunner.CLOSED);
        }
    }

    /**
     * Waits until every job has ended, except one driven by the calling thread (close() called from a
     * listener), for at most {@code timeoutMillis}. Returns whether they all ended.
     */
    public boolean awaitJobsEnded(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (jobsEnded) {
            while (activeJobs.values().stream().anyMatch(driver -> driver != Thread.currentThread())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(jobsEnded, left);
            }
        }
        return true;
    }

    /**
     * Cancels every running job whose group's id is {@code group}, or all of them when it is null. Their
     * running tasks are killed; each action throws once its tasks have stopped.
     */
    public void cancelJobs(String group) {
        for (JobRunner<?, ?> job : activeJobs.keySet()) {
            JobGroup jobGroup = job.group();
            if (group == null) {
                job.cancel("cancelled" + (jobGroup == null ? "" : " (it was in " + jobGroup + ")"));
            } else if (jobGroup != null && group.equals(jobGroup.id())) {
                job.cancel("cancelled: its " + jobGroup + " was cancelled");
            }
        }
    }

    private ResultStage createResultStage(
            BaseRDD<?> rdd, int[] partitions, TaskFunction<?, ?> function, String jobName) {
        createMissingShuffleStages(rdd);
        return new ResultStage(ids.newStageId(), rdd, partitions, function, parentStages(rdd), jobName);
    }

    /** Creates the stages of every shuffle in the lineage, ancestors first, without recursion. */
    private void createMissingShuffleStages(BaseRDD<?> rdd) {
        for (BaseRDD<?> each : LineageWalk.parentsFirst(rdd)) {
            for (Dependency dependency : each.dependencies()) {
                if (dependency instanceof ShuffleDependency<?> shuffle) {
                    shuffleStages.computeIfAbsent(shuffle.shuffleId(), id -> {
                        mapOutputTracker.registerShuffle(id, shuffle.rdd().numPartitions());
                        return new ShuffleMapStage(ids.newStageId(), shuffle, parentStages(shuffle.rdd()));
                    });
                }
            }
        }
    }

    /** The shuffle-map stages that {@code rdd}'s stage reads; they must exist already. */
    private List<Stage> parentStages(BaseRDD<?> rdd) {
        List<Stage> parents = new ArrayList<>();
        for (ShuffleDependency<?> shuffle : LineageWalk.nearestShuffles(rdd)) {
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
