package io.rivulet.shuffle;

import io.rivulet.Pair;
import io.rivulet.memory.MemoryManager;
import io.rivulet.memory.SpillFile;
import io.rivulet.scheduler.TaskContext;
import io.rivulet.serializer.Serializer;
import io.rivulet.storage.LocalDirs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Map output kept on the heap as serialized bytes (one array per reduce partition), holding storage
 * memory for exactly their size, until memory is needed elsewhere: then it moves itself to a local file
 * ({@link #moveToDisk}) and gives the memory back. Readers that started on the in-memory bytes finish on
 * them.
 *
 * <p>Why bytes and not the records themselves: a shuffle's records outlive the task that made them, so as
 * objects they are copied by every young collection until they reach the old generation, and they grow the
 * heap: measured on a join of a million rows, collections took more time than the join. Serialized, they
 * are a few large arrays, several times smaller, that the collector hardly touches.
 */
final class MemoryMapOutput implements MapOutput {
    private final long[] records;
    private final long[] bytes;
    private final long storageBytes;
    private final MemoryManager memory;
    private final Serializer serializer;
    private final Consumer<MemoryMapOutput> onRelease;
    private volatile byte[][] segments;
    private volatile SpillFile file;
    private boolean released;

    MemoryMapOutput(
            byte[][] segments,
            long[] records,
            MemoryManager memory,
            Serializer serializer,
            Consumer<MemoryMapOutput> onRelease) {
        this.segments = segments;
        this.records = records;
        this.bytes = new long[segments.length];
        for (int p = 0; p < segments.length; p++) {
            bytes[p] = segments[p].length;
        }
        this.storageBytes = storageBytes(segments);
        this.memory = memory;
        this.serializer = serializer;
        this.onRelease = onRelease;
    }

    /** The storage memory that serialized buckets hold: their bytes plus each array's header. */
    static long storageBytes(byte[][] segments) {
        long total = 16L + 4L * segments.length;
        for (byte[] segment : segments) {
            total += 16 + segment.length;
        }
        return total;
    }

    @Override
    public Iterator<Pair<Object, Object>> read(int reducePartition, TaskContext context) {
        byte[][] inMemory = segments;
        if (inMemory != null) {
            if (records[reducePartition] == 0) {
                return Collections.emptyIterator();
            }
            try {
                return serializer.readAll(new ByteArrayInputStream(inMemory[reducePartition]));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SpillFile onDisk = file;
        if (onDisk == null) {
            throw new IllegalStateException("map output was released");
        }
        return onDisk.read(reducePartition, context);
    }

    /** Bytes of a bucket: serialized in memory, compressed once moved to disk. */
    @Override
    public long bytes(int reducePartition) {
        SpillFile onDisk = file;
        return onDisk != null ? onDisk.bytes(reducePartition) : bytes[reducePartition];
    }

    @Override
    public long records(int reducePartition) {
        return records[reducePartition];
    }

    long storageBytes() {
        return storageBytes;
    }

    boolean inMemory() {
        return segments != null;
    }

    /** Writes the buckets to a file and releases their memory; returns the bytes released (0 if none). */
    synchronized long moveToDisk(LocalDirs dirs) {
        byte[][] inMemory = segments;
        if (inMemory == null || released) {
            return 0;
        }
        file = SpillFile.writeSerialized(dirs.newFile("shuffle-evicted"), serializer, inMemory, records);
        segments = null;
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
        if (segments != null) {
            segments = null;
            memory.releaseStorage(storageBytes);
        }
        if (file != null) {
            file.delete();
            file = null;
        }
    }
}
