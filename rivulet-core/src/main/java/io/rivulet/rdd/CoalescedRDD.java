package io.rivulet.rdd;

import io.rivulet.task.TaskContext;
import io.rivulet.util.Iterators;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Fewer partitions without a shuffle: each new partition reads a contiguous group of parent partitions,
 * so the order of elements is kept.
 */
public final class CoalescedRDD<T> extends BaseRDD<T> {
    private final BaseRDD<T> parent;
    private final int target;

    /** {@code target} must be positive and at most the parent's partition count. */
    public CoalescedRDD(BaseRDD<T> parent, int target) {
        super(parent.services(), "coalesce", List.of(groupsDependency(parent, target)));
        this.parent = parent;
        this.target = target;
    }

    private static int groupStart(int group, int groups, int parents) {
        return (int) ((long) group * parents / groups);
    }

    private static Dependency groupsDependency(BaseRDD<?> parent, int target) {
        int parents = parent.numPartitions();
        return new NarrowDependency(parent) {
            @Override
            public List<Integer> getParents(int partitionId) {
                List<Integer> result = new ArrayList<>();
                int from = groupStart(partitionId, target, parents);
                int to = groupStart(partitionId + 1, target, parents);
                for (int i = from; i < to; i++) {
                    result.add(i);
                }
                return result;
            }
        };
    }

    @Override
    protected Partition[] computePartitions() {
        int parents = parent.numPartitions();
        Partition[] partitions = new Partition[target];
        for (int i = 0; i < target; i++) {
            partitions[i] = new Group(i, groupStart(i, target, parents), groupStart(i + 1, target, parents));
        }
        return partitions;
    }

    @Override
    public Iterator<T> compute(Partition split, TaskContext context) {
        Group group = (Group) split;
        Partition[] parentPartitions = parent.partitions();
        Iterator<Iterator<T>> groups = new Iterator<>() {
            private int next = group.from;

            @Override
            public boolean hasNext() {
                return next < group.to;
            }

            @Override
            public Iterator<T> next() {
                return parent.iterator(parentPartitions[next++], context);
            }
        };
        return Iterators.concat(groups);
    }

    private record Group(int index, int from, int to) implements Partition {}
}
