package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.task.TaskContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * An RDD partitioned by {@code partitioner} that reads several pair RDDs partition by partition: a parent
 * already partitioned by an equal partitioner through a narrow dependency (no shuffle), the others shuffled
 * by it. What {@link CoGroupedRDD} and {@link JoinedRDD} share; they say what to do with the records.
 */
abstract class CoPartitionedRDD<K, T> extends BaseRDD<T> {
    /** Null once a checkpoint truncated the lineage, so the parents can be collected. */
    private volatile List<BaseRDD<? extends Pair<K, ?>>> parents;

    private final Partitioner partitioner;

    CoPartitionedRDD(
            RddServices services,
            String operation,
            List<BaseRDD<? extends Pair<K, ?>>> parents,
            Partitioner partitioner) {
        super(services, operation, dependencies(parents, partitioner));
        this.parents = List.copyOf(parents);
        this.partitioner = partitioner;
    }

    /** A narrow dependency on each parent already partitioned by {@code partitioner}, a shuffle on the rest. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K> List<Dependency> dependencies(
            List<BaseRDD<? extends Pair<K, ?>>> parents, Partitioner partitioner) {
        List<Dependency> dependencies = new ArrayList<>();
        for (BaseRDD<? extends Pair<K, ?>> parent : parents) {
            if (parent.partitioner().filter(partitioner::equals).isPresent()) {
                dependencies.add(NarrowDependency.oneToOne(parent));
            } else {
                dependencies.add(ShuffleDependency.ofPairs((BaseRDD) parent, partitioner, null, false, null));
            }
        }
        return dependencies;
    }

    /** The pair RDDs read, in order; null once a checkpoint truncated the lineage. */
    public final List<BaseRDD<? extends Pair<K, ?>>> parents() {
        return parents;
    }

    @Override
    protected Partition[] computePartitions() {
        return IndexedPartition.range(partitioner.numPartitions());
    }

    @Override
    public final Iterator<T> compute(Partition split, TaskContext context) {
        List<BaseRDD<? extends Pair<K, ?>>> parents = this.parents;
        List<Dependency> dependencies = dependencies();
        if (parents == null || dependencies.size() != parents.size()) {
            return computeOrReadCheckpoint(split, context); // checkpointed while this task started
        }
        return compute(new Inputs<>(services(), parents, dependencies, split, context), context);
    }

    /** Partition {@code inputs.split()} from the parents' records, which {@code inputs} reads. */
    protected abstract Iterator<T> compute(Inputs<K> inputs, TaskContext context);

    /** One task's view of the parents: the records of parent {@code p}'s partition, and what is known of it. */
    protected record Inputs<K>(
            RddServices services,
            List<BaseRDD<? extends Pair<K, ?>>> parents,
            List<Dependency> dependencies,
            Partition split,
            TaskContext context) {
        int count() {
            return parents.size();
        }

        /** The records of parent {@code p}'s partition: shuffled, or read straight from the parent. */
        @SuppressWarnings("unchecked")
        Iterator<? extends Pair<K, ?>> read(int p) {
            if (dependencies.get(p) instanceof ShuffleDependency<?> shuffle) {
                return (Iterator<? extends Pair<K, ?>>)
                        (Iterator<?>) services.shuffleManager().read(shuffle.spec(), split.index(), context);
            }
            BaseRDD<Pair<K, ?>> narrow = (BaseRDD<Pair<K, ?>>) parents.get(p);
            return narrow.iterator(narrow.partitions()[split.index()], context);
        }

        /** How many records parent {@code p} has in this partition, when its shuffle says so; else -1. */
        long recordCount(int p) {
            if (dependencies.get(p) instanceof ShuffleDependency<?> shuffle) {
                return services.shuffleManager().recordsFor(shuffle.shuffleId(), split.index());
            }
            return -1;
        }
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
