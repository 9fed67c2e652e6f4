package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.engine.Engine;
import io.rivulet.memory.ExternalSorter;
import io.rivulet.memory.GroupingIterator;
import io.rivulet.memory.Merging;
import io.rivulet.memory.SpillableList;
import io.rivulet.memory.TaskMemory;
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K> List<Dependency> dependencies(
            List<BaseRDD<? extends Pair<K, ?>>> parents, Partitioner partitioner) {
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
        Partition[] partitions = new Partition[partitioner.numPartitions()];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new IndexedPartition(i);
        }
        return partitions;
    }

    /**
     * Tags each record with the input it came from, sorts them all by key hash in an external sorter (which
     * spills when memory runs out) and groups equal keys, each input's values in a spillable list: a key
     * with more values than fit in memory is grouped from disk.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Pair<K, List<Iterable<Object>>>> compute(Partition split, TaskContext context) {
        List<BaseRDD<? extends Pair<K, ?>>> parents = this.parents;
        List<Dependency> dependencies = dependencies();
        if (parents == null || dependencies.size() != parents.size()) {
            return computeOrReadCheckpoint(split, context); // checkpointed while this task started
        }
        TaskMemory memory = engine().taskMemory(context);
        ExternalSorter<K, GroupingIterator.Tagged> sorter =
                new ExternalSorter<>(memory, Merging.BY_KEY_HASH, "cogroup buffer");
        for (int p = 0; p < parents.size(); p++) {
            Dependency dependency = dependencies.get(p);
            Iterator<? extends Pair<K, ?>> records;
            if (dependency instanceof ShuffleDependency<?, ?, ?> shuffle) {
                records = (Iterator<? extends Pair<K, ?>>)
                        (Iterator<?>) engine().shuffleManager().read(shuffle, split.index(), context);
            } else {
                BaseRDD<Pair<K, ?>> parent = (BaseRDD<Pair<K, ?>>) parents.get(p);
                records = parent.iterator(parent.partitions()[split.index()], context);
            }
            while (records.hasNext()) {
                Pair<K, ?> record = records.next();
                sorter.insert(Pair.of(record.key(), new GroupingIterator.Tagged(p, record.value())));
            }
        }
        Iterator<Pair<K, List<SpillableList<Object>>>> groups =
                new GroupingIterator<>(sorter.iterator(), parents.size(), memory);
        return (Iterator<Pair<K, List<Iterable<Object>>>>) (Iterator<?>) groups;
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
