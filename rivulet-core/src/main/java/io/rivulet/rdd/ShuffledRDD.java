package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.memory.Aggregator;
import io.rivulet.task.TaskContext;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The reduce side of a shuffle: partition i holds every record whose key the partitioner sends to i,
 * combined by key when there is an aggregator ({@code Pair<K, C>}), sorted by key when there is an ordering.
 */
public final class ShuffledRDD<K, V, C> extends BaseRDD<Pair<K, C>> {
    private final Partitioner partitioner;
    /** Null once a checkpoint truncated the lineage, so the shuffle's parents can be collected. */
    private volatile ShuffleDependency<Pair<K, V>> dependency;

    private ShuffledRDD(String operation, ShuffleDependency<Pair<K, V>> dependency) {
        super(dependency.rdd().services(), operation, List.of(dependency));
        this.dependency = dependency;
        this.partitioner = dependency.partitioner();
    }

    public static <K, V, C> ShuffledRDD<K, V, C> create(
            BaseRDD<? extends Pair<K, V>> parent,
            String operation,
            Partitioner partitioner,
            Aggregator<V, C> aggregator,
            boolean mapSideCombine,
            Comparator<? super K> keyOrdering) {
        return new ShuffledRDD<>(
                operation, ShuffleDependency.ofPairs(parent, partitioner, aggregator, mapSideCombine, keyOrdering));
    }

    public ShuffleDependency<Pair<K, V>> shuffleDependency() {
        return dependency;
    }

    @Override
    protected Partition[] computePartitions() {
        return IndexedPartition.range(partitioner.numPartitions());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Pair<K, C>> compute(Partition split, TaskContext context) {
        ShuffleDependency<Pair<K, V>> shuffle = dependency;
        if (shuffle == null) {
            return computeOrReadCheckpoint(split, context); // checkpointed while this task started
        }
        Iterator<?> records = services().shuffleManager().read(shuffle.spec(), split.index(), context);
        return (Iterator<Pair<K, C>>) records;
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(partitioner);
    }

    @Override
    protected void clearDependencies() {
        dependency = null;
    }
}
