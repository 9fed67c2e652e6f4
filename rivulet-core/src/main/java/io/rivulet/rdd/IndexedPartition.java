package io.rivulet.rdd;

/** A partition that needs nothing but its index (shuffled, cogrouped, checkpointed RDDs). */
record IndexedPartition(int index) implements Partition {

    /** Partitions 0 to {@code count - 1}. */
    public static Partition[] range(int count) {
        Partition[] partitions = new Partition[count];
        for (int i = 0; i < count; i++) {
            partitions[i] = new IndexedPartition(i);
        }
        return partitions;
    }
}
