package io.rivulet.rdd;

import io.rivulet.engine.Engine;
import io.rivulet.scheduler.TaskContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The partitions of several RDDs, one after another: no data moves. */
public final class UnionRDD<T> extends BaseRDD<T> {
    private final List<BaseRDD<? extends T>> parents;

    public UnionRDD(Engine engine, List<BaseRDD<? extends T>> parents) {
        super(engine, "union", dependencies(parents));
        this.parents = List.copyOf(parents);
    }

    private static List<Dependency> dependencies(List<? extends BaseRDD<?>> parents) {
        List<Dependency> dependencies = new ArrayList<>();
        int outStart = 0;
        for (BaseRDD<?> parent : parents) {
            int length = parent.numPartitions();
            dependencies.add(NarrowDependency.range(parent, 0, outStart, length));
            outStart += length;
        }
        return dependencies;
    }

    @Override
    protected Partition[] computePartitions() {
        List<Partition> partitions = new ArrayList<>();
        for (int p = 0; p < parents.size(); p++) {
            for (Partition parentPartition : parents.get(p).partitions()) {
                partitions.add(new UnionPartition(partitions.size(), p, parentPartition));
            }
        }
        return partitions.toArray(new Partition[0]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<T> compute(Partition split, TaskContext context) {
        UnionPartition partition = (UnionPartition) split;
        BaseRDD<T> parent = (BaseRDD<T>) parents.get(partition.parentIndex);
        return parent.iterator(partition.parentPartition, context);
    }

    private record UnionPartition(int index, int parentIndex, Partition parentPartition) implements Partition {}
}
