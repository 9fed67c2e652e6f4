package io.rivulet.rdd;

import io.rivulet.Partitioner;
import io.rivulet.RDDInfo;
import io.rivulet.StorageLevel;
import io.rivulet.engine.Engine;
import io.rivulet.scheduler.TaskContext;
import io.rivulet.util.CallSite;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    private final Engine engine;
    private final int id;
    private final String operation;
    private final String callSite;
    private final List<Dependency> dependencies;
    private volatile Partition[] partitions;
    private volatile String name;
    private volatile StorageLevel storageLevel = StorageLevel.NONE;

    protected BaseRDD(Engine engine, String operation, List<Dependency> dependencies) {
        engine.checkOpen(); // an RDD of a closed Rivulet could never run: say so where it is made
        for (Dependency dependency : dependencies) {
            if (dependency.rdd().engine != engine) {
                // Its shuffles and blocks live in the other Rivulet, which this one's jobs cannot reach.
                throw new IllegalArgumentException("cannot combine RDDs of different Rivulets: " + dependency.rdd()
                        + " belongs to app '" + dependency.rdd().engine.appName() + "', not to app '"
                        + engine.appName() + "'");
            }
        }
        this.engine = engine;
        this.id = engine.newRddId();
        this.operation = operation;
        this.callSite = CallSite.capture();
        this.dependencies = List.copyOf(dependencies);
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
            return engine.blockManager().getOrCompute(this, split, context);
        }
        return compute(split, context);
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
        for (Dependency dependency : rdd.dependencies) {
            if (dependency instanceof NarrowDependency) {
                toVisit.push(dependency.rdd());
            }
        }
    }

    public final int numPartitions() {
        return partitions().length;
    }

    public List<Dependency> dependencies() {
        return dependencies;
    }

    /** How this RDD's records are partitioned by key, if it knows. */
    public Optional<Partitioner> partitioner() {
        return Optional.empty();
    }

    public final Engine engine() {
        return engine;
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
    }

    /** A description for events and the UI. */
    public final RDDInfo info() {
        List<Integer> parents = new ArrayList<>();
        List<Integer> shuffleParents = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            parents.add(dependency.rdd().id());
            if (dependency instanceof ShuffleDependency<?, ?, ?>) {
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
