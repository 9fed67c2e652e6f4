package io.rivulet;

import static io.rivulet.util.Checks.checkArgument;
import static io.rivulet.util.Checks.checkNotNull;

import io.rivulet.config.Master;
import io.rivulet.config.RivuletConfig;
import io.rivulet.config.Settings;
import io.rivulet.engine.Engine;
import io.rivulet.internal.ClusterRunner;
import io.rivulet.internal.ClusterRunners;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.io.InputFiles;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.ObjectFileRDD;
import io.rivulet.rdd.ParallelCollectionRDD;
import io.rivulet.rdd.RangeRDD;
import io.rivulet.rdd.TextFileRDD;
import io.rivulet.scheduler.JobGroup;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.DataFrameReader;
import io.rivulet.sql.Row;
import io.rivulet.sql.UDFRegistration;
import io.rivulet.sql.parser.SqlParser;
import io.rivulet.sql.plan.UnresolvedRelation;
import io.rivulet.sql.session.Frames;
import io.rivulet.sql.session.Relations;
import io.rivulet.sql.session.SqlSession;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The entry point: creates RDDs and runs their jobs on worker slots in this JVM.
 *
 * <pre>{@code
 * try (Rivulet rv = Rivulet.builder().master("local[4]").appName("wordcount").build()) {
 *     rv.textFile("logs/*.txt").flatMap(...).mapToPair(...).reduceByKey(Long::sum).saveAsTextFile("out");
 * }
 * }</pre>
 *
 * <p>Thread-safe: jobs may be started from several threads at once. {@link #close()} stops every thread
 * this instance started and deletes its temporary files; several instances may live in one JVM.
 */
public final class Rivulet implements AutoCloseable {
    static {
        RivuletInternals.register(new FacadeAccess());
    }

    private final Engine engine;
    /** The cluster runner every job goes to, or null for the embedded engine. */
    private final ClusterRunner runner;

    private final AtomicLong broadcastIds = new AtomicLong();
    /** The DataFrame and SQL layer, made on first use: an RDD-only application never loads it. */
    private volatile SqlSession sqlSession;

    private Rivulet(Engine engine, ClusterRunner runner) {
        this.engine = engine;
        this.runner = runner;
        if (runner != null) {
            engine.delegateJobsTo(runner); // the engine closes it first
            runner.started(engine);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code builder().build()}: all cores of this machine. */
    public static Rivulet local() {
        return builder().build();
    }

    // ---- creating RDDs ---------------------------------------------------------------------------

    /** The list's elements (copied now), cut into {@link #defaultParallelism()} slices. */
    public <T> RDD<T> parallelize(List<T> data) {
        return parallelize(data, engine.defaultParallelism());
    }

    public <T> RDD<T> parallelize(List<T> data, int numSlices) {
        checkNotNull(data, "data");
        checkArgument(numSlices > 0, "numSlices must be positive: %s", numSlices);
        List<T> copy = new ArrayList<>(data);
        return new RDD<>(this, new ParallelCollectionRDD<>(engine, "parallelize", () -> copy, numSlices));
    }

    /** Key-value pairs as a {@link PairRDD}. */
    public <K, V> PairRDD<K, V> parallelizePairs(List<Pair<K, V>> data) {
        return parallelizePairs(data, engine.defaultParallelism());
    }

    public <K, V> PairRDD<K, V> parallelizePairs(List<Pair<K, V>> data, int numSlices) {
        RDD<Pair<K, V>> rdd = parallelize(data, numSlices);
        return new PairRDD<>(this, rdd.node);
    }

    /**
     * A single-use source: the iterator is drained on first use and its elements kept, so that every later
     * action sees the same elements.
     */
    public <T> RDD<T> parallelize(Iterator<T> data) {
        return parallelize(data, engine.defaultParallelism());
    }

    public <T> RDD<T> parallelize(Iterator<T> data, int numSlices) {
        checkNotNull(data, "data");
        checkArgument(numSlices > 0, "numSlices must be positive: %s", numSlices);
        return new RDD<>(this, new ParallelCollectionRDD<>(engine, "parallelize", memoize(data), numSlices));
    }

    /** A single-use source, like {@link #parallelize(Iterator)}. */
    public <T> RDD<T> parallelize(Stream<T> data) {
        checkNotNull(data, "data");
        return parallelize(data.iterator());
    }

    public <T> RDD<T> parallelize(Stream<T> data, int numSlices) {
        checkNotNull(data, "data");
        return parallelize(data.iterator(), numSlices);
    }

    private static <T> Supplier<List<T>> memoize(Iterator<T> source) {
        return new Supplier<>() {
            private volatile List<T> elements;
            private RuntimeException failure; // guarded by this

            @Override
            public List<T> get() {
                List<T> result = elements;
                if (result == null) {
                    synchronized (this) {
                        result = elements;
                        if (result == null) {
                            // A source that failed part-way cannot be read again: what is left of it is not the data.
                            if (failure != null) {
                                throw new IllegalArgumentException(
                                        "the single-use source (an Iterator or Stream given to parallelize) failed "
                                                + "while it was read, so its elements are lost: " + failure,
                                        failure);
                            }
                            result = new ArrayList<>();
                            try {
                                source.forEachRemaining(result::add);
                            } catch (RuntimeException e) {
                                failure = e;
                                throw e;
                            }
                            elements = result;
                        }
                    }
                }
                return result;
            }
        };
    }

    /** The numbers {@code start} to {@code end - 1}, in {@link #defaultParallelism()} slices. */
    public RDD<Long> range(long start, long end) {
        return range(start, end, 1, engine.defaultParallelism());
    }

    /** {@code start, start + step, ...} while before {@code end} (step may be negative), in {@code numSlices}. */
    public RDD<Long> range(long start, long end, long step, int numSlices) {
        return new RDD<>(this, new RangeRDD(engine, start, end, step, numSlices));
    }

    /**
     * The lines of a text file, of every file in a directory, or of every file a glob matches
     * ({@code logs/*.txt}), or of a comma-separated list of these, in UTF-8, without their line terminators
     * ({@code \n} or {@code \r\n}). Large files are split into byte ranges of at most
     * {@code rivulet.files.maxPartitionBytes}; {@code .gz} files are read whole. A path that matches nothing
     * is an error here, not at the first action.
     */
    public RDD<String> textFile(String path) {
        return textFile(path, Math.min(engine.defaultParallelism(), 2));
    }

    public RDD<String> textFile(String path, int minPartitions) {
        checkNotNull(path, "path");
        checkArgument(minPartitions > 0, "minPartitions must be positive: %s", minPartitions);
        return new RDD<>(this, new TextFileRDD(engine, path, minPartitions));
    }

    /**
     * Each file of a directory, a glob or a comma-separated list of these (as {@link #textFile} takes them), whole,
     * as one pair: its absolute path and its content (UTF-8; {@code .gz} files decompressed), as Spark's
     * {@code wholeTextFiles}. For many small files; each file is read by one task, whole, into memory. A path that
     * matches nothing is an error here.
     */
    public PairRDD<String, String> wholeTextFiles(String path) {
        return wholeTextFiles(path, engine.defaultParallelism());
    }

    /** {@link #wholeTextFiles(String)} in at least {@code minPartitions} partitions (at most one per file). */
    public PairRDD<String, String> wholeTextFiles(String path, int minPartitions) {
        checkNotNull(path, "path");
        checkArgument(minPartitions > 0, "minPartitions must be positive: %s", minPartitions);
        List<String> files = InputFiles.list(path, InputFiles.VISIBLE).stream()
                .map(file -> file.path().toAbsolutePath().toString())
                .toList();
        int slices = Math.max(1, Math.min(minPartitions, files.size()));
        return parallelize(files, slices).mapToPair(file -> Pair.of(file, InputFiles.readWhole(file)));
    }

    /** The elements that {@link RDD#saveAsObjectFile} wrote to {@code path}, one partition per part file. */
    public <T> RDD<T> objectFile(String path) {
        checkNotNull(path, "path");
        return new RDD<>(this, new ObjectFileRDD<T>(engine, path));
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    public final <T> RDD<T> union(RDD<T>... rdds) {
        checkNotNull(rdds, "rdds");
        checkArgument(rdds.length > 0, "union needs at least one RDD");
        for (int i = 0; i < rdds.length; i++) {
            checkNotNull(rdds[i], "rdds[" + i + "]");
        }
        return new RDD<>(this, RDD.unionNode(Arrays.asList(rdds)));
    }

    /** An RDD with no partitions and no elements. */
    public <T> RDD<T> emptyRDD() {
        return new RDD<>(this, new ParallelCollectionRDD<T>(engine, "emptyRDD", List::of, 0));
    }

    // ---- DataFrames ----------------------------------------------------------------------------------

    private SqlSession sqlSession() {
        SqlSession session = sqlSession;
        if (session == null) {
            synchronized (this) {
                if (sqlSession == null) {
                    engine.checkOpen();
                    sqlSession = new SqlSession(this);
                }
                session = sqlSession;
            }
        }
        return session;
    }

    /** A DataFrame of {@code rows}, each matching {@code schema} (checked now: a bad row fails here, naming it). */
    public DataFrame createDataFrame(List<Row> rows, StructType schema) {
        checkNotNull(rows, "rows");
        checkNotNull(schema, "schema");
        return Frames.frame(sqlSession(), Relations.ofRows(rows, schema));
    }

    /** A DataFrame of the rows of {@code rdd}, each matching {@code schema} (checked as they are read). */
    public DataFrame createDataFrame(RDD<Row> rdd, StructType schema) {
        checkNotNull(rdd, "rdd");
        checkNotNull(schema, "schema");
        return Frames.frame(sqlSession(), Relations.ofRowRdd(rdd, schema));
    }

    /**
     * A DataFrame of Java beans or records: one column per record component (in declaration order) or bean
     * property (sorted by name, as Spark's bean encoder), nested beans, lists and maps included.
     */
    public <T> DataFrame createDataFrame(List<T> data, Class<T> type) {
        checkNotNull(data, "data");
        checkNotNull(type, "type");
        return Frames.frame(sqlSession(), Relations.ofObjects(data, type));
    }

    /** A DataFrame of the beans or records of {@code rdd}, converted as they are read. */
    public <T> DataFrame createDataFrame(RDD<T> rdd, Class<T> type) {
        checkNotNull(rdd, "rdd");
        checkNotNull(type, "type");
        return Frames.frame(sqlSession(), Relations.ofObjectRdd(rdd, type));
    }

    /** Spark's {@code spark.range(start, end)}: one non-null long column {@code id}, {@code start} to {@code end - 1}. */
    public DataFrame rangeDF(long start, long end) {
        return rangeDF(start, end, 1, engine.defaultParallelism());
    }

    /** {@code start, start + step, ...} while before {@code end}, in {@code numPartitions} partitions, as column {@code id}. */
    public DataFrame rangeDF(long start, long end, long step, int numPartitions) {
        checkArgument(step != 0, "step must not be 0");
        checkArgument(numPartitions > 0, "numPartitions must be positive: %s", numPartitions);
        return Frames.frame(sqlSession(), Relations.range(start, end, step, numPartitions));
    }

    /**
     * The result of a SQL query in Spark's dialect, over the temporary views ({@code createOrReplaceTempView}):
     * parsed and analyzed now (a syntax error names the line and column; a missing table or column names it),
     * run by the DataFrame's actions.
     */
    public DataFrame sql(String query) {
        checkNotNull(query, "query");
        SqlSession session = sqlSession();
        return Frames.frame(session, SqlParser.parsePlan(query, session.parserOptions()));
    }

    /** A reader of data sources: {@code rv.read().json("people.jsonl")}, {@code .format("csv").option(...).load(path)}. */
    public DataFrameReader read() {
        return Frames.reader(sqlSession());
    }

    /** Registers user-defined functions for this {@code Rivulet}'s SQL: {@code rv.udf().register(name, f, type)}. */
    public UDFRegistration udf() {
        return Frames.udf(sqlSession());
    }

    /** The temporary view {@code name} (see {@code DataFrame.createOrReplaceTempView}). */
    public DataFrame table(String name) {
        checkNotNull(name, "name");
        return Frames.frame(sqlSession(), new UnresolvedRelation(List.of(name)));
    }

    // ---- shared variables, listeners, settings -----------------------------------------------------

    /** A read-only value for tasks to share. */
    public <T> Broadcast<T> broadcast(T value) {
        long id = broadcastIds.getAndIncrement();
        return runner == null ? new Broadcast<>(id, value) : new Broadcast<>(id, value, runner.newBroadcast(value));
    }

    /** A counter that tasks add to; a retried task's updates count once. */
    public LongAccumulator longAccumulator(String name) {
        return runner == null ? new LongAccumulator(name) : new LongAccumulator(name, runner.newAccumulator(name));
    }

    public void addListener(JobListener listener) {
        engine.listenerBus().add(checkNotNull(listener, "listener"));
    }

    public void removeListener(JobListener listener) {
        engine.listenerBus().remove(listener);
    }

    /** The default number of partitions: {@code rivulet.default.parallelism}, or the slot count. */
    public int defaultParallelism() {
        return engine.defaultParallelism();
    }

    public String appName() {
        return engine.appName();
    }

    /** The settings in force, keys sorted. */
    public Map<String, String> conf() {
        return engine.settings().asMap();
    }

    /**
     * Cancels every running job: their running tasks are killed (they stop at their next record) and their
     * actions throw {@link JobFailedException} once those tasks have stopped and released their memory and
     * temporary files. Jobs started later run normally.
     */
    public void cancelAllJobs() {
        engine.dagScheduler().cancelJobs(null);
    }

    // ---- persistence and checkpoints ---------------------------------------------------------------

    /**
     * The persisted RDDs that are still reachable, by id (ascending). Tracked weakly: an RDD that the program
     * dropped disappears from here once collected, and the context cleaner removes its blocks.
     */
    public Map<Integer, RDD<?>> getPersistentRDDs() {
        Map<Integer, RDD<?>> rdds = new LinkedHashMap<>();
        engine.cleaner().persistedRdds().forEach((id, node) -> rdds.put(id, wrap(node)));
        return rdds;
    }

    /** What each persisted RDD has stored, in memory and on disk, sorted by id. */
    public List<RDDStorageInfo> getRDDStorageInfo() {
        return engine.storageInfo();
    }

    /**
     * The address of this application's web UI, like {@code http://127.0.0.1:4040/}, when
     * {@code rivulet.ui.enabled} is true and it started (as Spark's {@code uiWebUrl}).
     */
    public Optional<String> uiWebUrl() {
        return engine.uiUrl();
    }

    /**
     * Where {@link RDD#checkpoint()} writes: a new directory {@code checkpoint-<uuid>} is made under
     * {@code dir} (also settable as {@code rivulet.checkpoint.dir}). It is deleted by {@link #close()}.
     */
    public void setCheckpointDir(String dir) {
        checkNotNull(dir, "checkpoint directory");
        engine.checkpointer().setDirectory(dir);
    }

    /**
     * Puts the jobs that this thread starts from now on into a group, so that {@link #cancelJobGroup} can
     * cancel them together, as Spark's {@code setJobGroup}. The group belongs to this thread only: threads it
     * starts (and other threads) are not in it.
     *
     * @param groupId what {@link #cancelJobGroup} names
     * @param description what the jobs are for, in words (shown when they are cancelled); may be null
     */
    public void setJobGroup(String groupId, String description) {
        checkNotNull(groupId, "groupId");
        engine.setJobGroup(new JobGroup(groupId, description));
    }

    /** Takes the jobs that this thread starts from now on out of any job group. */
    public void clearJobGroup() {
        engine.setJobGroup(null);
    }

    /**
     * Cancels the running jobs of the job group {@code groupId}, as {@link #cancelAllJobs()} cancels all:
     * their actions throw {@link JobFailedException} whose message says they were cancelled and names the
     * group. Jobs of other groups, and jobs of this group started later, are not affected.
     */
    public void cancelJobGroup(String groupId) {
        checkNotNull(groupId, "groupId");
        engine.dagScheduler().cancelJobs(groupId);
    }

    Engine engine() {
        return engine;
    }

    <T> RDD<T> wrap(BaseRDD<T> node) {
        return new RDD<>(this, node);
    }

    /** What {@link RivuletInternals} may do with the facade's package-private parts. */
    private static final class FacadeAccess implements RivuletInternals.FacadeAccess {
        @Override
        public Engine engine(Rivulet rivulet) {
            return rivulet.engine;
        }

        @Override
        public <T> BaseRDD<T> node(RDD<T> rdd) {
            return rdd.node;
        }

        @Override
        public Rivulet rivulet(RDD<?> rdd) {
            return rdd.rivulet;
        }

        @Override
        public <T> RDD<T> wrap(Rivulet rivulet, BaseRDD<T> node) {
            return new RDD<>(rivulet, node);
        }

        @Override
        public <K, V> PairRDD<K, V> wrapPairs(Rivulet rivulet, BaseRDD<Pair<K, V>> node) {
            return new PairRDD<>(rivulet, node);
        }
    }

    /** Stops the worker slots and deletes temporary files. Jobs still running fail. Idempotent. */
    @Override
    public void close() {
        engine.close();
    }

    /**
     * Settings for a {@link Rivulet}; every one has a default. Java system properties whose names start with
     * {@code rivulet.} are read as defaults (so {@code rivulet run --master local[2]} or
     * {@code java -Drivulet.master=local[2]} reach a job's code); settings made here take precedence over them.
     */
    public static final class Builder {
        private final Map<String, String> settings = new LinkedHashMap<>();

        private Builder() {}

        /**
         * {@code local}, {@code local[N]} or {@code local[*]} (the default) for the embedded engine; a cluster's
         * master ({@code spark://host:7077}, {@code yarn}, {@code k8s://...}) runs every job there through the
         * cluster runner on the class path ({@code rivulet-spark}).
         */
        public Builder master(String master) {
            return config(RivuletConfig.MASTER.key(), master);
        }

        public Builder appName(String name) {
            return config(RivuletConfig.APP_NAME.key(), name);
        }

        /** The memory budget for execution and storage, like {@code 512m} or {@code 2g}. */
        public Builder executorMemory(String memory) {
            checkNotNull(memory, "value of " + RivuletConfig.EXECUTOR_MEMORY.key());
            RivuletConfig.EXECUTOR_MEMORY.parse(memory);
            return config(RivuletConfig.EXECUTOR_MEMORY.key(), memory);
        }

        public Builder config(String key, String value) {
            checkNotNull(key, "key");
            checkNotNull(value, "value of " + key);
            settings.put(key, value);
            return this;
        }

        public Builder config(Map<String, String> values) {
            values.forEach(this::config);
            return this;
        }

        public Rivulet build() {
            Map<String, String> merged = new LinkedHashMap<>();
            for (String name : System.getProperties().stringPropertyNames()) {
                if (name.startsWith("rivulet.")) {
                    merged.put(name, System.getProperty(name));
                }
            }
            merged.putAll(settings);
            String master = merged.getOrDefault(
                    RivuletConfig.MASTER.key(),
                    RivuletConfig.MASTER.defaultValue().orElseThrow());
            if (!Master.isCluster(master)) {
                return new Rivulet(new Engine(new Settings(merged)), null); // it checks the master
            }
            // A cluster's master: every job goes to the runner found on the class path (rivulet-spark).
            String appName = merged.getOrDefault(
                    RivuletConfig.APP_NAME.key(),
                    RivuletConfig.APP_NAME.defaultValue().orElseThrow());
            ClusterRunner runner = ClusterRunners.open(master, appName, Map.copyOf(merged));
            try {
                merged.putIfAbsent(
                        RivuletConfig.DEFAULT_PARALLELISM.key(), String.valueOf(runner.defaultParallelism()));
                return new Rivulet(new Engine(new Settings(merged)), runner);
            } catch (RuntimeException | Error e) {
                runner.close();
                throw e;
            }
        }
    }
}
