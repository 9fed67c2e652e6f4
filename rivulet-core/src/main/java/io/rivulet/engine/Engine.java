package io.rivulet.engine;

import io.rivulet.RDDStorageInfo;
import io.rivulet.SpillInfo;
import io.rivulet.memory.MemoryManager;
import io.rivulet.memory.TaskMemory;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Checkpointer;
import io.rivulet.scheduler.DAGScheduler;
import io.rivulet.scheduler.JobGroup;
import io.rivulet.scheduler.ListenerBus;
import io.rivulet.scheduler.ResultHandler;
import io.rivulet.scheduler.TaskContext;
import io.rivulet.scheduler.TaskFunction;
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
import io.rivulet.ui.WebUi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The services one {@code Rivulet} owns: its settings, worker slots, DAG scheduler, shuffle and block
 * storage, local directories and listeners. There is no global instance: several engines may live in
 * one JVM, and every RDD knows the engine that made it.
 */
public final class Engine implements AutoCloseable {
    /** Share of the memory budget that execution cannot evict cached blocks from. */
    public static final String STORAGE_FRACTION = "rivulet.memory.storageFraction";
    /** Buffers smaller than this never spill; tests lower it so that small data spills. */
    public static final String MIN_SPILL_BYTES = "rivulet.memory.minSpillBytes";

    /** The address the web UI listens on; the default serves this machine only. */
    public static final String UI_HOST = "rivulet.ui.host";

    private static final Logger LOG = Logger.getLogger(Engine.class.getName());
    private static final long JOBS_END_TIMEOUT_MILLIS = 30_000;

    private final RivuletConf conf;
    private final String appName;
    private final int slots;
    private final int defaultParallelism;
    private final int maxTaskFailures;
    private final int maxConsecutiveStageAttempts;
    private final LocalDirs localDirs;
    private final ListenerBus listenerBus = new ListenerBus();
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
    private final AtomicInteger rddIds = new AtomicInteger();
    private final AtomicInteger shuffleIds = new AtomicInteger();
    private final AtomicInteger jobIds = new AtomicInteger();
    private final AtomicInteger stageIds = new AtomicInteger();
    private final AtomicLong taskIds = new AtomicLong();
    /** The job group of each thread's jobs (not inherited by threads it starts, as in Spark). */
    private final ThreadLocal<JobGroup> jobGroup = new ThreadLocal<>();
    /** The event log ({@code rivulet.eventLog.dir}), or null. */
    private final EventLogWriter eventLog;
    /** The status model and web UI ({@code rivulet.ui.enabled}), or null. */
    private final AppStatus appStatus;

    private final WebUi webUi;

    private volatile boolean closed;

    public Engine(RivuletConf conf) {
        this.conf = conf;
        this.appName = conf.get(RivuletConf.APP_NAME, "rivulet");
        this.slots = Master.slots(conf.get(RivuletConf.MASTER, "local[*]"));
        this.defaultParallelism = conf.getInt(RivuletConf.DEFAULT_PARALLELISM, slots);
        if (defaultParallelism <= 0) {
            throw new IllegalArgumentException(
                    RivuletConf.DEFAULT_PARALLELISM + " must be positive: " + defaultParallelism);
        }
        this.maxTaskFailures = conf.getInt(RivuletConf.TASK_MAX_FAILURES, 4);
        if (maxTaskFailures <= 0) {
            throw new IllegalArgumentException(RivuletConf.TASK_MAX_FAILURES + " must be positive: " + maxTaskFailures);
        }
        this.maxConsecutiveStageAttempts = conf.getInt(RivuletConf.STAGE_MAX_CONSECUTIVE_ATTEMPTS, 4);
        if (maxConsecutiveStageAttempts <= 0) {
            throw new IllegalArgumentException(
                    RivuletConf.STAGE_MAX_CONSECUTIVE_ATTEMPTS + " must be positive: " + maxConsecutiveStageAttempts);
        }
        this.mapOutputTracker = new MapOutputTracker(conf.get(MapOutputTracker.FAIL_SHUFFLE_FETCH)
                .map(MapOutputTracker::parseFetchesToFail)
                .orElse(Set.of()));
        // No memory manager reads it yet; parsed here so that a bad value set with config() fails at build().
        conf.get(RivuletConf.EXECUTOR_MEMORY)
                .ifPresent(value -> RivuletConf.parseBytes(RivuletConf.EXECUTOR_MEMORY, value));
        ApplicationInfo appInfo = new ApplicationInfo(
                appName, conf.get(RivuletConf.MASTER, "local[*]"), slots, System.currentTimeMillis(), conf.asMap());
        boolean uiEnabled = conf.getBoolean(RivuletConf.UI_ENABLED, false);
        int uiPort = conf.getInt(RivuletConf.UI_PORT, 4040);
        if (uiPort < 0 || uiPort > 65535) {
            throw new IllegalArgumentException(
                    RivuletConf.UI_PORT + " must be a port number, or 0 for any free port: " + uiPort);
        }
        this.localDirs = new LocalDirs(Path.of(conf.get(RivuletConf.LOCAL_DIR, System.getProperty("java.io.tmpdir"))));
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.serializer = new ForySerializer(loader);
        this.objectFileSerializer = new JavaSerializer(loader);
        this.memoryManager = new MemoryManager(
                executorMemory(conf),
                conf.getDouble(STORAGE_FRACTION, 0.5),
                conf.getBytes(MIN_SPILL_BYTES, MemoryManager.DEFAULT_MIN_SPILL_BYTES));
        this.memoryManager.setSpillReporter(this::reportSpill);
        // Shuffle outputs register as evictors first: moving them to disk costs less than recomputing blocks.
        this.shuffleManager = new ShuffleManager(
                mapOutputTracker,
                memoryManager,
                serializer,
                localDirs,
                conf.getBytes(ShuffleManager.SERIALIZE_ABOVE, ShuffleManager.DEFAULT_SERIALIZE_ABOVE),
                safeThreadName(appName));
        this.blockManager = new BlockManager(serializer, localDirs, memoryManager);
        this.taskScheduler = new TaskScheduler(slots, safeThreadName(appName));
        this.dagScheduler = new DAGScheduler(this);
        this.checkpointer = new Checkpointer(this);
        try {
            this.eventLog = openEventLog(conf, appInfo);
        } catch (RuntimeException e) {
            localDirs.close();
            throw e;
        }
        if (eventLog != null) {
            listenerBus.add(eventLog);
        }
        AppStatus status = uiEnabled ? new AppStatus(appInfo, this::storageInfo) : null;
        this.webUi = uiEnabled ? startWebUi(status, conf.get(UI_HOST, "127.0.0.1"), uiPort) : null;
        // Without a page to show it, the model is not kept up to date either.
        this.appStatus = webUi != null ? status : null;
        if (appStatus != null) {
            listenerBus.add(appStatus);
        }
    }

    /** The event log, if {@code rivulet.eventLog.dir} is set; a directory that cannot be written is an error. */
    private EventLogWriter openEventLog(RivuletConf conf, ApplicationInfo appInfo) {
        Optional<String> dir = conf.get(RivuletConf.EVENT_LOG_DIR);
        if (dir.isEmpty()) {
            return null;
        }
        try {
            return EventLogWriter.open(Path.of(dir.get()), appInfo, this::storageInfo);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    RivuletConf.EVENT_LOG_DIR + ": cannot create an event log in '" + dir.get() + "': " + e, e);
        }
    }

    /** Starts the web UI and says where it is, once; a UI that cannot start is not worth failing the jobs for. */
    private WebUi startWebUi(AppStatus status, String host, int port) {
        try {
            WebUi ui = WebUi.start(status, host, port, threadNamePrefix() + "-ui");
            System.err.println("Rivulet web UI for " + appName + " at " + ui.url());
            return ui;
        } catch (IOException | RuntimeException e) {
            LOG.warning("the web UI did not start: " + e.getMessage());
            return null;
        }
    }

    private static String safeThreadName(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    public <T, U> void runJob(
            BaseRDD<T> rdd, int[] partitions, TaskFunction<T, U> function, ResultHandler<U> handler, String name) {
        checkOpen();
        dagScheduler.runJob(rdd, partitions, function, handler, name, jobGroup.get());
        checkpointer.afterJob(rdd);
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

    public void checkOpen() {
        if (closed) {
            throw new IllegalStateException(
                    "this Rivulet (app '" + appName + "') is closed: create a new one to run more jobs");
        }
    }

    public RivuletConf conf() {
        return conf;
    }

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

    public ShuffleManager shuffleManager() {
        return shuffleManager;
    }

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

    /** Serializes spills, shuffle files and serialized blocks (Fory; records need not be Serializable). */
    public Serializer serializer() {
        return serializer;
    }

    /** Serializes object files: Java serialization, a stable format other tools can read, as Spark's. */
    public Serializer objectFileSerializer() {
        return objectFileSerializer;
    }

    public MemoryManager memoryManager() {
        return memoryManager;
    }

    /** The task's share of execution memory, and what its buffers need to spill. */
    public TaskMemory taskMemory(TaskContext context) {
        return TaskMemory.of(context, memoryManager, serializer, localDirs);
    }

    /**
     * The budget for execution and storage: {@code rivulet.executor.memory}, or by default 60% of the heap
     * beyond a reserve of 300 MiB (a quarter of small heaps), as Spark sizes its unified memory.
     */
    private static long executorMemory(RivuletConf conf) {
        long maxHeap = Runtime.getRuntime().maxMemory();
        long budget = conf.getBytes(RivuletConf.EXECUTOR_MEMORY, MemoryManager.defaultBudget(maxHeap));
        if (budget <= 0) {
            throw new IllegalArgumentException(RivuletConf.EXECUTOR_MEMORY + " must be positive: " + budget);
        }
        return budget;
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

    public int newRddId() {
        return rddIds.getAndIncrement();
    }

    public int newShuffleId() {
        return shuffleIds.getAndIncrement();
    }

    public int newJobId() {
        return jobIds.getAndIncrement();
    }

    public int newStageId() {
        return stageIds.getAndIncrement();
    }

    public long newTaskId() {
        return taskIds.getAndIncrement();
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Cancels running jobs, stops the slots, frees shuffle and block storage and deletes local files. Shared
     * state is cleared only once the cancelled jobs have ended, so that none of them finds it half gone.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        dagScheduler.cancelJobsForClose();
        taskScheduler.close();
        try {
            if (!dagScheduler.awaitJobsEnded(JOBS_END_TIMEOUT_MILLIS)) {
                LOG.warning("jobs of " + appName + " still run " + JOBS_END_TIMEOUT_MILLIS + " ms after close()");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        endStatus();
        shuffleManager.close();
        cleaner.close();
        mapOutputTracker.clear();
        blockManager.clear();
        checkpointer.close();
        localDirs.close();
        serializer.close();
    }
}
