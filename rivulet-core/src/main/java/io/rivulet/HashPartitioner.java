package io.rivulet;

import static io.rivulet.util.Checks.checkArgument;

/**
 * Places a key by its {@code hashCode()} modulo the number of partitions; null keys go to partition 0.
 * Keys that are Java arrays are not supported (their hash codes are identities), as in Spark.
 */
public final class HashPartitioner extends Partitioner {
    private final int partitions;

    public HashPartitioner(int partitions) {
        checkArgument(partitions >= 0, "number of partitions must not be negative: %s", partitions);
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        if (key == null) {
            return 0;
        }
        return Math.floorMod(key.hashCode(), partitions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HashPartitioner h && h.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }

    @Override
    public String toString() {
        return "HashPartitioner(" + partitions + ")";
    }
}
