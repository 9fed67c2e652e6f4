package io.rivulet.engine;

import io.rivulet.PlanGraph;
import io.rivulet.RDDStorageInfo;
import io.rivulet.SpillInfo;
import io.rivulet.config.Master;
import io.rivulet.config.RivuletConfig;
import io.rivulet.config.Settings;
import io.rivulet.memory.MemoryManager;
import io.rivulet.memory.TaskMemory;
import io.rivulet.progress.ConsoleProgressBar;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Checkpointer;
import io.rivulet.rdd.RddServices;
import io.rivulet.scheduler.DAGScheduler;
import io.rivulet.scheduler.JobGroup;
import io.rivulet.scheduler.ListenerBus;
import io.rivulet.scheduler.SchedulerSettings;
import io.rivulet.scheduler.TaskScheduler;
import io.rivulet.serializer.ForySerializer;
import io.rivulet.serializer.JavaSerializer;
import io.rivulet.serializer.Serializer;
import io.rivulet.shuffle.MapOutputTracker;
import io.rivulet.shuffle.ShuffleManager;
import io.rivulet.status.AppStatus;
import io.rivulet.status.ApplicationInfo;
import io.rivulet.status.EventLogWriter;
import io.rivulet.storage.BlockManager;
import io.rivulet.storage.LocalDirs;
import io.rivulet.task.ResultHandler;
import io.rivulet.task.TaskContext;
import io.rivulet.task.TaskFunction;
import io.rivulet.ui.WebUi;
import io.rivulet.util.IdSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The composition root of one {@code Rivulet}: reads its settings once and builds its services from the
 * bottom up (local directories, memory, serializers, shuffle and block storage, the slots, the DAG
 * scheduler, the listeners, the web UI and the progress bar), handing each component its collaborators and
 * values through its constructor. The lineage reaches it as {@link RddServices}. There is no global
 * instance: several engines may live in one JVM, and every RDD knows the engine that made it.
 */
public final class Engine implements RddServices, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Engine.class.getName());
    private static final long JOBS_END_TIMEOUT_MILLIS = 30_000;
    private static final long EVENT_LOG_FLUSH_MILLIS = 1000;
    /** How long the shutdown hook lets cancelled jobs take to stop (their tasks stop at their next record). */
    private static final long SHUTDOWN_JOBS_END_TIMEOUT_MILLIS = 5_000;
    /** Every engine built and not yet closed, for a launcher that closes what a job left open. */
    private static final Set<Engine> OPEN = ConcurrentHashMap.newKeySet();

    private final Settings settings;
    private final String appName;
    private final int slots;
    private final int defaultParallelism;
    private final int maxTaskFailures;
    private final int maxConsecutiveStageAttempts;
    private final LocalDirs localDirs;
    private final ListenerBus listenerBus = new ListenerBus();
    private final IdSource ids = new IdSource();
    private final TaskScheduler taskScheduler;
    private final DAGScheduler dagScheduler;
    private final MapOutputTracker mapOutputTracker;
    private final ShuffleManager shuffleManager;
    private final Serializer serializer;
    private final Serializer objectFileSerializer;
    private final MemoryManager memoryManager;
    private final BlockManager blockManager;
    private final ContextCleaner cleaner = new ContextCleaner(this);
    private final Checkpointer checkpointer;
    /** The job group of each thread's jobs (not inherited by threads it starts, as in Spark). */
    private final ThreadLocal<JobGroup> jobGroup = new ThreadLocal<>();
    /** The plan that the jobs of each thread carry while a DataFrame action runs them ({@link #withJobPlan}). */
    private final ThreadLocal<Supplier<PlanGraph>> jobPlan = new ThreadLocal<>();
    /** The event log ({@code rivulet.eventLog.dir}), or null. */
    private final EventLogWriter eventLog;
    /** The status model and web UI ({@code rivulet.ui.enabled}), or null. */
    private final AppStatus appStatus;

    private final WebUi webUi;
    /** The console progress bar ({@code rivulet.ui.showConsoleProgress}), or null. */
    private final ConsoleProgressBar progressBar;

    /** Flushes the event log, stops the threads and deletes the temporary files of a process that ends. */
    private final EngineTimer timer;

    private final ShutdownHook shutdownHook;

    private volatile boolean closed;

    /** Where jobs run instead of the slots (a cluster runner), or null. */
    private volatile JobDelegate jobDelegate;

    /** Builds the services of {@code settings}; a bad setting fails here, naming its key. */
    public Engine(Settings settings) {
        this.settings = settings;
        this.appName = settings.get(RivuletConfig.APP_NAME);
        String master = settings.get(RivuletConfig.MASTER);
        // A cluster's jobs run there (a JobDelegate): the slots here serve only the engine's own internal jobs.
        this.slots = Master.isCluster(master) ? Runtime.getRuntime().availableProcessors() : Master.slots(master);
        this.defaultParallelism =
                settings.getOptional(RivuletConfig.DEFAULT_PARALLELISM).orElse(slots);
        this.maxTaskFailures = settings.get(RivuletConfig.TASK_MAX_FAILURES);
        this.maxConsecutiveStageAttempts = settings.get(RivuletConfig.STAGE_MAX_CONSECUTIVE_ATTEMPTS);
        this.mapOutputTracker = new MapOutputTracker(
                settings.getOptional(RivuletConfig.TEST_FAIL_SHUFFLE_FETCH).orElse(Set.of()));
        ApplicationInfo appInfo =
                new ApplicationInfo(appName, master, slots, System.currentTimeMillis(), settings.asMap());
        this.localDirs = openLocalDirs(settings);
        this.timer = new EngineTimer(threadNamePrefix());
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.serializer = new ForySerializer(loader);
        this.objectFileSerializer = new JavaSerializer(loader);
        long budget = executorMemory(settings);
        this.memoryManager = newMemoryManager(settings, budget, slots);
        this.memoryManager.setSpillReporter(this::reportSpill);
        // Shuffle outputs register as evictors first: moving them to disk costs less than recomputing blocks.
        this.shuffleManager = new ShuffleManager(
                mapOutputTracker,
                memoryManager,
                serializer,
                localDirs,
                settings.get(RivuletConfig.SHUFFLE_SERIALIZE_ABOVE),
                threadNamePrefix());
        this.blockManager = new BlockManager(serializer, localDirs, memoryManager);
        this.taskScheduler = new TaskScheduler(slots, threadNamePrefix());
        this.dagScheduler = new DAGScheduler(
                mapOutputTracker,
                taskScheduler,
                shuffleManager,
                listenerBus,
                ids,
                new SchedulerSettings(
                        appName, maxTaskFailures, maxConsecutiveStageAttempts, outOfMemoryHint(settings, budget)));
        this.checkpointer = new Checkpointer(this);
        this.eventLog = openEventLog(settings, appInfo);
        AppStatus status = settings.get(RivuletConfig.UI_ENABLED)
                ? new AppStatus(appInfo, this::storageInfo, this::livePlan)
                : null;
        this.webUi = status == null ? null : startWebUi(status);
        // Without a page to show it, the model is not kept up to date either.
        this.appStatus = webUi != null ? status : null;
        if (appStatus != null) {
            listenerBus.add(appStatus);
        }
        this.progressBar =
                settings.getOptional(RivuletConfig.UI_SHOW_CONSOLE_PROGRESS).orElseGet(ConsoleProgressBar::hasTerminal)
                        ? ConsoleProgressBar.start(threadNamePrefix(), slots, listenerBus)
                        : null;
        announceWebUi();
        this.shutdownHook = ShutdownHook.register(this);
        OPEN.add(this);
    }

    /** The local directories; what processes killed before they could close left there goes now, at start. */
    private static LocalDirs openLocalDirs(Settings settings) {
        LocalDirs dirs = new LocalDirs(
                Path.of(settings.getOptional(RivuletConfig.LOCAL_DIR).orElse(System.getProperty("java.io.tmpdir"))));
        dirs.deleteLeftovers();
        return dirs;
    }

    /** The web UI's address is printed once a job has run for a second (above the progress bar, if any). */
    private void announceWebUi() {
        if (webUi != null) {
            ConsoleProgressBar bar = progressBar;
            listenerBus.add(
                    new UiAnnouncer(appName, webUi.url(), timer, bar != null ? bar::printLine : System.err::println));
        }
    }

    private static MemoryManager newMemoryManager(Settings settings, long budget, int slots) {
        return new MemoryManager(
                budget,
                settings.get(RivuletConfig.MEMORY_STORAGE_FRACTION),
                settings.getOptional(RivuletConfig.MEMORY_MIN_SPILL_BYTES)
                        .orElseGet(() -> MemoryManager.defaultMinSpillBytes(budget, slots)));
    }

    /**
     * The event log, registered as a listener, if {@code rivulet.eventLog.dir} is set; a directory that cannot
     * be written is an error.
     */
    private EventLogWriter openEventLog(Settings settings, ApplicationInfo appInfo) {
        Optional<String> dir = settings.getOptional(RivuletConfig.EVENT_LOG_DIR);
        if (dir.isEmpty()) {
            return null;
        }
        try {
            EventLogWriter log = EventLogWriter.open(Path.of(dir.get()), appInfo, this::storageInfo);
            listenerBus.add(log);
            // Events are buffered; what happened more than a second ago is on disk, even if the process is killed.
            timer.every(EVENT_LOG_FLUSH_MILLIS, log::flushIfBehind);
            return log;
        } catch (IOException | RuntimeException e) {
            taskScheduler.close();
            localDirs.close();
            throw new IllegalArgumentException(
                    RivuletConfig.EVENT_LOG_DIR.key() + ": cannot create an event log in '" + dir.get() + "': " + e, e);
        }
    }

    /**
     * Starts the web UI (its address is printed once a job has run for a second: {@link UiAnnouncer}); a UI that
     * cannot start is not worth failing the jobs for.
     */
    private WebUi startWebUi(AppStatus status) {
        String host = settings.get(RivuletConfig.UI_HOST);
        int port = settings.get(RivuletConfig.UI_PORT);
        try {
            return WebUi.start(status, host, port, threadNamePrefix() + "-ui");
        } catch (IOException | RuntimeException e) {
            LOG.warning("the web UI did not start: " + e.getMessage());
            return null;
        }
    }

    private static final java.util.regex.Pattern UNSAFE_IN_THREAD_NAME =
            java.util.regex.Pattern.compile("[^A-Za-z0-9_.-]");

    private static String safeThreadName(String name) {
        return UNSAFE_IN_THREAD_NAME.matcher(name).replaceAll("_");
    }

    /**
     * Runs an action's job on the calling thread, in the thread's job group; afterwards writes the checkpoints
     * that the job's lineage asked for.
     */
    public <T, U> void runJob(
            BaseRDD<T> rdd, int[] partitions, TaskFunction<T, U> function, ResultHandler<U> handler, String name) {
        checkOpen();
        JobDelegate delegate = jobDelegate;
        if (delegate != null) {
            delegate.runJob(rdd, partitions, function, handler, name);
            return;
        }
        dagScheduler.runJob(rdd, partitions, function, handler, name, jobGroup.get(), jobPlan.get());
        checkpointer.afterJob(rdd);
    }

    @Override
    public <T, U> void runInternalJob(
            BaseRDD<T> rdd, int[] partitions, TaskFunction<T, U> function, ResultHandler<U> handler, String name) {
        checkOpen();
        dagScheduler.runJob(rdd, partitions, function, handler, name, null, null);
    }

    /**
     * Runs {@code body} on the calling thread; every job it starts carries {@code plan} (asked at the job's start
     * and end, and by the web UI while it runs), so that listeners see which DataFrame query a job runs.
     */
    public <R> R withJobPlan(Supplier<PlanGraph> plan, Supplier<R> body) {
        Supplier<PlanGraph> previous = jobPlan.get();
        jobPlan.set(plan);
        try {
            return body.get();
        } finally {
            if (previous == null) {
                jobPlan.remove();
            } else {
                jobPlan.set(previous);
            }
        }
    }

    /** The plan of running job {@code jobId} with its metrics now, for the web UI. */
    private Optional<PlanGraph> livePlan(int jobId) {
        return dagScheduler.livePlan(jobId);
    }

    /**
     * From now on every action's job runs on {@code delegate} (a cluster runner), which {@link #close} closes
     * first when it is {@link AutoCloseable}. Set once, before any job runs.
     */
    public void delegateJobsTo(JobDelegate delegate) {
        if (jobDelegate != null) {
            throw new IllegalStateException("jobs of " + appName + " are delegated already");
        }
        jobDelegate = java.util.Objects.requireNonNull(delegate, "delegate is null");
    }

    /** Puts the calling thread's later jobs in {@code group}; null takes them out of any group. */
    public void setJobGroup(JobGroup group) {
        if (group == null) {
            jobGroup.remove();
        } else {
            jobGroup.set(group);
        }
    }

    /** The calling thread's job group, or null. */
    public JobGroup jobGroup() {
        return jobGroup.get();
    }

    @Override
    public void checkOpen() {
        if (closed) {
            throw new IllegalStateException(
                    "this Rivulet (app '" + appName + "') is closed: create a new one to run more jobs");
        }
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public String appName() {
        return appName;
    }

    /** The web UI's address, like {@code http://127.0.0.1:4040/}, when it runs. */
    public Optional<String> uiUrl() {
        return Optional.ofNullable(webUi).map(WebUi::url);
    }

    /** The status model behind the web UI, when {@code rivulet.ui.enabled}; tests compare it with event logs. */
    public Optional<AppStatus> appStatus() {
        return Optional.ofNullable(appStatus);
    }

    /** The event log being written, when {@code rivulet.eventLog.dir} is set. */
    public Optional<EventLogWriter> eventLog() {
        return Optional.ofNullable(eventLog);
    }

    /** What each persisted RDD that is still reachable has stored, in memory and on disk, sorted by id. */
    public List<RDDStorageInfo> storageInfo() {
        Map<Integer, BlockManager.StorageSummary> stored = blockManager.summaries();
        List<RDDStorageInfo> infos = new ArrayList<>();
        cleaner.persistedRdds().forEach((id, node) -> {
            BlockManager.StorageSummary summary = stored.getOrDefault(id, new BlockManager.StorageSummary(0, 0, 0));
            infos.add(new RDDStorageInfo(
                    id,
                    node.name() != null ? node.name() : node.operation(),
                    node.storageLevel(),
                    node.numPartitions(),
                    summary.blocks(),
                    summary.memoryBytes(),
                    summary.diskBytes()));
        });
        return infos;
    }

    public int slots() {
        return slots;
    }

    @Override
    public int defaultParallelism() {
        return defaultParallelism;
    }

    public int maxTaskFailures() {
        return maxTaskFailures;
    }

    /** {@code rivulet.stage.maxConsecutiveAttempts}: fetch-failed attempts of a stage in a row before its job fails. */
    public int maxConsecutiveStageAttempts() {
        return maxConsecutiveStageAttempts;
    }

    public LocalDirs localDirs() {
        return localDirs;
    }

    public ListenerBus listenerBus() {
        return listenerBus;
    }

    public TaskScheduler taskScheduler() {
        return taskScheduler;
    }

    public DAGScheduler dagScheduler() {
        return dagScheduler;
    }

    public MapOutputTracker mapOutputTracker() {
        return mapOutputTracker;
    }

    @Override
    public ShuffleManager shuffleManager() {
        return shuffleManager;
    }

    @Override
    public BlockManager blockManager() {
        return blockManager;
    }

    /** Deletes the blocks and shuffles of RDDs that are no longer reachable. */
    public ContextCleaner cleaner() {
        return cleaner;
    }

    public Checkpointer checkpointer() {
        return checkpointer;
    }

    /** The app name as thread names carry it: {@code rivulet-<this>-<role>-<n>}. */
    String threadNamePrefix() {
        return safeThreadName(appName);
    }

    @Override
    public void registerShuffle(BaseRDD<?> owner, int shuffleId) {
        cleaner.registerShuffle(owner, shuffleId);
    }

    @Override
    public void registerPersisted(BaseRDD<?> rdd) {
        blockManager.markPersisted(rdd.id());
        cleaner.registerPersisted(rdd);
    }

    @Override
    public void unregisterPersisted(int rddId) {
        cleaner.unregisterPersisted(rddId);
    }

    @Override
    public void registerCheckpoint(BaseRDD<?> rdd) {
        cleaner.registerCheckpoint(rdd);
    }

    /** Serializes spills, shuffle files and serialized blocks (Fory; records need not be Serializable). */
    @Override
    public Serializer serializer() {
        return serializer;
    }

    /** Serializes object files: Java serialization, a stable format other tools can read, as Spark's. */
    @Override
    public Serializer objectFileSerializer() {
        return objectFileSerializer;
    }

    public MemoryManager memoryManager() {
        return memoryManager;
    }

    /** The task's share of execution memory, and what its buffers need to spill. */
    @Override
    public TaskMemory taskMemory(TaskContext context) {
        return TaskMemory.of(context, memoryManager, serializer, localDirs);
    }

    /**
     * The budget for execution and storage: {@code rivulet.executor.memory}, or by default 60% of the heap
     * beyond a reserve of 300 MiB (half of small heaps), as Spark sizes its unified memory, and at most 60% of
     * what the live heap leaves free. A budget the heap cannot hold at all is refused.
     */
    private static long executorMemory(Settings settings) {
        Runtime runtime = Runtime.getRuntime();
        long maxHeap = runtime.maxMemory();
        long defaultBudget = MemoryManager.defaultBudget(maxHeap, runtime.totalMemory() - runtime.freeMemory());
        Optional<Long> set = settings.getOptional(RivuletConfig.EXECUTOR_MEMORY);
        if (set.isPresent() && set.get() > maxHeap) {
            throw new IllegalArgumentException(String.format(
                    "%s (%s) is larger than the Java heap (%s at most, -Xmx): the budget could never be held and"
                            + " jobs would fail with OutOfMemoryError; set it below the heap (the default here is %s),"
                            + " or give the JVM more heap (-Xmx, or RIVULET_JAVA_OPTS=-Xmx... for bin/rivulet)",
                    RivuletConfig.EXECUTOR_MEMORY.key(),
                    settings.raw(RivuletConfig.EXECUTOR_MEMORY.key())
                            .orElse("?")
                            .trim(),
                    megabytes(maxHeap),
                    megabytes(defaultBudget)));
        }
        return set.orElse(defaultBudget);
    }

    private static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }

    /** What to change when a task runs out of heap: the budget in force, and the heap. */
    private static String outOfMemoryHint(Settings settings, long budget) {
        String key = RivuletConfig.EXECUTOR_MEMORY.key();
        return String.format(
                "lower the memory budget %s (now %s%s; --executor-memory for bin/rivulet) so that buffers spill"
                        + " sooner, or give the JVM more heap (-Xmx, RIVULET_JAVA_OPTS for bin/rivulet)",
                key, megabytes(budget), settings.isSet(RivuletConfig.EXECUTOR_MEMORY) ? "" : ", the default");
    }

    private void reportSpill(SpillInfo spill) {
        LOG.fine(() -> String.format(
                "spill in stage %d partition %d: %d records, %d bytes: %s",
                spill.stageId(), spill.partition(), spill.records(), spill.bytes(), spill.cause()));
        listenerBus.spilled(spill);
    }

    /** The application's end, for the event log and the web UI's model, before the blocks they report go. */
    private void endStatus() {
        if (eventLog == null && appStatus == null) {
            return;
        }
        long end = System.currentTimeMillis();
        List<RDDStorageInfo> finalStorage = storageInfo();
        if (appStatus != null) {
            listenerBus.remove(appStatus);
            appStatus.onApplicationEnd(end, finalStorage);
        }
        if (webUi != null) {
            webUi.close();
        }
        if (eventLog != null) {
            listenerBus.remove(eventLog);
            eventLog.close(end, finalStorage);
        }
    }

    @Override
    public int newRddId() {
        return ids.newRddId();
    }

    @Override
    public int newShuffleId() {
        return ids.newShuffleId();
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Cancels running jobs, stops the slots, frees shuffle and block storage and deletes local files. Shared
     * state is cleared only once the cancelled jobs have ended, so that none of them finds it half gone.
     */
    @Override
    public void close() {
        close(JOBS_END_TIMEOUT_MILLIS);
    }

    /**
     * The shutdown hook's close ({@link ShutdownHook}): the JVM is exiting, so jobs get a few seconds to stop,
     * and the outputs they were writing are deleted here (their save actions will not get to it).
     */
    void closeOnShutdown() {
        int running = dagScheduler.activeJobCount();
        if (running > 0 && !closed) {
            System.err.println("rivulet: the JVM is exiting while " + appName + " runs " + running + " job"
                    + (running == 1 ? "" : "s") + ": cancelling, and deleting its temporary files and partial output");
        }
        close(SHUTDOWN_JOBS_END_TIMEOUT_MILLIS);
        io.rivulet.io.OutputWriter.abortOutputsInProgress();
    }

    private synchronized void close(long jobsEndTimeoutMillis) {
        if (closed) {
            return;
        }
        closed = true;
        OPEN.remove(this);
        if (jobDelegate instanceof AutoCloseable runner) {
            try {
                runner.close();
            } catch (Exception e) {
                LOG.warning("closing the cluster runner of " + appName + " failed: " + e);
            }
        }
        shutdownHook.unregister();
        dagScheduler.cancelJobsForClose();
        taskScheduler.close();
        try {
            if (!dagScheduler.awaitJobsEnded(jobsEndTimeoutMillis)) {
                LOG.warning("jobs of " + appName + " still run " + jobsEndTimeoutMillis + " ms after close()");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.close();
        endStatus();
        shuffleManager.close();
        cleaner.close();
        mapOutputTracker.clear();
        blockManager.clear();
        checkpointer.close();
        localDirs.close();
        serializer.close();
        if (progressBar != null) {
            progressBar.close(); // after the jobs it cancelled have ended, and their bars with them
        }
    }

    /**
     * Closes every engine still open in this JVM, for a launcher whose job's {@code main} returned without
     * closing its {@code Rivulet}; returns the names of the applications it closed.
     */
    public static List<String> closeAllOpen() {
        List<String> names = new ArrayList<>();
        for (Engine engine : List.copyOf(OPEN)) {
            if (!engine.closed) {
                names.add(engine.appName);
                engine.close();
            }
        }
        return names;
    }
}
