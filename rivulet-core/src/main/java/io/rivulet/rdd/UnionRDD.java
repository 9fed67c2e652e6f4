package io.rivulet.rdd;

import io.rivulet.task.TaskContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The partitions of several RDDs, one after another: no data moves.
 *
 * <p>Unions of unions are flattened, so that a loop of {@code rdd = rdd.union(other)} makes a lineage one
 * level deep, not 10,000. The flattening is lazy to keep each step O(1): a union keeps its inputs as given
 * (some of them unions) and expands them into its {@link #parents()} only when a job, a lineage walk or
 * {@code toDebugString} first needs them; then it lets go of its inputs. A union among the inputs is
 * expanded only if it is computed in place (neither persisted nor checkpointed) at that moment, so that
 * reading its stored blocks is never bypassed; one persisted later still is, as with any flattened lineage.
 */
public final class UnionRDD<T> extends BaseRDD<T> {
    /** As given, until {@link #parents()} expanded them; null after that. */
    private volatile List<BaseRDD<? extends T>> inputs;
    /** Flattened; null until first needed, and again once a checkpoint truncated the lineage. */
    private volatile List<BaseRDD<? extends T>> parents;

    public UnionRDD(RddServices services, List<BaseRDD<? extends T>> inputs) {
        super(services, "union", new LazyDependencies(inputs));
        this.inputs = List.copyOf(inputs);
    }

    /** The RDDs whose partitions this union lists, in order, with unions among its inputs expanded. */
    public List<BaseRDD<? extends T>> parents() {
        List<BaseRDD<? extends T>> result = parents;
        if (result == null) {
            synchronized (this) {
                result = parents;
                List<BaseRDD<? extends T>> given = inputs;
                if (result == null && given != null) {
                    result = expand(given);
                    parents = result;
                    inputs = null; // intermediate unions of a loop may now be collected
                }
            }
        }
        return result;
    }

    /** Depth-first, without recursion: an input union may hold a union that holds a union... */
    @SuppressWarnings("unchecked")
    private static <T> List<BaseRDD<? extends T>> expand(List<BaseRDD<? extends T>> given) {
        List<BaseRDD<? extends T>> flat = new ArrayList<>();
        Deque<Iterator<BaseRDD<? extends T>>> toExpand = new ArrayDeque<>();
        toExpand.push(given.iterator());
        while (!toExpand.isEmpty()) {
            Iterator<BaseRDD<? extends T>> top = toExpand.peek();
            if (!top.hasNext()) {
                toExpand.pop();
                continue;
            }
            BaseRDD<? extends T> input = top.next();
            if (input instanceof UnionRDD<?> union && union.iteratesByCompute()) {
                UnionRDD<? extends T> typed = (UnionRDD<? extends T>) union;
                List<? extends BaseRDD<? extends T>> expanded = (List<? extends BaseRDD<? extends T>>) typed.parents;
                List<? extends BaseRDD<? extends T>> unexpanded = (List<? extends BaseRDD<? extends T>>) typed.inputs;
                if (expanded != null) {
                    flat.addAll(expanded);
                    continue;
                }
                if (unexpanded != null) {
                    toExpand.push(((List<BaseRDD<? extends T>>) unexpanded).iterator());
                    continue;
                }
            }
            flat.add(input);
        }
        return flat;
    }

    @Override
    protected List<Dependency> computeDependencies() {
        List<BaseRDD<? extends T>> all = parents();
        List<Dependency> dependencies = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            dependencies.add(new UnionDependency(all.get(i), this, i));
        }
        return dependencies;
    }

    @Override
    protected Partition[] computePartitions() {
        List<BaseRDD<? extends T>> all = parents();
        List<Partition> partitions = new ArrayList<>();
        for (int p = 0; p < all.size(); p++) {
            for (Partition parentPartition : all.get(p).partitions()) {
                partitions.add(new UnionPartition(partitions.size(), p, parentPartition));
            }
        }
        return partitions.toArray(new Partition[0]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<T> compute(Partition split, TaskContext context) {
        List<BaseRDD<? extends T>> all = parents();
        if (all == null) {
            return computeOrReadCheckpoint(split, context); // checkpointed since iterator() looked
        }
        UnionPartition partition = (UnionPartition) split;
        BaseRDD<T> parent = (BaseRDD<T>) all.get(partition.parentIndex);
        return parent.iterator(partition.parentPartition, context);
    }

    @Override
    protected void clearDependencies() {
        inputs = null;
        parents = null;
    }

    private record UnionPartition(int index, int parentIndex, Partition parentPartition) implements Partition {}

    /**
     * The union's partitions that come from its parent number {@code parentIndex}. Made without asking for
     * partition counts, which a lineage walk must not need: it maps through the union's partitions on use.
     */
    private static final class UnionDependency extends NarrowDependency {
        private final UnionRDD<?> union;
        private final int parentIndex;

        UnionDependency(BaseRDD<?> parent, UnionRDD<?> union, int parentIndex) {
            super(parent);
            this.union = union;
            this.parentIndex = parentIndex;
        }

        @Override
        public List<Integer> getParents(int partitionId) {
            UnionPartition partition = (UnionPartition) union.partitions()[partitionId];
            return partition.parentIndex == parentIndex ? List.of(partition.parentPartition.index()) : List.of();
        }
    }
}
