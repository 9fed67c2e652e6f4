package io.rivulet.shuffle;

import static java.util.Objects.requireNonNull;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.memory.Aggregator;
import io.rivulet.serializer.Serializer;
import java.util.Comparator;
import java.util.function.ToIntFunction;

/**
 * What one shuffle does with its records of type {@code T}: the map side sends each record to the reduce
 * partition {@link #partitionOf} names; the reduce side reads every map output's bucket for its partition.
 * Key-value shuffles ({@link #ofPairs}: {@code reduceByKey}, {@code groupByKey}, joins, {@code sortByKey})
 * may also combine values by key with an aggregator (map-side too) and sort each reduce partition by key.
 * Shuffles of other records ({@link #ofRecords}: the DataFrame layer's exchange of column batches) move
 * records as they are, through a serializer of their own, with the same buckets, spills, in-memory and
 * on-disk map outputs, fetch-failure recovery and metrics as {@code reduceByKey}'s.
 *
 * <p>Immutable; the {@code shuffleId} is what the map output tracker files the outputs under.
 *
 * @param <T> the records written and read
 */
public final class ShuffleSpec<T> {
    private final int shuffleId;
    private final int numPartitions;
    private final ToIntFunction<? super T> partitionOf;
    private final Aggregator<Object, Object> aggregator;
    private final boolean mapSideCombine;
    private final Comparator<Object> keyOrdering;
    private final Serializer serializer;
    private final Partitioner partitioner;

    @SuppressWarnings("unchecked")
    private ShuffleSpec(
            int shuffleId,
            Partitioner partitioner,
            int numPartitions,
            ToIntFunction<? super T> partitionOf,
            Aggregator<?, ?> aggregator,
            boolean mapSideCombine,
            Comparator<?> keyOrdering,
            Serializer serializer) {
        if (numPartitions < 0) {
            throw new IllegalArgumentException("numPartitions must not be negative: " + numPartitions);
        }
        if (mapSideCombine && aggregator == null) {
            throw new IllegalArgumentException("map-side combine needs an aggregator");
        }
        this.shuffleId = shuffleId;
        this.partitioner = partitioner;
        this.numPartitions = numPartitions;
        this.partitionOf = requireNonNull(partitionOf, "partitionOf is null");
        this.aggregator = (Aggregator<Object, Object>) aggregator;
        this.mapSideCombine = mapSideCombine;
        this.keyOrdering = (Comparator<Object>) keyOrdering;
        this.serializer = serializer;
    }

    /**
     * A shuffle of key-value pairs partitioned by key: values combined by {@code aggregator} when it is set
     * (on the map side too when {@code mapSideCombine}), each reduce partition sorted by key when
     * {@code keyOrdering} is set. Records go through the engine's serializer.
     */
    public static <K, V, C> ShuffleSpec<Pair<K, V>> ofPairs(
            int shuffleId,
            Partitioner partitioner,
            Aggregator<V, C> aggregator,
            boolean mapSideCombine,
            Comparator<? super K> keyOrdering) {
        requireNonNull(partitioner, "partitioner is null");
        return new ShuffleSpec<>(
                shuffleId,
                partitioner,
                partitioner.numPartitions(),
                pair -> partitioner.getPartition(pair.key()),
                aggregator,
                mapSideCombine,
                keyOrdering,
                null);
    }

    /**
     * A shuffle of records moved as they are: {@code partitionOf} names each record's reduce partition (in
     * {@code [0, numPartitions)}), {@code serializer} writes them when they are kept as bytes or spilled.
     */
    public static <T> ShuffleSpec<T> ofRecords(
            int shuffleId, int numPartitions, ToIntFunction<? super T> partitionOf, Serializer serializer) {
        return new ShuffleSpec<>(
                shuffleId,
                null,
                numPartitions,
                partitionOf,
                null,
                false,
                null,
                requireNonNull(serializer, "serializer"));
    }

    public int shuffleId() {
        return shuffleId;
    }

    public int numPartitions() {
        return numPartitions;
    }

    /** The reduce partition of a record. */
    public int partitionOf(T record) {
        return partitionOf.applyAsInt(record);
    }

    /** The partitioner of a key-value shuffle's keys, or null for a shuffle of other records. */
    public Partitioner partitioner() {
        return partitioner;
    }

    /** The aggregator of a key-value shuffle that combines, or null. */
    public Aggregator<Object, Object> aggregator() {
        return aggregator;
    }

    public boolean mapSideCombine() {
        return mapSideCombine;
    }

    /** The order of keys within each reduce partition of a key-value shuffle, or null for no order. */
    public Comparator<Object> keyOrdering() {
        return keyOrdering;
    }

    /** The serializer of this shuffle's records, or null for the engine's. */
    public Serializer serializer() {
        return serializer;
    }
}
