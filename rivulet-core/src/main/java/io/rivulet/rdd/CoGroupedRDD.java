package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.engine.Engine;
import io.rivulet.memory.Grouper;
import io.rivulet.scheduler.TaskContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * For each key, the values it has in each of several pair RDDs: {@code Pair<K, List<Iterable<Object>>>},
 * one iterable per parent, in parent order. A parent already partitioned by {@code partitioner} is read
 * through a narrow dependency (no shuffle); the others are shuffled. Joins, {@code cogroup},
 * {@code intersection} and {@code subtractByKey} are all built on this.
 */
public final class CoGroupedRDD<K> extends BaseRDD<Pair<K, List<Iterable<Object>>>> {
    /** Null once a checkpoint truncated the lineage, so the parents can be collected. */
    private volatile List<BaseRDD<? extends Pair<K, ?>>> parents;

    private final Partitioner partitioner;

    public CoGroupedRDD(Engine engine, List<BaseRDD<? extends Pair<K, ?>>> parents, Partitioner partitioner) {
        super(engine, "cogroup", dependencies(parents, partitioner));
        this.parents = List.copyOf(parents);
        this.partitioner = partitioner;
    }

    /** A narrow dependency on each parent already partitioned by {@code partitioner}, a shuffle on the rest. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <K> List<Dependency> dependencies(List<BaseRDD<? extends Pair<K, ?>>> parents, Partitioner partitioner) {
        List<Dependency> dependencies = new ArrayList<>();
        for (BaseRDD<? extends Pair<K, ?>> parent : parents) {
            if (parent.partitioner().filter(partitioner::equals).isPresent()) {
                dependencies.add(NarrowDependency.oneToOne(parent));
            } else {
                dependencies.add(new ShuffleDependency(parent, partitioner, null, false, null));
            }
        }
        return dependencies;
    }

    @Override
    protected Partition[] computePartitions() {
        return IndexedPartition.range(partitioner.numPartitions());
    }

    /**
     * Groups each input's values by key: in a hash map while they fit in memory, else through an external
     * sort by key hash into lists that spill, so a key with more values than fit in memory is grouped from
     * disk ({@link Grouper}).
     */
    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Pair<K, List<Iterable<Object>>>> compute(Partition split, TaskContext context) {
        List<BaseRDD<? extends Pair<K, ?>>> parents = this.parents;
        List<Dependency> dependencies = dependencies();
        if (parents == null || dependencies.size() != parents.size()) {
            return computeOrReadCheckpoint(split, context); // checkpointed while this task started
        }
        Grouper<K> grouper = new Grouper<>(engine().taskMemory(context), parents.size());
        for (int p = 0; p < parents.size(); p++) {
            Iterator<? extends Pair<K, ?>> records =
                    read(engine(), parents.get(p), dependencies.get(p), split, context);
            while (records.hasNext()) {
                Pair<K, ?> record = records.next();
                grouper.insert(record.key(), p, record.value());
            }
        }
        return grouper.iterator();
    }

    /** The records of one parent's partition {@code split}: shuffled, or read straight from the parent. */
    @SuppressWarnings("unchecked")
    static <K> Iterator<? extends Pair<K, ?>> read(
            Engine engine,
            BaseRDD<? extends Pair<K, ?>> parent,
            Dependency dependency,
            Partition split,
            TaskContext context) {
        if (dependency instanceof ShuffleDependency<?, ?, ?> shuffle) {
            return (Iterator<? extends Pair<K, ?>>)
                    (Iterator<?>) engine.shuffleManager().read(shuffle, split.index(), context);
        }
        BaseRDD<Pair<K, ?>> narrow = (BaseRDD<Pair<K, ?>>) parent;
        return narrow.iterator(narrow.partitions()[split.index()], context);
    }

    @Override
    protected void clearDependencies() {
        parents = null;
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(partitioner);
    }
}
