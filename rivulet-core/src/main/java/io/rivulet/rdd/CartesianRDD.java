package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.task.TaskContext;
import io.rivulet.util.Iterators;
import java.util.Iterator;
import java.util.List;

/**
 * Every pair of an element of the first RDD with one of the second: partition (i, j) pairs partition i
 * of the first with partition j of the second. The second partition is read once per task and kept.
 */
public final class CartesianRDD<T, U> extends BaseRDD<Pair<T, U>> {
    private final BaseRDD<T> first;
    private final BaseRDD<U> second;

    public CartesianRDD(BaseRDD<T> first, BaseRDD<U> second) {
        super(
                first.services(),
                "cartesian",
                List.of(
                        new NarrowDependency(first) {
                            @Override
                            public List<Integer> getParents(int partitionId) {
                                return List.of(partitionId / second.numPartitions());
                            }
                        },
                        new NarrowDependency(second) {
                            @Override
                            public List<Integer> getParents(int partitionId) {
                                return List.of(partitionId % second.numPartitions());
                            }
                        }));
        this.first = first;
        this.second = second;
    }

    @Override
    protected Partition[] computePartitions() {
        int columns = second.numPartitions();
        return IndexedPartition.range(first.numPartitions() * columns);
    }

    @Override
    public Iterator<Pair<T, U>> compute(Partition split, TaskContext context) {
        int columns = second.numPartitions();
        Partition left = first.partitions()[split.index() / columns];
        Partition right = second.partitions()[split.index() % columns];
        List<U> rightElements = Iterators.toList(second.iterator(right, context));
        return Iterators.flatMap(
                first.iterator(left, context),
                x -> rightElements.stream().map(y -> Pair.of(x, y)).toList());
    }
}
