package io.rivulet;

import java.io.Serializable;

/**
 * Decides which partition of a shuffled RDD each key goes to.
 *
 * <p>Two RDDs whose partitioners are {@linkplain Object#equals equal} are co-partitioned: a key lives in
 * the same partition index in both, so joining, grouping or reducing them by key needs no shuffle.
 * Subclasses must therefore implement {@code equals} and {@code hashCode}.
 */
public abstract class Partitioner implements Serializable {

    /** The number of partitions keys are spread over. */
    public abstract int numPartitions();

    /** The partition of {@code key}, in {@code [0, numPartitions())}; {@code key} may be null. */
    public abstract int getPartition(Object key);
}
