package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import java.util.Comparator;

/**
 * A wide edge: the parent's records (key-value pairs) are redistributed by {@code partitioner}, optionally
 * combined by {@code aggregator} (map-side too when {@code mapSideCombine}), and sorted by key on the
 * reduce side when {@code keyOrdering} is set. Each one has a {@code shuffleId} under which its map
 * outputs are tracked, so a later job finding them complete skips the stage that writes them.
 */
public final class ShuffleDependency<K, V, C> extends Dependency {
    private final int shuffleId;
    private final Partitioner partitioner;
    private final Aggregator<V, C> aggregator;
    private final boolean mapSideCombine;
    private final Comparator<? super K> keyOrdering;

    public ShuffleDependency(
            BaseRDD<? extends Pair<K, V>> rdd,
            Partitioner partitioner,
            Aggregator<V, C> aggregator,
            boolean mapSideCombine,
            Comparator<? super K> keyOrdering) {
        super(rdd);
        if (mapSideCombine && aggregator == null) {
            throw new IllegalStateException("map-side combine needs an aggregator");
        }
        this.shuffleId = rdd.engine().newShuffleId();
        this.partitioner = partitioner;
        this.aggregator = aggregator;
        this.mapSideCombine = mapSideCombine;
        this.keyOrdering = keyOrdering;
    }

    public int shuffleId() {
        return shuffleId;
    }

    @SuppressWarnings("unchecked")
    public BaseRDD<Pair<K, V>> pairRdd() {
        return (BaseRDD<Pair<K, V>>) rdd();
    }

    public Partitioner partitioner() {
        return partitioner;
    }

    /** The aggregator, or null when values are passed through unchanged. */
    public Aggregator<V, C> aggregator() {
        return aggregator;
    }

    public boolean mapSideCombine() {
        return mapSideCombine;
    }

    /** The order of keys within each reduce partition, or null for no order. */
    public Comparator<? super K> keyOrdering() {
        return keyOrdering;
    }
}
