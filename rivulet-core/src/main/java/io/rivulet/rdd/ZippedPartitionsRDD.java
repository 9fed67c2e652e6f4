package io.rivulet.rdd;

import io.rivulet.task.TaskContext;
import io.rivulet.util.Sneaky;
import java.util.Iterator;
import java.util.List;

/**
 * Partition i computed from partition i of two parents with the same number of partitions (narrow, one-to-one
 * dependencies on both): what joins two inputs that are already partitioned alike, as Spark's
 * {@code ZippedPartitionsRDD2} (the DataFrame layer's shuffled hash and sort-merge joins zip their two exchanged
 * sides). Both parents run in the task's stage; the function decides how, and how far, to read each.
 */
public final class ZippedPartitionsRDD<A, B, T> extends BaseRDD<T> {
    /** What the RDD makes of one partition of each parent. */
    @FunctionalInterface
    public interface ZipFunction<A, B, T> {
        Iterator<T> apply(TaskContext context, int partitionIndex, Iterator<A> first, Iterator<B> second)
                throws Exception;
    }

    /** Null once a checkpoint truncated the lineage, so the parents can be collected. */
    private volatile BaseRDD<A> first;

    private volatile BaseRDD<B> second;
    private final ZipFunction<A, B, T> function;

    public ZippedPartitionsRDD(BaseRDD<A> first, BaseRDD<B> second, String operation, ZipFunction<A, B, T> function) {
        super(
                first.services(),
                operation,
                List.of(NarrowDependency.oneToOne(first), NarrowDependency.oneToOne(second)));
        if (first.numPartitions() != second.numPartitions()) {
            throw new IllegalArgumentException("cannot zip RDDs of different partition counts: " + first + " has "
                    + first.numPartitions() + ", " + second + " has " + second.numPartitions());
        }
        this.first = first;
        this.second = second;
        this.function = function;
    }

    @Override
    protected Partition[] computePartitions() {
        return IndexedPartition.range(first.numPartitions());
    }

    @Override
    public Iterator<T> compute(Partition split, TaskContext context) {
        BaseRDD<A> a = first;
        BaseRDD<B> b = second;
        if (a == null || b == null) {
            return computeOrReadCheckpoint(split, context); // checkpointed while this task started
        }
        int index = split.index();
        try {
            return function.apply(
                    context,
                    index,
                    a.iterator(a.partitions()[index], context),
                    b.iterator(b.partitions()[index], context));
        } catch (Exception e) {
            throw Sneaky.rethrow(e);
        }
    }

    @Override
    protected void clearDependencies() {
        first = null;
        second = null;
    }
}
