package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.memory.Aggregator;
import io.rivulet.serializer.Serializer;
import io.rivulet.shuffle.ShuffleSpec;
import java.util.Comparator;
import java.util.function.ToIntFunction;

/**
 * A wide edge: the parent's records are redistributed as the shuffle's {@link ShuffleSpec} says. Key-value
 * pairs ({@link #ofPairs}) go by a {@link Partitioner} on their keys, optionally combined by an aggregator
 * (map-side too) and sorted by key on the reduce side; other records ({@link #ofRecords}: the DataFrame
 * layer's column batches) by a partitioning function of their own. Each one has a {@code shuffleId} under
 * which its map outputs are tracked, so a later job finding them complete skips the stage that writes them.
 *
 * @param <T> the records the parent gives and the shuffle moves
 */
public final class ShuffleDependency<T> extends Dependency {
    private final ShuffleSpec<T> spec;
    /** How keys are partitioned, for a key-value shuffle; null for records with a function of their own. */
    private final Partitioner partitioner;

    private ShuffleDependency(BaseRDD<? extends T> rdd, ShuffleSpec<T> spec, Partitioner partitioner) {
        super(rdd);
        this.spec = spec;
        this.partitioner = partitioner;
    }

    /** A shuffle of key-value pairs by {@code partitioner}, with the optional aggregator and key ordering. */
    public static <K, V, C> ShuffleDependency<Pair<K, V>> ofPairs(
            BaseRDD<? extends Pair<K, V>> rdd,
            Partitioner partitioner,
            Aggregator<V, C> aggregator,
            boolean mapSideCombine,
            Comparator<? super K> keyOrdering) {
        int shuffleId = rdd.services().newShuffleId();
        return new ShuffleDependency<>(
                rdd, ShuffleSpec.ofPairs(shuffleId, partitioner, aggregator, mapSideCombine, keyOrdering), partitioner);
    }

    /**
     * A shuffle of records moved as they are into {@code numPartitions} reduce partitions, {@code partitionOf}
     * naming each one's, written by {@code serializer}.
     */
    public static <T> ShuffleDependency<T> ofRecords(
            BaseRDD<? extends T> rdd, int numPartitions, ToIntFunction<? super T> partitionOf, Serializer serializer) {
        int shuffleId = rdd.services().newShuffleId();
        return new ShuffleDependency<>(
                rdd, ShuffleSpec.ofRecords(shuffleId, numPartitions, partitionOf, serializer), null);
    }

    public int shuffleId() {
        return spec.shuffleId();
    }

    public ShuffleSpec<T> spec() {
        return spec;
    }

    public int numPartitions() {
        return spec.numPartitions();
    }

    /** The partitioner of a key-value shuffle, or null. */
    public Partitioner partitioner() {
        return partitioner;
    }
}
