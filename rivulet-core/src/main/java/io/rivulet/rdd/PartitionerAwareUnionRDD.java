package io.rivulet.rdd;

import io.rivulet.Partitioner;
import io.rivulet.task.TaskContext;
import io.rivulet.util.Iterators;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The union of RDDs that share one partitioner: partition i is partition i of every parent, so the result
 * keeps the partitioner and later key operations need no shuffle.
 */
public final class PartitionerAwareUnionRDD<T> extends BaseRDD<T> {
    private final List<BaseRDD<? extends T>> parents;
    private final Partitioner partitioner;

    public PartitionerAwareUnionRDD(RddServices services, List<BaseRDD<? extends T>> parents, Partitioner partitioner) {
        super(
                services,
                "union",
                parents.stream()
                        .map(NarrowDependency::oneToOne)
                        .map(d -> (Dependency) d)
                        .toList());
        this.parents = List.copyOf(parents);
        this.partitioner = partitioner;
    }

    /** The RDDs whose partitions i this union concatenates, in order. */
    public List<BaseRDD<? extends T>> parents() {
        return parents;
    }

    @Override
    protected Partition[] computePartitions() {
        return IndexedPartition.range(partitioner.numPartitions());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<T> compute(Partition split, TaskContext context) {
        List<Iterator<T>> iterators = new ArrayList<>();
        for (BaseRDD<? extends T> parent : parents) {
            BaseRDD<T> typed = (BaseRDD<T>) parent;
            iterators.add(new Iterator<T>() {
                private Iterator<T> delegate;

                private Iterator<T> delegate() {
                    if (delegate == null) {
                        delegate = typed.iterator(typed.partitions()[split.index()], context);
                    }
                    return delegate;
                }

                @Override
                public boolean hasNext() {
                    return delegate().hasNext();
                }

                @Override
                public T next() {
                    return delegate().next();
                }
            });
        }
        return Iterators.concat(iterators.iterator());
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(partitioner);
    }
}
