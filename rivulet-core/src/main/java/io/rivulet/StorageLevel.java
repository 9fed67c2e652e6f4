package io.rivulet;

/**
 * Where {@link RDD#persist} keeps the computed partitions of an RDD.
 *
 * <p>Levels with memory keep blocks under the storage share of {@code rivulet.executor.memory}; levels with
 * disk write them under {@code rivulet.local.dir}. A block that is lost or evicted is recomputed from
 * lineage when it is next needed.
 */
public enum StorageLevel {
    /** Not persisted. */
    NONE(false, false, false),
    /** Deserialized objects in memory; partitions that do not fit are recomputed. */
    MEMORY_ONLY(true, false, true),
    /** Serialized bytes in memory: smaller, slower to read. */
    MEMORY_ONLY_SER(true, false, false),
    /** Deserialized in memory, written to disk when evicted. */
    MEMORY_AND_DISK(true, true, true),
    /** Serialized in memory, written to disk when evicted. */
    MEMORY_AND_DISK_SER(true, true, false),
    /** Serialized on local disk only. */
    DISK_ONLY(false, true, false);

    private final boolean useMemory;
    private final boolean useDisk;
    private final boolean deserialized;

    StorageLevel(boolean useMemory, boolean useDisk, boolean deserialized) {
        this.useMemory = useMemory;
        this.useDisk = useDisk;
        this.deserialized = deserialized;
    }

    public boolean useMemory() {
        return useMemory;
    }

    public boolean useDisk() {
        return useDisk;
    }

    public boolean deserialized() {
        return deserialized;
    }
}
