package io.rivulet.rdd;

import io.rivulet.serializer.Serializer;
import io.rivulet.task.TaskContext;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The reduce side of a shuffle of records that are not key-value pairs (the DataFrame layer's column
 * batches): partition i holds every record of the parent that {@code partitionOf} sent to i, in no
 * particular order. The same shuffle machinery as {@link ShuffledRDD}'s, without aggregation or ordering.
 */
public final class ShuffledRecordsRDD<T> extends BaseRDD<T> {
    private final int numPartitions;
    /** Null once a checkpoint truncated the lineage, so the shuffle's parents can be collected. */
    private volatile ShuffleDependency<T> dependency;

    private ShuffledRecordsRDD(String operation, ShuffleDependency<T> dependency) {
        super(dependency.rdd().services(), operation, List.of(dependency));
        this.dependency = dependency;
        this.numPartitions = dependency.numPartitions();
    }

    /**
     * The records of {@code parent} redistributed into {@code numPartitions} partitions by {@code partitionOf}
     * (which must give a partition in {@code [0, numPartitions)}), kept as bytes and spilled by
     * {@code serializer}.
     */
    public static <T> ShuffledRecordsRDD<T> create(
            BaseRDD<? extends T> parent,
            String operation,
            int numPartitions,
            ToIntFunction<? super T> partitionOf,
            Serializer serializer) {
        return new ShuffledRecordsRDD<>(
                operation, ShuffleDependency.ofRecords(parent, numPartitions, partitionOf, serializer));
    }

    @Override
    protected Partition[] computePartitions() {
        return IndexedPartition.range(numPartitions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<T> compute(Partition split, TaskContext context) {
        ShuffleDependency<T> shuffle = dependency;
        if (shuffle == null) {
            return computeOrReadCheckpoint(split, context); // checkpointed while this task started
        }
        return (Iterator<T>) services().shuffleManager().read(shuffle.spec(), split.index(), context);
    }

    @Override
    protected void clearDependencies() {
        dependency = null;
    }
}
