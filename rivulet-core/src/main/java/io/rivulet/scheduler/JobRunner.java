package io.rivulet.scheduler;

import io.rivulet.JobFailedException;
import io.rivulet.JobInfo;
import io.rivulet.Metrics;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import io.rivulet.engine.Engine;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Partition;
import io.rivulet.shuffle.MapOutput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drives one job on the thread of the action that started it.
 *
 * <p>The loop: submit every stage whose parent stages' shuffle outputs are complete (independent stages
 * therefore run at the same time), then wait for task outcomes; register map outputs and hand results to
 * the action as tasks succeed; retry a failed task until it has failed {@code rivulet.task.maxFailures}
 * times, then abort: kill the job's running tasks, wait for them to stop and throw
 * {@link JobFailedException}.
 *
 * <p>Threading: everything here runs on the job's thread except {@link #cancel}, which only enqueues an
 * event, and the task bodies, which run on worker slots and report back through {@link #outcomes}.
 *
 * <p>Reviewer checklist: every launched task ends in exactly one outcome; the job never returns while a
 * task of it still runs; listeners see submitted before completed for every stage that runs.
 */
final class JobRunner<T, U> {
    /** Why jobs fail when their {@code Rivulet} is closed under them. */
    static final String CLOSED = "cancelled: this Rivulet was closed";

    private final Engine engine;
    private final int jobId;
    private final ResultStage finalStage;
    private final ResultHandler<U> handler;
    private final String group;
    private final int maxFailures;
    private final BlockingQueue<Event> outcomes = new LinkedBlockingQueue<>();
    private final List<Stage> stagesParentsFirst;
    private final Map<Stage, StageRun> running = new LinkedHashMap<>();
    private final Set<Stage> completed = new HashSet<>();
    private final Map<Long, RunningTask> runningTasks = new HashMap<>();
    private final Map<Long, Integer> failuresByPartition = new HashMap<>();
    private final boolean[] resultDone;
    private int resultsPending;
    private JobFailedException failure;

    JobRunner(Engine engine, int jobId, ResultStage finalStage, ResultHandler<U> handler, String group) {
        this.engine = engine;
        this.jobId = jobId;
        this.finalStage = finalStage;
        this.handler = handler;
        this.group = group;
        this.maxFailures = engine.maxTaskFailures();
        this.stagesParentsFirst = stagesParentsFirst(finalStage);
        this.resultDone = new boolean[finalStage.numTasks()];
        this.resultsPending = finalStage.numTasks();
    }

    String group() {
        return group;
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
        ListenerBus bus = engine.listenerBus();
        bus.jobStart(new JobInfo(jobId, finalStage.name(), stageIds, start, 0, JobInfo.Status.RUNNING, null));
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
                    jobId, finalStage.name(), stageIds, start, end, JobInfo.Status.FAILED, failure.getMessage()));
            throw failure;
        }
        bus.jobEnd(new JobInfo(jobId, finalStage.name(), stageIds, start, end, JobInfo.Status.SUCCEEDED, null));
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

    private void submitReadyStages() {
        for (Stage stage : stagesParentsFirst) {
            if (failure != null) {
                return;
            }
            if (completed.contains(stage) || running.containsKey(stage)) {
                continue;
            }
            if (stage instanceof ShuffleMapStage shuffleStage && isAvailable(shuffleStage)) {
                completed.add(stage); // skipped: its output exists from an earlier run
                continue;
            }
            if (stage.parents().stream().allMatch(parent -> parent instanceof ShuffleMapStage s && isAvailable(s))) {
                submitStage(stage);
            }
        }
    }

    private boolean isAvailable(ShuffleMapStage stage) {
        return engine.mapOutputTracker().isComplete(stage.shuffleDependency().shuffleId());
    }

    private void submitStage(Stage stage) {
        List<Integer> toRun;
        if (stage instanceof ShuffleMapStage shuffleStage) {
            toRun = engine.mapOutputTracker()
                    .missingMaps(shuffleStage.shuffleDependency().shuffleId());
        } else {
            toRun = new ArrayList<>();
            for (int i = 0; i < resultDone.length; i++) {
                if (!resultDone[i]) {
                    toRun.add(i);
                }
            }
        }
        StageRun run = new StageRun(stage, 0, new TreeSet<>(toRun), System.currentTimeMillis());
        running.put(stage, run);
        engine.listenerBus().stageSubmitted(run.info(0, null));
        for (int index : toRun) {
            if (failure != null) {
                return;
            }
            launch(run, index, 0);
        }
        if (toRun.isEmpty()) {
            completeStage(run);
        }
    }

    private void launch(StageRun run, int index, int attempt) {
        Stage stage = run.stage;
        int partition = stage instanceof ResultStage result ? result.partition(index) : index;
        long taskId = engine.newTaskId();
        TaskContext context = new TaskContext(taskId, jobId, stage.id(), run.attempt, partition, attempt);
        RunningTask task = new RunningTask(run, index, context);
        runningTasks.put(taskId, task);
        try {
            task.future = engine.taskScheduler().submit(() -> execute(task));
        } catch (RejectedExecutionException e) {
            // close() stopped the slots; it cancels this job too, but its event may not have arrived yet.
            runningTasks.remove(taskId);
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
        Object result = null;
        Throwable error = null;
        TaskContext.setCurrent(context);
        try {
            result = runTask(task.run.stage, context);
        } catch (Throwable t) {
            error = t;
        } finally {
            Throwable closeFailure = context.runCompletionCallbacks();
            if (error == null && closeFailure != null) {
                error = closeFailure;
            }
            if (error == null) {
                context.runSuccessActions();
            }
            TaskContext.setCurrent(null);
        }
        long finish = System.currentTimeMillis();
        Metrics metrics = context.metrics().snapshot(finish - launch);
        outcomes.add(new Outcome(
                task,
                result,
                error,
                launch,
                finish,
                metrics,
                Thread.currentThread().getName()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object runTask(Stage stage, TaskContext context) throws Exception {
        BaseRDD rdd = stage.rdd();
        Partition split = rdd.partitions()[context.partitionId()];
        if (stage instanceof ShuffleMapStage shuffleStage) {
            MapOutput output = engine.shuffleManager()
                    .write(shuffleStage.shuffleDependency(), rdd.iterator(split, context), context);
            return new MapStatus(context.partitionId(), output);
        }
        TaskFunction function = ((ResultStage) stage).function();
        return function.apply(context, rdd.iterator(split, context));
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
        TaskContext context = task.context;
        boolean success = outcome.error == null;
        engine.listenerBus()
                .taskEnd(new TaskInfo(
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
        if (failure != null) {
            if (success && outcome.result instanceof MapStatus status) {
                status.output().release(); // the job is over; nobody will read it
            }
            return;
        }
        if (success) {
            taskSucceeded(run, task.index, outcome);
        } else {
            taskFailed(run, task, outcome.error);
        }
    }

    @SuppressWarnings("unchecked")
    private void taskSucceeded(StageRun run, int index, Outcome outcome) {
        run.metrics = run.metrics.plus(outcome.metrics);
        if (run.stage instanceof ShuffleMapStage shuffleStage) {
            engine.mapOutputTracker()
                    .registerMapOutput(shuffleStage.shuffleDependency().shuffleId(), (MapStatus) outcome.result);
        } else if (!resultDone[index]) {
            resultDone[index] = true;
            resultsPending--;
            handler.taskSucceeded(index, (U) outcome.result);
        }
        run.pending.remove(index);
        if (run.pending.isEmpty()) {
            completeStage(run);
        }
    }

    private void taskFailed(StageRun run, RunningTask task, Throwable error) {
        long key = ((long) run.stage.id() << 32) | task.index;
        int failures = failuresByPartition.merge(key, 1, Integer::sum);
        if (failures < maxFailures && !(error instanceof Error && !(error instanceof AssertionError))) {
            launch(run, task.index, failures);
            return;
        }
        Stage stage = run.stage;
        String message = String.format(
                "Job %d aborted: task for partition %d of stage %d (%s) failed %d time%s; last failure: %s",
                jobId, task.context.partitionId(), stage.id(), stage.name(), failures, failures == 1 ? "" : "s", error);
        abort(new JobFailedException(message, jobId, stage.id(), task.context.partitionId(), error));
    }

    private void completeStage(StageRun run) {
        running.remove(run.stage);
        completed.add(run.stage);
        long end = System.currentTimeMillis();
        engine.listenerBus().stageCompleted(run.info(end, null));
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
                return true;
            }
            return false;
        });
        long end = System.currentTimeMillis();
        for (StageRun run : running.values()) {
            engine.listenerBus().stageCompleted(run.info(end, cause.getMessage()));
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
        final TaskContext context;
        final AtomicBoolean claimed = new AtomicBoolean();
        volatile Future<?> future;

        RunningTask(StageRun run, int index, TaskContext context) {
            this.run = run;
            this.index = index;
            this.context = context;
        }
    }

    /** One attempt of one stage within this job. */
    private static final class StageRun {
        final Stage stage;
        final int attempt;
        final Set<Integer> pending;
        final long submitted;
        Metrics metrics = Metrics.EMPTY;

        StageRun(Stage stage, int attempt, Set<Integer> pending, long submitted) {
            this.stage = stage;
            this.attempt = attempt;
            this.pending = pending;
            this.submitted = submitted;
        }

        StageInfo info(long completed, String failureReason) {
            Metrics reported = completed == 0 ? metrics : metrics.withDurationMillis(completed - submitted);
            List<Integer> parentIds = stage.parents().stream().map(Stage::id).toList();
            return new StageInfo(
                    stage.id(),
                    attempt,
                    stage.name(),
                    stage.numTasks(),
                    stage.isShuffleMap(),
                    parentIds,
                    stage.rddInfos(),
                    submitted,
                    completed,
                    failureReason,
                    reported);
        }
    }
}
