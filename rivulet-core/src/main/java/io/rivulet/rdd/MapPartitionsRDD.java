package io.rivulet.rdd;

import io.rivulet.Partitioner;
import io.rivulet.scheduler.TaskContext;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The one RDD class for every per-element and per-partition transformation (map, filter, flatMap,
 * mapValues, mapPartitions, ...): each is a function from the parent partition's iterator to a new
 * iterator, wrapped around it lazily, so chains of them pipeline one element at a time.
 */
public final class MapPartitionsRDD<T, U> extends BaseRDD<U> {
    private final BaseRDD<T> parent;
    private final PartitionTransform<T, U> transform;
    private final boolean preservesPartitioning;

    /** What the RDD does to one partition. */
    @FunctionalInterface
    public interface PartitionTransform<T, U> {
        Iterator<U> apply(TaskContext context, int partitionIndex, Iterator<T> parent) throws Exception;
    }

    public MapPartitionsRDD(
            BaseRDD<T> parent, String operation, PartitionTransform<T, U> transform, boolean preservesPartitioning) {
        super(parent.engine(), operation, List.of(NarrowDependency.oneToOne(parent)));
        this.parent = parent;
        this.transform = transform;
        this.preservesPartitioning = preservesPartitioning;
    }

    @Override
    protected Partition[] computePartitions() {
        return parent.partitions();
    }

    @Override
    public Iterator<U> compute(Partition split, TaskContext context) {
        try {
            return transform.apply(context, split.index(), parent.iterator(split, context));
        } catch (Exception e) {
            throw io.rivulet.util.Sneaky.rethrow(e);
        }
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return preservesPartitioning ? parent.partitioner() : Optional.empty();
    }
}
