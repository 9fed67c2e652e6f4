package io.rivulet.shuffle;

import io.rivulet.memory.MemoryManager;
import io.rivulet.memory.SpillFile;
import io.rivulet.serializer.Serializer;
import io.rivulet.storage.LocalDirs;
import io.rivulet.task.TaskContext;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Map output kept on the heap, holding storage memory for its size, until memory is needed elsewhere: then
 * it moves itself to a local file ({@link #moveToDisk}) and gives the memory back. Readers that started on
 * the in-memory buckets finish on them.
 *
 * <p>Small outputs keep their records; larger ones are serialized ({@link InMemoryBuckets.Serialized}). A
 * shuffle's records outlive the task that made them, so as objects every young collection copies them until
 * they reach the old generation, and they grow the heap: measured on a join of a million rows, collections
 * took more time than the join. Serialized, they are a few large arrays, several times smaller, that the
 * collector hardly touches. Small outputs are spared the serializer, whose first use in a JVM costs about
 * half a second (loading it and generating code for the record classes).
 */
final class MemoryMapOutput implements MapOutput {
    private final InMemoryBuckets shape;
    private final long storageBytes;
    private final MemoryManager memory;
    private final Serializer serializer;
    private final Consumer<MemoryMapOutput> onRelease;
    private volatile InMemoryBuckets buckets;
    private volatile SpillFile file;
    private boolean released;

    MemoryMapOutput(
            InMemoryBuckets buckets, MemoryManager memory, Serializer serializer, Consumer<MemoryMapOutput> onRelease) {
        this.shape = buckets;
        this.buckets = buckets;
        this.storageBytes = buckets.storageBytes();
        this.memory = memory;
        this.serializer = serializer;
        this.onRelease = onRelease;
    }

    @Override
    public Iterator<Object> read(int reducePartition, TaskContext context) {
        InMemoryBuckets inMemory = buckets;
        if (inMemory != null) {
            return inMemory.read(reducePartition);
        }
        SpillFile onDisk = file;
        if (onDisk == null) {
            throw new IllegalStateException("map output was released");
        }
        return onDisk.read(reducePartition, context);
    }

    /** Bytes of a bucket: as {@link InMemoryBuckets#bytes} says in memory, compressed once on disk. */
    @Override
    public long bytes(int reducePartition) {
        SpillFile onDisk = file;
        return onDisk != null ? onDisk.bytes(reducePartition) : shape.bytes(reducePartition);
    }

    @Override
    public long records(int reducePartition) {
        return shape.records(reducePartition);
    }

    long storageBytes() {
        return storageBytes;
    }

    boolean inMemory() {
        return buckets != null;
    }

    /** Writes the buckets to a file and releases their memory; returns the bytes released (0 if none). */
    synchronized long moveToDisk(LocalDirs dirs) {
        InMemoryBuckets inMemory = buckets;
        if (inMemory == null || released) {
            return 0;
        }
        file = inMemory.writeTo(dirs.newFile("shuffle-evicted"), serializer);
        buckets = null;
        memory.releaseStorage(storageBytes);
        return storageBytes;
    }

    @Override
    public synchronized void release() {
        if (released) {
            return;
        }
        released = true;
        onRelease.accept(this);
        if (buckets != null) {
            buckets = null;
            memory.releaseStorage(storageBytes);
        }
        if (file != null) {
            file.delete();
            file = null;
        }
    }
}
