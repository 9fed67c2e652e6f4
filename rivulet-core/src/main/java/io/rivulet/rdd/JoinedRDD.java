package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.engine.Engine;
import io.rivulet.memory.Grouper;
import io.rivulet.scheduler.TaskContext;
import io.rivulet.util.Iterators;
import io.rivulet.util.Products;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The inner join of two pair RDDs, {@code Pair<K, Pair<V, W>>}, as a hash join: each task holds one side's
 * values of its partition in a hash table (the side with fewer records, when the shuffle says how many)
 * and streams the other side past it, so that the larger side is never held. When the held side outgrows
 * the task's memory, the task falls back to the grouping of {@link CoGroupedRDD}: both sides grouped by key
 * through an external sort, which streams even a single hot key from disk.
 *
 * <p>Dependencies are those of a two-parent {@link CoGroupedRDD}: a parent already partitioned by
 * {@code partitioner} is read through a narrow dependency, the other is shuffled. Within a partition, the
 * order of the pairs is unspecified, as in Spark.
 */
public final class JoinedRDD<K, V, W> extends BaseRDD<Pair<K, Pair<V, W>>> {
    private static final int LEFT = 0;
    private static final int RIGHT = 1;

    /** Null once a checkpoint truncated the lineage, so the parents can be collected. */
    private volatile List<BaseRDD<? extends Pair<K, ?>>> parents;

    private final Partitioner partitioner;

    public JoinedRDD(
            Engine engine,
            BaseRDD<? extends Pair<K, V>> left,
            BaseRDD<? extends Pair<K, W>> right,
            Partitioner partitioner) {
        super(engine, "join", CoGroupedRDD.dependencies(List.of(left, right), partitioner));
        this.parents = List.of(left, right);
        this.partitioner = partitioner;
    }

    @Override
    protected Partition[] computePartitions() {
        return IndexedPartition.range(partitioner.numPartitions());
    }

    @Override
    public Iterator<Pair<K, Pair<V, W>>> compute(Partition split, TaskContext context) {
        List<BaseRDD<? extends Pair<K, ?>>> parents = this.parents;
        List<Dependency> dependencies = dependencies();
        if (parents == null || dependencies.size() != parents.size()) {
            return computeOrReadCheckpoint(split, context); // checkpointed while this task started
        }
        int held = heldSide(dependencies, split.index());
        int streamed = 1 - held;
        Grouper<K> grouper = new Grouper<>(engine().taskMemory(context), 2);
        Iterator<? extends Pair<K, ?>> heldRecords =
                CoGroupedRDD.read(engine(), parents.get(held), dependencies.get(held), split, context);
        while (heldRecords.hasNext()) {
            Pair<K, ?> record = heldRecords.next();
            grouper.insert(record.key(), held, record.value());
        }
        Iterator<? extends Pair<K, ?>> streamedRecords =
                CoGroupedRDD.read(engine(), parents.get(streamed), dependencies.get(streamed), split, context);
        if (grouper.spilled()) {
            while (streamedRecords.hasNext()) {
                Pair<K, ?> record = streamedRecords.next();
                grouper.insert(record.key(), streamed, record.value());
            }
            return Iterators.flatMap(grouper.iterator(), group -> {
                K key = group.key();
                Iterable<Pair<Object, Object>> pairs =
                        Products.pairs(group.value().get(LEFT), group.value().get(RIGHT));
                return () -> Iterators.map(pairs.iterator(), pair -> joined(key, pair.key(), pair.value()));
            });
        }
        return Iterators.flatMap(streamedRecords, record -> {
            List<Object> matches = grouper.values(record.key(), held);
            if (matches == null) {
                return Collections.emptyList();
            }
            K key = record.key();
            Object value = record.value();
            Iterable<Pair<K, Pair<V, W>>> products = () -> new Iterator<Pair<K, Pair<V, W>>>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < matches.size();
                }

                @Override
                public Pair<K, Pair<V, W>> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Object match = matches.get(next++);
                    return held == RIGHT ? joined(key, value, match) : joined(key, match, value);
                }
            };
            return products;
        });
    }

    @SuppressWarnings("unchecked")
    private Pair<K, Pair<V, W>> joined(K key, Object left, Object right) {
        return Pair.of(key, Pair.of((V) left, (W) right));
    }

    /** The side with fewer records in this partition when both counts are known, else the right one. */
    private int heldSide(List<Dependency> dependencies, int partition) {
        long left = recordsFor(dependencies.get(LEFT), partition);
        long right = recordsFor(dependencies.get(RIGHT), partition);
        return left >= 0 && right >= 0 && left < right ? LEFT : RIGHT;
    }

    private long recordsFor(Dependency dependency, int partition) {
        if (dependency instanceof ShuffleDependency<?, ?, ?> shuffle) {
            return engine().mapOutputTracker().recordsFor(shuffle.shuffleId(), partition);
        }
        return -1;
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
