package io.rivulet.status;

import static io.rivulet.util.Checks.checkNotNull;

import io.rivulet.JobInfo;
import io.rivulet.JobListener;
import io.rivulet.Metrics;
import io.rivulet.PlanGraph;
import io.rivulet.RDDStorageInfo;
import io.rivulet.SpillInfo;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import io.rivulet.status.StatusSnapshot.JobStatus;
import io.rivulet.status.StatusSnapshot.RunStatus;
import io.rivulet.status.StatusSnapshot.SlotStatus;
import io.rivulet.status.StatusSnapshot.SpillSummary;
import io.rivulet.status.StatusSnapshot.StageStatus;
import io.rivulet.status.StatusSnapshot.TaskBar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The status model of one application: its jobs, the runs of their stages (with the RDDs each pipelines),
 * tasks, spills, cached RDDs and worker slots. Both the live web UI and {@code rivulet report} render it.
 *
 * <p>How it is fed: as a {@link io.rivulet.JobListener} of a running {@code Rivulet}, or by
 * {@link EventLogReader} replaying an event log; the same events give the same model, which is how the event
 * log is tested. How it is read: {@link #snapshot()} copies it (bounded by the retention limits below) and
 * {@link #tasks(int)} copies one stage run's tasks.
 *
 * <p>Cost: every event is handled in constant time (a stage submission looks at the running jobs, a handful),
 * and nothing is computed for display until someone asks; so a {@code Rivulet} whose UI nobody watches pays
 * a few field updates per task. Memory is bounded as Spark's UI bounds it: the latest {@link #MAX_JOBS} jobs,
 * {@link #MAX_STAGE_RUNS} stage runs, the first {@link #MAX_TASKS_PER_RUN} tasks of each run (all are
 * counted), the latest {@link #MAX_TASK_BARS} tasks for the slot timeline and {@link #MAX_SPILLS} spills.
 *
 * <p>Threading: events arrive one at a time from the listener bus while HTTP threads take snapshots; one
 * lock (this object's) guards everything.
 *
 * <p>Reviewer checklist: no event handler loops over tasks or stages; every collection that grows with
 * the application is capped; a snapshot shares no mutable object with the model.
 */
public final class AppStatus implements JobListener {
    public static final int MAX_JOBS = 1000;
    public static final int MAX_STAGE_RUNS = 2000;
    public static final int MAX_TASKS_PER_RUN = 1000;
    public static final int MAX_TASK_BARS = 5000;
    public static final int MAX_SPILLS = 200;

    /** Slot names differ in a number at their end: shorter names first puts slot 2 before slot 10. */
    private static final Comparator<String> SLOT_ORDER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private final ApplicationInfo app;
    /** Asked for the cached RDDs at each snapshot while the application runs; null for a replayed log. */
    private Supplier<List<RDDStorageInfo>> liveStorage;
    /** Asked for a running job's plan with its metrics now; null for a replayed log. */
    private IntFunction<Optional<PlanGraph>> livePlans;

    private List<RDDStorageInfo> storage = List.of();
    private long endTimeMillis;
    private final JobStages jobStages = new JobStages();
    private final Map<Integer, JobData> jobs = new LinkedHashMap<>();
    private final Map<Integer, RunData> runs = new LinkedHashMap<>();
    /** The latest run of each (stage id, attempt): where its tasks go. */
    private final Map<Long, RunData> runByAttempt = new HashMap<>();

    private int nextRunId;
    private final Map<String, SlotData> slots = new TreeMap<>(SLOT_ORDER);
    private final ArrayDeque<SpillInfo> recentSpills = new ArrayDeque<>();
    private long spillCount;
    private long spillBytes;
    private final ArrayDeque<TaskBar> taskBars = new ArrayDeque<>();

    /** A model fed by events only (a replayed log): cached RDDs come from storage events. */
    public AppStatus(ApplicationInfo app) {
        this.app = checkNotNull(app, "app");
    }

    /** A model of a running application, asking {@code storage} for its cached RDDs when a snapshot is taken. */
    public AppStatus(ApplicationInfo app, Supplier<List<RDDStorageInfo>> storage) {
        this(app);
        this.liveStorage = checkNotNull(storage, "storage");
    }

    /**
     * A model of a running application that also asks {@code livePlans} for the plan of a running job (its
     * operators' metrics grow as tasks succeed; the job's events carry them only at its start and end).
     */
    public AppStatus(
            ApplicationInfo app, Supplier<List<RDDStorageInfo>> storage, IntFunction<Optional<PlanGraph>> livePlans) {
        this(app, storage);
        this.livePlans = checkNotNull(livePlans, "livePlans");
    }

    public ApplicationInfo app() {
        return app;
    }

    @Override
    public synchronized void onJobStart(JobInfo job) {
        jobStages.jobStarted(job);
        jobs.put(job.jobId(), new JobData(job));
        if (jobs.size() > MAX_JOBS) {
            Iterator<JobData> eldest = jobs.values().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    @Override
    public synchronized void onJobEnd(JobInfo job) {
        List<Integer> skipped = jobStages.jobEnded(job.jobId());
        JobData data = jobs.get(job.jobId());
        if (data != null) {
            data.info = job;
            data.skippedStageIds = skipped;
        }
    }

    @Override
    public synchronized void onStageSubmitted(StageInfo stage) {
        RunData run = new RunData(nextRunId++, stage, jobStages.stageSubmitted(stage.stageId()));
        runs.put(run.runId, run);
        runByAttempt.put(attemptKey(stage.stageId(), stage.attempt()), run);
        for (int jobId : run.jobIds) {
            JobData job = jobs.get(jobId);
            if (job != null) {
                job.runIds.add(run.runId);
            }
        }
        if (runs.size() > MAX_STAGE_RUNS) {
            Iterator<RunData> eldest = runs.values().iterator();
            RunData evicted = eldest.next();
            eldest.remove();
            runByAttempt.remove(attemptKey(evicted.info.stageId(), evicted.info.attempt()), evicted);
        }
    }

    @Override
    public synchronized void onStageCompleted(StageInfo stage) {
        RunData run = runByAttempt.get(attemptKey(stage.stageId(), stage.attempt()));
        if (run != null) {
            run.info = stage;
            run.status = stage.failureReason() == null ? RunStatus.SUCCEEDED : RunStatus.FAILED;
        }
    }

    @Override
    public synchronized void onTaskEnd(TaskInfo task) {
        long millis = task.finishTimeMillis() - task.launchTimeMillis();
        RunData run = runByAttempt.get(attemptKey(task.stageId(), task.stageAttempt()));
        if (run != null) {
            if (task.successful()) {
                run.succeeded++;
                run.taskMetrics = run.taskMetrics.plus(task.metrics());
            } else {
                run.failed++;
            }
            if (run.tasks.size() < MAX_TASKS_PER_RUN) {
                run.tasks.add(task);
                if (task.successful()) {
                    run.durations.add(millis);
                }
            }
            taskBars.addLast(new TaskBar(
                    run.runId, task.slot(), task.launchTimeMillis(), task.finishTimeMillis(), task.successful()));
            if (taskBars.size() > MAX_TASK_BARS) {
                taskBars.removeFirst();
            }
        }
        JobData job = jobs.get(task.jobId());
        if (job != null) {
            if (task.successful()) {
                job.succeeded++;
            } else {
                job.failed++;
            }
        }
        SlotData slot = slots.computeIfAbsent(task.slot(), name -> new SlotData());
        slot.tasks++;
        slot.failed += task.successful() ? 0 : 1;
        slot.busyMillis += millis;
    }

    @Override
    public synchronized void onSpill(SpillInfo spill) {
        spillCount++;
        spillBytes += spill.bytes();
        recentSpills.addLast(spill);
        if (recentSpills.size() > MAX_SPILLS) {
            recentSpills.removeFirst();
        }
    }

    /** What is cached now, as an event log records it after each job (replayed models only). */
    public synchronized void onStorageUpdated(List<RDDStorageInfo> rdds) {
        this.storage = List.copyOf(rdds);
    }

    /** The application was closed (as an event log records it): times stop. */
    public synchronized void onApplicationEnd(long endTimeMillis) {
        this.endTimeMillis = endTimeMillis;
    }

    /** The application was closed: times stop, and the cached RDDs stay as they were just before. */
    public synchronized void onApplicationEnd(long endTimeMillis, List<RDDStorageInfo> finalStorage) {
        this.endTimeMillis = endTimeMillis;
        this.storage = List.copyOf(finalStorage);
        this.liveStorage = null;
    }

    /** A copy of everything retained, for rendering. */
    public StatusSnapshot snapshot() {
        Supplier<List<RDDStorageInfo>> storageSource;
        synchronized (this) {
            storageSource = liveStorage;
        }
        // Asked outside the lock: the block manager has its own, and listener events need not wait for it.
        List<RDDStorageInfo> live = storageSource == null ? null : storageSource.get();
        synchronized (this) {
            List<JobStatus> jobList = new ArrayList<>(jobs.size());
            for (JobData job : jobs.values()) {
                jobList.add(new JobStatus(job.info, job.runIds, job.skippedStageIds, job.succeeded, job.failed));
            }
            List<StageStatus> stageList = new ArrayList<>(runs.size());
            for (RunData run : runs.values()) {
                stageList.add(new StageStatus(
                        run.runId,
                        run.info,
                        run.status,
                        run.jobIds,
                        run.succeeded,
                        run.failed,
                        run.taskMetrics,
                        run.durations));
            }
            List<SlotStatus> slotList = new ArrayList<>(slots.size());
            slots.forEach((name, slot) -> slotList.add(new SlotStatus(name, slot.tasks, slot.failed, slot.busyMillis)));
            return new StatusSnapshot(
                    app,
                    endTimeMillis,
                    jobList,
                    stageList,
                    live != null && liveStorage != null ? live : storage,
                    slotList,
                    new SpillSummary(spillCount, spillBytes, new ArrayList<>(recentSpills)),
                    new ArrayList<>(taskBars));
        }
    }

    /**
     * The plan of job {@code jobId}: while it runs, as current as the live source knows it; then as its last
     * event carries it. Empty for a job of RDDs, or one not retained.
     */
    public Optional<PlanGraph> plan(int jobId) {
        JobInfo info;
        IntFunction<Optional<PlanGraph>> source;
        synchronized (this) {
            JobData job = jobs.get(jobId);
            if (job == null) {
                return Optional.empty();
            }
            info = job.info;
            source = livePlans;
        }
        if (info.status() == JobInfo.Status.RUNNING && info.plan().isPresent() && source != null) {
            // Asked outside the lock, as the storage is: the plan's metrics have their own.
            Optional<PlanGraph> live = source.apply(jobId);
            if (live.isPresent()) {
                return live;
            }
            synchronized (this) {
                JobData job = jobs.get(jobId);
                info = job == null ? info : job.info; // it ended meanwhile: its end event has the final plan
            }
        }
        return info.plan();
    }

    /** The retained tasks of one stage run, in the order they ended; empty for an unknown run. */
    public synchronized List<TaskInfo> tasks(int runId) {
        RunData run = runs.get(runId);
        return run == null ? List.of() : List.copyOf(run.tasks);
    }

    private static long attemptKey(int stageId, int attempt) {
        return ((long) stageId << 32) | (attempt & 0xffffffffL);
    }

    private static final class JobData {
        JobInfo info;
        final List<Integer> runIds = new ArrayList<>();
        List<Integer> skippedStageIds = List.of();
        int succeeded;
        int failed;

        JobData(JobInfo info) {
            this.info = info;
        }
    }

    private static final class RunData {
        final int runId;
        StageInfo info;
        final List<Integer> jobIds;
        RunStatus status = RunStatus.RUNNING;
        int succeeded;
        int failed;
        Metrics taskMetrics = Metrics.EMPTY;
        final List<TaskInfo> tasks = new ArrayList<>();
        final List<Long> durations = new ArrayList<>();

        RunData(int runId, StageInfo info, List<Integer> jobIds) {
            this.runId = runId;
            this.info = info;
            this.jobIds = List.copyOf(jobIds);
        }
    }

    private static final class SlotData {
        int tasks;
        int failed;
        long busyMillis;
    }
}
