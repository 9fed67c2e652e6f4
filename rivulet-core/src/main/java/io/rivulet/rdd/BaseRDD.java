package io.rivulet.rdd;

import io.rivulet.Partitioner;
import io.rivulet.RDDInfo;
import io.rivulet.StorageLevel;
import io.rivulet.storage.BlockId;
import io.rivulet.task.TaskContext;
import io.rivulet.util.CallSite;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's side of an RDD: a node of the lineage graph that knows its partitions, its dependencies
 * on parent RDDs and how to compute one partition as an iterator. The public {@link io.rivulet.RDD} is
 * a thin typed facade over one of these.
 *
 * <p>A node holds no execution state (STYLE habit 4): cached blocks live in the block manager and shuffle
 * outputs in the map output tracker, so one node may be computed by several jobs at once. The only
 * mutable fields are the user-set name and storage level, as in Spark.
 */
public abstract class BaseRDD<T> {
    private final RddServices services;
    private final int id;
    private final String operation;
    private final String callSite;
    /** Null until {@link #computeDependencies} made them, for RDDs that make them lazily. */
    private volatile List<Dependency> dependencies;

    private volatile Partition[] partitions;
    private volatile String name;
    private volatile StorageLevel storageLevel = StorageLevel.NONE;
    /** Set once the RDD is checkpointed: its partitions are read from here and its lineage ends here. */
    private volatile BaseRDD<T> checkpointRdd;
    /** Marked by {@code checkpoint()} or {@code localCheckpoint()}, not yet written; null when not marked. */
    private final AtomicReference<CheckpointMark> checkpointMark = new AtomicReference<>();

    protected BaseRDD(RddServices services, String operation, List<Dependency> dependencies) {
        this(
                services,
                operation,
                new LazyDependencies(
                        dependencies.stream().<BaseRDD<?>>map(Dependency::rdd).toList()));
        this.dependencies = List.copyOf(dependencies);
        for (Dependency dependency : dependencies) {
            if (dependency instanceof ShuffleDependency<?> shuffle) {
                // This RDD is what keeps the shuffle wanted: the scheduler holds the dependency for good.
                services.registerShuffle(this, shuffle.shuffleId());
            }
        }
    }

    /**
     * For an RDD that makes its dependencies lazily ({@link #computeDependencies}), on first use: a union of
     * 10,000 RDDs must not build 10,000 dependencies at each step of a loop. The parents named are checked here.
     */
    protected BaseRDD(RddServices services, String operation, LazyDependencies lazy) {
        services.checkOpen(); // an RDD of a closed Rivulet could never run: say so where it is made
        for (BaseRDD<?> parent : lazy.parents()) {
            if (parent.services != services) {
                // Its shuffles and blocks live in the other Rivulet, which this one's jobs cannot reach.
                throw new IllegalArgumentException("cannot combine RDDs of different Rivulets: " + parent
                        + " belongs to app '" + parent.services.appName() + "', not to app '" + services.appName()
                        + "'");
            }
        }
        this.services = services;
        this.id = services.newRddId();
        this.operation = operation;
        this.callSite = CallSite.capture();
    }

    /** The parents of an RDD whose dependencies are made on first use, to check when it is made. */
    protected record LazyDependencies(Collection<? extends BaseRDD<?>> parents) {}

    /** The dependencies of an RDD made with the lazy constructor; called once, when first needed. */
    protected List<Dependency> computeDependencies() {
        throw new IllegalStateException(getClass().getSimpleName() + " made no dependencies");
    }

    /** Computes the partitions once; called lazily by {@link #partitions()}. */
    protected abstract Partition[] computePartitions();

    /** Computes one partition, lazily: the iterator pulls elements from the parents' iterators on demand. */
    public abstract Iterator<T> compute(Partition split, TaskContext context);

    /**
     * The partition's elements, read from the block manager when the RDD is persisted and the block is
     * there, computed (and stored, when persisted) otherwise. Tasks call this, never {@code compute}.
     */
    public final Iterator<T> iterator(Partition split, TaskContext context) {
        if (storageLevel != StorageLevel.NONE) {
            return services.blockManager()
                    .getOrElseUpdate(
                            new BlockId(id, split.index()),
                            storageLevel,
                            () -> computeOrReadCheckpoint(split, context),
                            context);
        }
        return computeOrReadCheckpoint(split, context);
    }

    /** The partition read from the checkpoint when there is one, computed from the lineage otherwise. */
    public final Iterator<T> computeOrReadCheckpoint(Partition split, TaskContext context) {
        BaseRDD<T> checkpoint = checkpointRdd;
        if (checkpoint != null) {
            return checkpoint.iterator(checkpoint.partitions()[split.index()], context);
        }
        return compute(split, context);
    }

    /**
     * Whether {@link #iterator} is plain {@link #compute}: neither persisted nor checkpointed. Such an RDD may
     * be computed as part of a fused run by a child (see {@link MapPartitionsRDD#compute}).
     */
    public final boolean iteratesByCompute() {
        return storageLevel == StorageLevel.NONE && checkpointRdd == null;
    }

    public final Partition[] partitions() {
        Partition[] result = partitions;
        if (result == null) {
            computeAncestorPartitionsFirst();
            synchronized (this) {
                result = partitions;
                if (result == null) {
                    result = computePartitions();
                    for (int i = 0; i < result.length; i++) {
                        if (result[i].index() != i) {
                            throw new IllegalStateException(
                                    "partition " + i + " of " + this + " has index " + result[i].index());
                        }
                    }
                    partitions = result;
                }
            }
        }
        return result;
    }

    /**
     * Computes the partitions of every ancestor that has none yet and that this RDD reaches through narrow
     * dependencies (the only ones whose partitions {@code computePartitions} asks for), deepest first, so
     * that it never recurses down a long lineage: a loop of 10,000 {@code map}s must not overflow the stack.
     */
    private void computeAncestorPartitionsFirst() {
        List<BaseRDD<?>> unresolved = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<BaseRDD<?>> toVisit = new ArrayDeque<>();
        pushNarrowParents(this, toVisit);
        while (!toVisit.isEmpty()) {
            BaseRDD<?> ancestor = toVisit.pop();
            if (ancestor.partitions == null && seen.add(ancestor.id)) {
                unresolved.add(ancestor);
                pushNarrowParents(ancestor, toVisit);
            }
        }
        for (int i = unresolved.size() - 1; i >= 0; i--) {
            unresolved.get(i).partitions();
        }
    }

    private static void pushNarrowParents(BaseRDD<?> rdd, Deque<BaseRDD<?>> toVisit) {
        for (Dependency dependency : rdd.dependencies()) {
            if (dependency instanceof NarrowDependency) {
                toVisit.push(dependency.rdd());
            }
        }
    }

    public final int numPartitions() {
        return partitions().length;
    }

    /** The edges to the parents: after a checkpoint, the one edge to the checkpoint's files. */
    public final List<Dependency> dependencies() {
        List<Dependency> result = dependencies;
        if (result == null) {
            synchronized (this) {
                result = dependencies;
                if (result == null) {
                    result = List.copyOf(computeDependencies());
                    dependencies = result;
                }
            }
        }
        return result;
    }

    // ---- checkpointing (see Checkpointer) ----------------------------------------------------------

    /** Marks this RDD to be checkpointed after the next job that computes it; false if it already is. */
    public final boolean markForCheckpoint(CheckpointMark mark) {
        if (checkpointRdd != null) {
            return false;
        }
        return checkpointMark.compareAndSet(null, mark);
    }

    /** The pending mark, or null. */
    public final CheckpointMark checkpointMark() {
        return checkpointMark.get();
    }

    public final boolean isCheckpointed() {
        return checkpointRdd != null;
    }

    /** The RDD the checkpoint is read from, or null. */
    public final BaseRDD<T> checkpointRdd() {
        return checkpointRdd;
    }

    /**
     * Truncates the lineage: from now on the partitions come from {@code checkpoint} and the only dependency
     * is on it. The order matters to tasks running meanwhile: the checkpoint is readable before the parents
     * are let go ({@link #clearDependencies}), so a task that finds them gone reads the checkpoint instead.
     */
    final synchronized void truncateLineage(BaseRDD<T> checkpoint) {
        partitions(); // the same partitions as before, whatever happens to the parents
        checkpointRdd = checkpoint;
        dependencies = List.of(NarrowDependency.oneToOne(checkpoint));
        checkpointMark.set(null);
        clearDependencies();
    }

    /**
     * Lets go of the parents after a checkpoint, so that the old lineage (and the shuffles and blocks that the
     * context cleaner removes once it is unreachable) may be collected. Subclasses holding parents in fields
     * null them here; {@code compute} must then read them once, and read the checkpoint if they are gone.
     */
    protected void clearDependencies() {}

    /** How this RDD's records are partitioned by key, if it knows. */
    public Optional<Partitioner> partitioner() {
        return Optional.empty();
    }

    public final RddServices services() {
        return services;
    }

    public final int id() {
        return id;
    }

    /** The operation that made this RDD ({@code map}, {@code textFile}, ...). */
    public final String operation() {
        return operation;
    }

    public final String callSite() {
        return callSite;
    }

    public final String name() {
        return name;
    }

    public final void setName(String name) {
        this.name = name;
    }

    public final StorageLevel storageLevel() {
        return storageLevel;
    }

    public final void setStorageLevel(StorageLevel level) {
        StorageLevel current = storageLevel;
        if (current != StorageLevel.NONE && level != StorageLevel.NONE && current != level) {
            throw new UnsupportedOperationException("cannot change the storage level of " + this + " from " + current
                    + " to " + level + "; unpersist() it first");
        }
        this.storageLevel = level;
        if (level == StorageLevel.NONE) {
            services.unregisterPersisted(id);
        } else {
            services.registerPersisted(this);
        }
    }

    /** A description for events and the UI. */
    public final RDDInfo info() {
        List<Integer> parents = new ArrayList<>();
        List<Integer> shuffleParents = new ArrayList<>();
        for (Dependency dependency : dependencies()) {
            parents.add(dependency.rdd().id());
            if (dependency instanceof ShuffleDependency<?>) {
                shuffleParents.add(dependency.rdd().id());
            }
        }
        String label = name != null ? name : operation;
        return new RDDInfo(id, label, callSite, parents, shuffleParents, numPartitions(), storageLevel);
    }

    /** {@code MapPartitionsRDD[3] at map at WordCount.java:12}, as Spark prints RDDs. */
    @Override
    public String toString() {
        String prefix = name != null ? name + " " : "";
        return prefix + getClass().getSimpleName() + "[" + id + "] at " + operation + " at " + callSite;
    }
}
