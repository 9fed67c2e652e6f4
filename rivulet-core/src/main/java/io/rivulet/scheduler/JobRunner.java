package io.rivulet.scheduler;

import io.rivulet.JobFailedException;
import io.rivulet.JobInfo;
import io.rivulet.Metrics;
import io.rivulet.PlanGraph;
import io.rivulet.TaskInfo;
import io.rivulet.config.RivuletConfig;
import io.rivulet.shuffle.FetchFailedException;
import io.rivulet.shuffle.MapOutputTracker;
import io.rivulet.shuffle.MapStatus;
import io.rivulet.task.DeterministicFailure;
import io.rivulet.task.ResultHandler;
import io.rivulet.task.TaskAttempt;
import io.rivulet.task.TaskContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drives one job on the thread of the action that started it.
 *
 * <p>The loop: submit every stage the job still needs whose parent stages' shuffle outputs are complete
 * (independent stages therefore run at the same time), then wait for task outcomes; register map outputs
 * and hand results to the action as tasks succeed; retry a failed task until it has failed
 * {@code rivulet.task.maxFailures} times, then abort: kill the job's running tasks, wait for them to stop
 * and throw {@link JobFailedException}.
 *
 * <p>Lost shuffle output (lineage recovery, as Spark's DAGScheduler does it): a task that cannot read a
 * map output ends with {@link FetchFailedException}. That is not the task's fault and does not count
 * toward {@code maxFailures}. The job forgets the lost output, marks the reading stage's attempt failed
 * and launches none of its tasks again; its other running tasks drain (their results still count). Once
 * they have, the needed-stages walk finds the writing stage's shuffle incomplete and runs that stage again
 * for its missing maps only (a new attempt), then the failed stage's unfinished partitions (a new attempt
 * too). A stage whose attempts fail this way {@code rivulet.stage.maxConsecutiveAttempts} times in a row
 * fails the job. Stage attempts are numbered within the job.
 *
 * <p>Threading: everything here runs on the job's thread except {@link #cancel}, which only enqueues an
 * event, and the task bodies, which run on worker slots and report back through {@link #outcomes}.
 *
 * <p>Reviewer checklist: every launched task ends in exactly one outcome; the job never returns while a
 * task of it still runs; listeners see submitted before completed for every stage attempt that runs; no
 * stage is submitted while a failed attempt drains; a fetch failure never counts as a task failure.
 */
final class JobRunner<T, U> {
    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    /** Why jobs fail when their {@code Rivulet} is closed under them. */
    static final String CLOSED = "cancelled: this Rivulet was closed";

    private final DAGScheduler scheduler;
    private final MapOutputTracker tracker;
    private final ListenerBus bus;
    private final int jobId;
    private final ResultStage finalStage;
    private final ResultHandler<U> handler;
    private final JobGroup group;
    /** The plan of the DataFrame query this job runs, with its metrics when asked; or null. */
    private final Supplier<PlanGraph> plan;

    private final int maxFailures;
    private final int maxConsecutiveAttempts;
    private final BlockingQueue<Event> outcomes = new LinkedBlockingQueue<>();
    private final List<Stage> stagesParentsFirst;
    private final Map<Integer, ShuffleMapStage> stagesByShuffle = new HashMap<>();
    private final Map<Stage, StageRun> running = new LinkedHashMap<>();
    private final Map<Stage, Integer> attemptsStarted = new HashMap<>();
    /** Attempts of a stage that failed to read shuffle output since it last completed. */
    private final Map<Stage, Integer> consecutiveFetchFailures = new HashMap<>();

    private final Map<Long, RunningTask> runningTasks = new HashMap<>();
    private final Map<Long, Integer> failuresByPartition = new HashMap<>();
    private final Map<Long, Integer> launchesByPartition = new HashMap<>();
    private final boolean[] resultDone;
    private int resultsPending;
    private JobFailedException failure;

    JobRunner(
            DAGScheduler scheduler,
            int jobId,
            ResultStage finalStage,
            ResultHandler<U> handler,
            JobGroup group,
            Supplier<PlanGraph> plan) {
        this.scheduler = scheduler;
        this.tracker = scheduler.mapOutputTracker();
        this.bus = scheduler.listenerBus();
        this.jobId = jobId;
        this.finalStage = finalStage;
        this.handler = handler;
        this.group = group;
        this.plan = plan;
        this.maxFailures = scheduler.settings().maxTaskFailures();
        this.maxConsecutiveAttempts = scheduler.settings().maxConsecutiveStageAttempts();
        this.stagesParentsFirst = stagesParentsFirst(finalStage);
        for (Stage stage : stagesParentsFirst) {
            if (stage instanceof ShuffleMapStage shuffleStage) {
                stagesByShuffle.put(shuffleStage.shuffleDependency().shuffleId(), shuffleStage);
            }
        }
        this.resultDone = new boolean[finalStage.numTasks()];
        this.resultsPending = finalStage.numTasks();
    }

    /** The job group of the thread that started this job, or null. */
    JobGroup group() {
        return group;
    }

    int jobId() {
        return jobId;
    }

    /**
     * The job's plan with its metrics now; empty for a job without one. Called from the job's thread and from
     * the web UI's; a plan that cannot be described is not worth failing the job for.
     */
    Optional<PlanGraph> planNow() {
        if (plan == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(plan.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the plan of job " + jobId + " could not be described", e);
            return Optional.empty();
        }
    }

    void cancel(String reason) {
        outcomes.add(new Cancelled(reason));
    }

    void run() {
        long start = System.currentTimeMillis();
        // A job over no partitions runs no stage at all, and says so (as Spark's lists none).
        List<Integer> stageIds = resultsPending == 0
                ? List.of()
                : stagesParentsFirst.stream().map(Stage::id).toList();
        bus.jobStart(
                new JobInfo(jobId, finalStage.name(), stageIds, start, 0, JobInfo.Status.RUNNING, null, planNow()));
        try {
            // A job over no partitions (an RDD with none) has nothing to compute, so its parent stages must not
            // run either: loop() would launch them and return at once, leaving their tasks running. As in Spark.
            if (resultsPending > 0) {
                loop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(new JobFailedException(
                    "Job " + jobId + " cancelled: the calling thread was interrupted", jobId, -1, -1, e));
            drainRunningTasks();
        }
        long end = System.currentTimeMillis();
        if (failure != null) {
            bus.jobEnd(new JobInfo(
                    jobId,
                    finalStage.name(),
                    stageIds,
                    start,
                    end,
                    JobInfo.Status.FAILED,
                    failure.getMessage(),
                    planNow()));
            throw failure;
        }
        // Tasks report their operators' metrics before their outcome reaches this thread: the plan is final.
        bus.jobEnd(
                new JobInfo(jobId, finalStage.name(), stageIds, start, end, JobInfo.Status.SUCCEEDED, null, planNow()));
    }

    private void loop() throws InterruptedException {
        while (failure == null) {
            submitReadyStages();
            if (failure != null) {
                break; // a launch was refused: the slots are stopped
            }
            if (resultsPending == 0) {
                return;
            }
            if (runningTasks.isEmpty()) {
                throw new IllegalStateException("job " + jobId + " has pending results but no running task");
            }
            handle(outcomes.take());
        }
        drainRunningTasks();
    }

    /**
     * Submits every needed stage whose parents' outputs are complete and that does not run yet, parents
     * first. Nothing is submitted while an attempt that lost its input drains: the lost outputs are known
     * only once all its tasks have reported, and its stage runs again only after they are recomputed.
     */
    private void submitReadyStages() {
        for (StageRun run : running.values()) {
            if (run.isFailed()) {
                return;
            }
        }
        Set<Stage> needed = neededStages();
        for (Stage stage : stagesParentsFirst) {
            if (failure != null) {
                return;
            }
            if (needed.contains(stage) && !running.containsKey(stage) && parentsAvailable(stage)) {
                submitStage(stage);
            }
        }
    }

    /**
     * The stages whose output this job still needs: the result stage while results are pending, and every
     * parent of a needed stage whose shuffle output is incomplete (never written, or partly lost). A stage
     * whose output exists from an earlier job is skipped, and so are its ancestors.
     */
    private Set<Stage> neededStages() {
        Set<Stage> needed = new HashSet<>();
        Deque<Stage> toVisit = new ArrayDeque<>();
        if (resultsPending > 0) {
            toVisit.push(finalStage);
        }
        while (!toVisit.isEmpty()) {
            Stage stage = toVisit.pop();
            if (!needed.add(stage)) {
                continue;
            }
            for (Stage parent : stage.parents()) {
                if (!isAvailable(parent)) {
                    toVisit.push(parent);
                }
            }
        }
        return needed;
    }

    private boolean parentsAvailable(Stage stage) {
        return stage.parents().stream().allMatch(this::isAvailable);
    }

    private boolean isAvailable(Stage stage) {
        return stage instanceof ShuffleMapStage shuffleStage
                && tracker.isComplete(shuffleStage.shuffleDependency().shuffleId());
    }

    private void submitStage(Stage stage) {
        List<Integer> toRun;
        if (stage instanceof ShuffleMapStage shuffleStage) {
            toRun = tracker.missingMaps(shuffleStage.shuffleDependency().shuffleId());
        } else {
            toRun = new ArrayList<>();
            for (int i = 0; i < resultDone.length; i++) {
                if (!resultDone[i]) {
                    toRun.add(i);
                }
            }
        }
        int attempt = increment(attemptsStarted, stage) - 1;
        StageRun run = new StageRun(stage, attempt, new TreeSet<>(toRun), System.currentTimeMillis());
        running.put(stage, run);
        bus.stageSubmitted(run.info(0, null));
        for (int index : toRun) {
            if (failure != null) {
                return;
            }
            launch(run, index);
        }
        if (toRun.isEmpty()) {
            completeStage(run);
        }
    }

    private void launch(StageRun run, int index) {
        Stage stage = run.stage;
        Task<?> body = stage instanceof ResultStage result
                ? new ResultTask<>(result, result.partition(index))
                : new ShuffleMapTask((ShuffleMapStage) stage, index, scheduler.shuffleManager());
        int attempt = increment(launchesByPartition, partitionKey(stage, index)) - 1;
        long taskId = scheduler.ids().newTaskId();
        TaskContext context = new TaskContext(taskId, jobId, stage.id(), run.attempt, body.partition(), attempt);
        RunningTask task = new RunningTask(run, index, body, context);
        runningTasks.put(taskId, task);
        run.runningTasks++;
        try {
            task.future = scheduler.taskScheduler().submit(() -> execute(task));
        } catch (RejectedExecutionException e) {
            // close() stopped the slots; it cancels this job too, but its event may not have arrived yet.
            runningTasks.remove(taskId);
            run.runningTasks--;
            abort(new JobFailedException("Job " + jobId + " " + CLOSED, jobId, -1, -1, null));
        }
    }

    /** The body of a task, on a worker slot. Always reports exactly one outcome. */
    private void execute(RunningTask task) {
        if (!task.claimed.compareAndSet(false, true)) {
            return; // the job was aborted before this task started
        }
        TaskContext context = task.context;
        long launch = System.currentTimeMillis();
        TaskAttempt.Outcome<?> attempt = attempt(task.body, context);
        long finish = System.currentTimeMillis();
        Metrics metrics = context.metrics().snapshot(finish - launch);
        outcomes.add(new Outcome(
                task,
                attempt.value(),
                attempt.error(),
                launch,
                finish,
                metrics,
                Thread.currentThread().getName()));
    }

    private static <R> TaskAttempt.Outcome<R> attempt(Task<R> body, TaskContext context) {
        return TaskAttempt.run(context, () -> body.run(context), body::discard);
    }

    /** Discards the value of a task whose outcome will not be used. */
    @SuppressWarnings("unchecked")
    private static <R> void discard(Task<R> body, Object value) {
        if (value != null) {
            body.discard((R) value);
        }
    }

    private void handle(Event event) {
        if (event instanceof Cancelled cancelled) {
            abort(new JobFailedException("Job " + jobId + " " + cancelled.reason, jobId, -1, -1, null));
            return;
        }
        Outcome outcome = (Outcome) event;
        RunningTask task = outcome.task;
        runningTasks.remove(task.context.taskId());
        StageRun run = task.run;
        run.runningTasks--;
        reportTaskEnd(outcome);
        if (failure != null) {
            discard(task.body, outcome.result); // the job is over; nobody will read it
            return;
        }
        if (outcome.error instanceof FetchFailedException fetchFailure) {
            fetchFailed(run, task, fetchFailure);
        } else if (outcome.error == null) {
            taskSucceeded(run, task.index, outcome);
        } else {
            taskFailed(run, task, outcome.error);
        }
        if (failure == null && run.isFailed() && run.runningTasks == 0 && running.get(run.stage) == run) {
            endFailedRun(run);
        }
    }

    private void reportTaskEnd(Outcome outcome) {
        TaskContext context = outcome.task.context;
        boolean success = outcome.error == null;
        bus.taskEnd(new TaskInfo(
                context.taskId(),
                jobId,
                context.stageId(),
                context.stageAttempt(),
                context.partitionId(),
                context.attempt(),
                outcome.slot,
                outcome.launch,
                outcome.finish,
                success,
                success ? null : String.valueOf(outcome.error),
                outcome.metrics));
    }

    @SuppressWarnings("unchecked")
    private void taskSucceeded(StageRun run, int index, Outcome outcome) {
        run.metrics = run.metrics.plus(outcome.metrics);
        if (outcome.task.body instanceof ShuffleMapTask mapTask) {
            mapTask.commit(tracker, (MapStatus) outcome.result);
        } else if (!resultDone[index]) {
            resultDone[index] = true;
            resultsPending--;
            handler.taskSucceeded(index, (U) outcome.result);
        }
        run.pending.remove(index);
        if (run.pending.isEmpty() && !run.isFailed()) {
            completeStage(run);
        }
    }

    private void taskFailed(StageRun run, RunningTask task, Throwable error) {
        int failures = increment(failuresByPartition, partitionKey(run.stage, task.index));
        Stage stage = run.stage;
        boolean retryable = !(error instanceof DeterministicFailure)
                && !(error instanceof Error && !(error instanceof AssertionError));
        if (failures < maxFailures && retryable) {
            if (!run.isFailed()) {
                // One line per retry, naming the task and its cause (the stack goes with the job's failure, if any).
                LOG.warning(String.format(
                        "task for partition %d of stage %d (%s), attempt %d, failed (%d of %d allowed): %s; retrying",
                        task.context.partitionId(),
                        stage.id(),
                        stage.name(),
                        task.context.attempt(),
                        failures,
                        maxFailures,
                        error));
                launch(run, task.index); // a failed attempt launches nothing: its next attempt runs the partition
            }
            return;
        }
        String hint = error instanceof OutOfMemoryError
                ? String.format(
                        " (the task ran out of Java heap, %d MB at most: %s)",
                        Runtime.getRuntime().maxMemory() >> 20,
                        scheduler.settings().outOfMemoryHint())
                : "";
        String message = String.format(
                "Job %d aborted: task for partition %d of stage %d (%s) failed %d time%s; last failure: %s%s",
                jobId,
                task.context.partitionId(),
                stage.id(),
                stage.name(),
                failures,
                failures == 1 ? "" : "s",
                error,
                hint);
        abort(new JobFailedException(message, jobId, stage.id(), task.context.partitionId(), error));
    }

    /**
     * A task could not read a map output: forget that output (if it is still the one the task was handed,
     * so that a newer one another job recomputed is kept), and fail the task's stage attempt, or the job
     * when the stage has failed so {@code maxConsecutiveAttempts} times in a row.
     */
    private void fetchFailed(StageRun run, RunningTask task, FetchFailedException fetchFailure) {
        ShuffleMapStage mapStage = stagesByShuffle.get(fetchFailure.shuffleId());
        if (mapStage == null) {
            // No stage of this job writes that shuffle, so it cannot be recomputed here: an ordinary failure.
            taskFailed(run, task, fetchFailure);
            return;
        }
        MapStatus lost = tracker.handedOutput(task.context, fetchFailure.shuffleId(), fetchFailure.mapId());
        tracker.unregisterMapOutput(fetchFailure.shuffleId(), fetchFailure.mapId(), lost);
        if (run.isFailed()) {
            return; // this attempt has failed already; the output is forgotten all the same
        }
        run.fetchFailure = fetchFailure;
        Stage stage = run.stage;
        int failedAttempts = increment(consecutiveFetchFailures, stage);
        if (failedAttempts >= maxConsecutiveAttempts) {
            String message = String.format(
                    "Job %d aborted: stage %d (%s) failed %d consecutive attempts (%s = %d) because shuffle"
                            + " output it reads was lost; last: %s (shuffle %d, written by stage %d (%s))",
                    jobId,
                    stage.id(),
                    stage.name(),
                    failedAttempts,
                    RivuletConfig.STAGE_MAX_CONSECUTIVE_ATTEMPTS.key(),
                    maxConsecutiveAttempts,
                    fetchFailure.getMessage(),
                    fetchFailure.shuffleId(),
                    mapStage.id(),
                    mapStage.name());
            abort(new JobFailedException(message, jobId, stage.id(), task.context.partitionId(), fetchFailure));
        }
    }

    /** A failed attempt's last task has reported: it ends, and the next pass of the loop resubmits. */
    private void endFailedRun(StageRun run) {
        running.remove(run.stage);
        long end = System.currentTimeMillis();
        bus.stageCompleted(run.info(end, "fetch failed: " + run.fetchFailure.getMessage()));
    }

    private void completeStage(StageRun run) {
        running.remove(run.stage);
        consecutiveFetchFailures.remove(run.stage);
        long end = System.currentTimeMillis();
        bus.stageCompleted(run.info(end, null));
    }

    /** Records the failure and kills every running task; {@link #drainRunningTasks} then waits for them. */
    private void abort(JobFailedException cause) {
        if (failure != null) {
            return;
        }
        failure = cause;
        for (RunningTask task : runningTasks.values()) {
            task.context.kill();
        }
        // A task claimed here has not started and never will, so it reports no outcome: stop waiting for it.
        runningTasks.values().removeIf(task -> {
            if (task.claimed.compareAndSet(false, true)) {
                task.future.cancel(false);
                task.run.runningTasks--;
                return true;
            }
            return false;
        });
        long end = System.currentTimeMillis();
        for (StageRun run : running.values()) {
            bus.stageCompleted(run.info(end, cause.getMessage()));
        }
        running.clear();
    }

    private void drainRunningTasks() {
        boolean interrupted = false;
        while (!runningTasks.isEmpty()) {
            try {
                Event event = outcomes.take();
                if (event instanceof Outcome outcome) {
                    handle(outcome);
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static long partitionKey(Stage stage, int index) {
        return ((long) stage.id() << 32) | index;
    }

    private static List<Stage> stagesParentsFirst(Stage last) {
        List<Stage> order = new ArrayList<>();
        Set<Integer> visited = new HashSet<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        visited.add(last.id());
        stack.push(new Object[] {last, 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            Stage stage = (Stage) top[0];
            int next = (Integer) top[1];
            if (next < stage.parents().size()) {
                top[1] = next + 1;
                Stage parent = stage.parents().get(next);
                if (visited.add(parent.id())) {
                    stack.push(new Object[] {parent, 0});
                }
            } else {
                stack.pop();
                order.add(stage);
            }
        }
        return order;
    }

    private sealed interface Event permits Outcome, Cancelled {}

    private record Outcome(
            RunningTask task, Object result, Throwable error, long launch, long finish, Metrics metrics, String slot)
            implements Event {}

    private record Cancelled(String reason) implements Event {}

    private static final class RunningTask {
        final StageRun run;
        final int index;
        final Task<?> body;
        final TaskContext context;
        final AtomicBoolean claimed = new AtomicBoolean();
        volatile Future<?> future;

        RunningTask(StageRun run, int index, Task<?> body, TaskContext context) {
            this.run = run;
            this.index = index;
            this.body = body;
            this.context = context;
        }
    }

    /** Counts one more for {@code key} (a method, not four {@code Integer::sum} call sites bootstrapped at start). */
    private static <K> int increment(Map<K, Integer> counts, K key) {
        int count = counts.getOrDefault(key, 0) + 1;
        counts.put(key, count);
        return count;
    }
}
