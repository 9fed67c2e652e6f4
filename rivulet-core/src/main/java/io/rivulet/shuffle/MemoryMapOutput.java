package io.rivulet.shuffle;

import io.rivulet.Pair;
import io.rivulet.memory.MemoryManager;
import io.rivulet.memory.SpillFile;
import io.rivulet.scheduler.TaskContext;
import io.rivulet.serializer.Serializer;
import io.rivulet.storage.LocalDirs;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Map output kept on the heap, holding storage memory for its estimated size, until memory is needed
 * elsewhere: then it moves itself to a local file ({@link #moveToDisk}) and gives the memory back.
 * Readers that started on the in-memory buckets finish on them.
 */
final class MemoryMapOutput implements MapOutput {
    private final long[] bytes;
    private final long[] records;
    private final long storageBytes;
    private final MemoryManager memory;
    private final java.util.function.Consumer<MemoryMapOutput> onRelease;
    private volatile Pair<Object, Object>[][] buckets;
    private volatile SpillFile file;
    private boolean released;

    MemoryMapOutput(
            Pair<Object, Object>[][] buckets,
            long[] bytes,
            long storageBytes,
            MemoryManager memory,
            java.util.function.Consumer<MemoryMapOutput> onRelease) {
        this.onRelease = onRelease;
        this.buckets = buckets;
        this.bytes = bytes;
        this.records = new long[buckets.length];
        for (int p = 0; p < buckets.length; p++) {
            records[p] = buckets[p].length;
        }
        this.storageBytes = storageBytes;
        this.memory = memory;
    }

    @Override
    public Iterator<Pair<Object, Object>> read(int reducePartition, TaskContext context) {
        Pair<Object, Object>[][] inMemory = buckets;
        if (inMemory != null) {
            return Arrays.asList(inMemory[reducePartition]).iterator();
        }
        SpillFile onDisk = file;
        if (onDisk == null) {
            throw new IllegalStateException("map output was released");
        }
        return onDisk.read(reducePartition, context);
    }

    @Override
    public long bytes(int reducePartition) {
        return bytes[reducePartition];
    }

    @Override
    public long records(int reducePartition) {
        return records[reducePartition];
    }

    long storageBytes() {
        return storageBytes;
    }

    boolean inMemory() {
        return buckets != null;
    }

    /** Writes the buckets to a file and releases their memory; returns the bytes released (0 if none). */
    synchronized long moveToDisk(Serializer serializer, LocalDirs dirs) {
        Pair<Object, Object>[][] inMemory = buckets;
        if (inMemory == null || released) {
            return 0;
        }
        file = SpillFile.write(
                dirs.newFile("shuffle-evicted"),
                serializer,
                inMemory.length,
                p -> Arrays.asList(inMemory[p]).iterator());
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
