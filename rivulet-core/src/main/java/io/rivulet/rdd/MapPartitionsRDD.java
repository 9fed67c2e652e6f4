package io.rivulet.rdd;

import io.rivulet.Partitioner;
import io.rivulet.task.TaskContext;
import io.rivulet.util.Sneaky;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The one RDD class for every per-element and per-partition transformation (map, filter, flatMap,
 * mapValues, mapPartitions, ...): each is a function from the parent partition's iterator to a new
 * iterator, wrapped around it lazily, so chains of them pipeline one element at a time.
 *
 * <p>Long chains. An iterative job may chain 10,000 of these. Two things keep the stack shallow:
 *
 * <ul>
 *   <li>{@link #compute} does not recurse into its parent: it walks down the run of ancestors that are
 *       themselves {@code MapPartitionsRDD}s computed in place (neither persisted nor checkpointed), takes the
 *       iterator below the run once, and applies the run's transforms to it bottom-up in a loop.
 *   <li>Per-element transforms (map, filter, flatMap, mapValues, keys, ...) are built from {@code Iterators}'
 *       combinators, which fuse a whole run into one iterator applying a list of operations per element (see
 *       {@code util.FusedIterator}). {@code mapPartitions} functions are opaque and still nest, one level each.
 * </ul>
 */
public final class MapPartitionsRDD<T, U> extends BaseRDD<U> {
    /** Null once a checkpoint truncated the lineage ({@link #clearDependencies}). */
    private volatile BaseRDD<T> parent;

    private final PartitionTransform<T, U> transform;
    /** Fixed when made, so that asking does not walk a chain of 10,000 filters. */
    private final Optional<Partitioner> partitioner;

    /**
     * What the RDD does to one partition. Serializable, so that a cluster runner can ship it (with the user's
     * functions it captures) to the JVMs that compute the partitions.
     */
    @FunctionalInterface
    public interface PartitionTransform<T, U> extends Serializable {
        Iterator<U> apply(TaskContext context, int partitionIndex, Iterator<T> parent) throws Exception;
    }

    /** The function from the parent's partition to this one's. */
    public PartitionTransform<T, U> transform() {
        return transform;
    }

    /** The parent, or null once a checkpoint truncated the lineage. */
    public BaseRDD<T> parent() {
        return parent;
    }

    public MapPartitionsRDD(
            BaseRDD<T> parent, String operation, PartitionTransform<T, U> transform, boolean preservesPartitioning) {
        super(parent.services(), operation, List.of(NarrowDependency.oneToOne(parent)));
        this.parent = parent;
        this.transform = transform;
        this.partitioner = preservesPartitioning ? parent.partitioner() : Optional.empty();
    }

    @Override
    protected Partition[] computePartitions() {
        return parent.partitions(); // called before any checkpoint, which needs the partitions
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Iterator<U> compute(Partition split, TaskContext context) {
        List<MapPartitionsRDD<?, ?>> run = new ArrayList<>();
        run.add(this);
        BaseRDD<?> below = parent;
        if (below == null) {
            return computeOrReadCheckpoint(split, context); // checkpointed since iterator() looked
        }
        while (below instanceof MapPartitionsRDD<?, ?> inRun && inRun.iteratesByCompute()) {
            BaseRDD<?> next = inRun.parent;
            if (next == null) {
                break; // checkpointed meanwhile: its iterator() reads the checkpoint
            }
            run.add(inRun);
            below = next;
        }
        // The partitions of a MapPartitionsRDD are its parent's, so one split serves the whole run.
        Iterator<?> records = below.iterator(split, context);
        for (int i = run.size() - 1; i >= 0; i--) {
            records = ((MapPartitionsRDD) run.get(i)).apply(split, context, records);
        }
        return (Iterator<U>) records;
    }

    private Iterator<U> apply(Partition split, TaskContext context, Iterator<T> records) {
        try {
            return transform.apply(context, split.index(), records);
        } catch (Exception e) {
            throw Sneaky.rethrow(e);
        }
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return partitioner;
    }

    @Override
    protected void clearDependencies() {
        parent = null;
    }
}
