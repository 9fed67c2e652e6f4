package io.rivulet.storage;

import io.rivulet.StorageLevel;
import io.rivulet.memory.SizeEstimator;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Partition;
import io.rivulet.scheduler.TaskContext;
import io.rivulet.serializer.Serializer;
import io.rivulet.util.Iterators;
import io.rivulet.util.Sneaky;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the partitions of persisted RDDs, at the storage level each RDD asked for.
 *
 * <p>A task asking for a persisted partition gets the stored block if there is one; otherwise it computes
 * the partition, stores it and reads it back. Two tasks that miss the same block at once may both compute
 * it; the first to store wins. A block that is missing is simply computed again from lineage.
 */
public final class BlockManager {
    private final Map<BlockId, StoredBlock> blocks = new ConcurrentHashMap<>();
    private final Serializer serializer;
    private final LocalDirs localDirs;

    public BlockManager(Serializer serializer, LocalDirs localDirs) {
        this.serializer = serializer;
        this.localDirs = localDirs;
    }

    public <T> Iterator<T> getOrCompute(BaseRDD<T> rdd, Partition split, TaskContext context) {
        BlockId id = new BlockId(rdd.id(), split.index());
        StoredBlock block = blocks.get(id);
        if (block != null) {
            return context.readIterator(read(block, context));
        }
        StoredBlock stored = store(rdd.storageLevel(), rdd.compute(split, context), id);
        block = blocks.putIfAbsent(id, stored);
        if (block == null) {
            block = stored;
        } else {
            discard(stored);
        }
        return read(block, context);
    }

    private StoredBlock store(StorageLevel level, Iterator<?> computed, BlockId id) {
        if (level.useMemory() && level.deserialized()) {
            List<?> list = Iterators.toList(computed);
            return new StoredBlock.Deserialized(list, SizeEstimator.estimate(list));
        }
        RecordSource records = new RecordSource(computed);
        if (level.useMemory()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                serializer.writeAll(records, bytes);
            } catch (IOException e) {
                throw records.passOnOrWrap(e, "cannot serialize block " + id);
            }
            return new StoredBlock.Serialized(bytes.toByteArray());
        }
        Path file = localDirs.newFile(id.toString());
        boolean written = false;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            serializer.writeAll(records, out);
            written = true;
        } catch (IOException e) {
            throw records.passOnOrWrap(e, "cannot write block " + id + " to " + file);
        } finally {
            if (!written) {
                deleteQuietly(file); // the task failed or was killed while computing the block: abort it
            }
        }
        try {
            return new StoredBlock.OnDisk(file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Iterator<T> read(StoredBlock block, TaskContext context) {
        try {
            if (block instanceof StoredBlock.Deserialized deserialized) {
                return (Iterator<T>) deserialized.records().iterator();
            }
            if (block instanceof StoredBlock.Serialized serialized) {
                return serializer.readAll(new ByteArrayInputStream(serialized.bytes()));
            }
            StoredBlock.OnDisk onDisk = (StoredBlock.OnDisk) block;
            InputStream in = new BufferedInputStream(Files.newInputStream(onDisk.file()), 1 << 16);
            context.addCompletionCallback(in);
            return serializer.readAll(in);
        } catch (IOException e) {
            throw Sneaky.rethrow(e);
        }
    }

    /** Drops every block of an RDD. */
    public void removeRdd(int rddId) {
        List<BlockId> ids = new ArrayList<>();
        for (BlockId id : blocks.keySet()) {
            if (id.rddId() == rddId) {
                ids.add(id);
            }
        }
        for (BlockId id : ids) {
            StoredBlock block = blocks.remove(id);
            if (block != null) {
                discard(block);
            }
        }
    }

    /** What is stored for an RDD: block count and bytes in memory and on disk. */
    public StorageSummary summary(int rddId) {
        int count = 0;
        long memory = 0;
        long disk = 0;
        for (Map.Entry<BlockId, StoredBlock> entry : blocks.entrySet()) {
            if (entry.getKey().rddId() == rddId) {
                count++;
                if (entry.getValue().where() == StoredBlock.StorageWhere.MEMORY) {
                    memory += entry.getValue().size();
                } else {
                    disk += entry.getValue().size();
                }
            }
        }
        return new StorageSummary(count, memory, disk);
    }

    public void clear() {
        for (BlockId id : new ArrayList<>(blocks.keySet())) {
            StoredBlock block = blocks.remove(id);
            if (block != null) {
                discard(block);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the directory is deleted with everything in it by close()
        }
    }

    private static void discard(StoredBlock block) {
        if (block instanceof StoredBlock.OnDisk onDisk) {
            try {
                Files.deleteIfExists(onDisk.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The records of a block being stored. It remembers what computing them threw, so that the user's own
     * exception (an {@code IOException} from a map function, say) passes on unchanged, to become the cause of
     * the job's failure, while a failure to serialize or write is wrapped with the block's name.
     */
    private static final class RecordSource implements Iterator<Object> {
        private final Iterator<?> records;
        private Throwable thrown;

        RecordSource(Iterator<?> records) {
            this.records = records;
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            } catch (Throwable t) {
                thrown = t;
                throw t;
            }
        }

        @Override
        public Object next() {
            try {
                return records.next();
            } catch (Throwable t) {
                thrown = t;
                throw t;
            }
        }

        RuntimeException passOnOrWrap(IOException e, String message) {
            if (e == thrown) {
                throw Sneaky.rethrow(e);
            }
            return new UncheckedIOException(message, e);
        }
    }

    /** Blocks stored for one RDD. */
    public record StorageSummary(int blocks, long memoryBytes, long diskBytes) {}
}
