package io.rivulet;

/**
 * What is stored for one persisted RDD, as {@link Rivulet#getRDDStorageInfo()} reports it (Spark's
 * {@code RDDInfo} on its storage page).
 *
 * @param id the RDD's id
 * @param name its name ({@link RDD#setName}) or the operation that made it
 * @param storageLevel the level it is persisted at
 * @param numPartitions its partition count
 * @param numCachedPartitions how many of its partitions have a stored block now
 * @param memoryBytes bytes its blocks hold in memory (estimated for deserialized blocks)
 * @param diskBytes bytes its blocks hold on local disk
 */
public record RDDStorageInfo(
        int id,
        String name,
        StorageLevel storageLevel,
        int numPartitions,
        int numCachedPartitions,
        long memoryBytes,
        long diskBytes) {}
