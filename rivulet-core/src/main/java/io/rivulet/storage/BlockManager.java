package io.rivulet.storage;

import io.rivulet.StorageLevel;
import io.rivulet.memory.MemoryManager;
import io.rivulet.memory.SizeEstimator;
import io.rivulet.serializer.Serializer;
import io.rivulet.task.TaskContext;
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
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the partitions ("blocks") of persisted RDDs, at the storage level each RDD asked for, within the
 * storage memory of the {@link MemoryManager}.
 *
 * <p><b>What it does.</b> A task asking for a persisted partition gets the stored block if there is one;
 * otherwise it computes the partition and stores it. Memory levels reserve storage memory while they unroll
 * the block ({@link Unroller}; deserialized blocks are sized with {@code SizeEstimator}, serialized ones by
 * their byte length). A block that does not fit even after eviction is not kept in memory: at
 * {@code MEMORY_ONLY*} the partition streams on to the task, at {@code MEMORY_AND_DISK*} it goes to disk.
 * Disk blocks do not count against memory. A block that is missing is computed again from lineage.
 *
 * <p><b>Eviction.</b> It is an evictor of the memory manager: asked for memory, it gives up the least
 * recently used blocks in memory, never one being read (pinned) or being evicted already, and never one of
 * the RDD whose block the asking thread is storing (as Spark, which would otherwise evict a partition to make
 * room for its sibling). Evicted {@code *_AND_DISK} blocks are written to disk, other ones dropped. When
 * eviction for storage could not free enough, it frees nothing.
 *
 * <p><b>Threading.</b> The block index is guarded by this object's lock, held only briefly: computing,
 * serializing, disk I/O and asking the memory manager happen outside it. Lock order: this, then the memory
 * manager (which never calls back holding its own). Two tasks that miss the same block at once both compute
 * it; the first to finish stores it, the other releases its copy and reads the stored one. A reader pins
 * the block until its iterator is done or its task ends; a reader of a block chosen for eviction keeps the
 * in-memory copy it started on. Removing a block ({@link #removeRdd}) releases its memory at once; a file
 * still being read is deleted when its last reader lets go.
 *
 * <p>Reviewer checklist: every byte acquired is released exactly once ({@link Entry#memoryBytes} is zeroed
 * when released); nothing blocking is done under the lock; a failed or killed task leaves no reservation,
 * pin or partial file behind.
 */
public final class BlockManager implements MemoryManager.StorageEvictor {
    private static final Logger LOG = Logger.getLogger(BlockManager.class.getName());
    private static final int BUFFER = 1 << 16;
    /** The {@code Arrays.asList} view around a deserialized block's array. */
    private static final long LIST_WRAPPER = 16;

    private final Serializer serializer;
    private final LocalDirs localDirs;
    private final MemoryManager memoryManager;
    /** Access order: the eldest entry is the least recently used. Guarded by this. */
    private final LinkedHashMap<BlockId, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    /** The RDD whose block this thread is reserving memory for, which its own eviction must spare. */
    private final ThreadLocal<Integer> storingRdd = new ThreadLocal<>();
    /** The RDDs whose blocks are kept: persisted and not unpersisted since. */
    private final Set<Integer> persistedRdds = ConcurrentHashMap.newKeySet();

    public BlockManager(Serializer serializer, LocalDirs localDirs, MemoryManager memoryManager) {
        this.serializer = serializer;
        this.localDirs = localDirs;
        this.memoryManager = memoryManager;
        memoryManager.addEvictor(this);
    }

    /** A stored partition and its bookkeeping. Mutable fields are guarded by the block manager. */
    private static final class Entry {
        final BlockId id;
        final StorageLevel level;
        StoredBlock data;
        long memoryBytes;
        int readers;
        boolean evicting;
        boolean removed;

        Entry(BlockId id, StorageLevel level, StoredBlock data, long memoryBytes) {
            this.id = id;
            this.level = level;
            this.data = data;
            this.memoryBytes = memoryBytes;
        }
    }

    // ---- reading and storing ---------------------------------------------------------------------

    /**
     * The block's records when it is stored; otherwise {@code compute}'s, stored at {@code level} if they fit
     * (as Spark's {@code getOrElseUpdate}). A block of an RDD that is not {@linkplain #markPersisted persisted}
     * (unpersisted meanwhile) is computed and not kept.
     */
    public <T> Iterator<T> getOrElseUpdate(
            BlockId id, StorageLevel level, Supplier<Iterator<T>> compute, TaskContext context) {
        Entry hit = pin(id);
        if (hit != null) {
            return context.readIterator(read(hit, context));
        }
        Iterator<T> computed = compute.get();
        if (level == StorageLevel.NONE || !persistedRdds.contains(id.rddId())) {
            return computed;
        }
        if (!level.useMemory()) {
            return storeAndRead(new Entry(id, level, writeToDisk(id, computed), 0), context);
        }
        return unrollAndStore(id, level, computed, context);
    }

    /** The RDD {@code rddId} is persisted: its computed partitions are stored from now on. */
    public void markPersisted(int rddId) {
        persistedRdds.add(rddId);
    }

    @SuppressWarnings("unchecked")
    private <T> Iterator<T> unrollAndStore(BlockId id, StorageLevel level, Iterator<T> computed, TaskContext ctx) {
        Unroller unroller = new Unroller(bytes -> acquireStorage(bytes, id.rddId()));
        boolean stored = false;
        try {
            if (unroller.unroll(computed)) {
                List<Object> records = unroller.records();
                StoredBlock data;
                long size;
                if (level.deserialized()) {
                    // An array, not the list: SizeEstimator cannot look inside JDK collections (java.base is
                    // not open to reflection), and a trimmed array holds no spare capacity either.
                    Object[] array = records.toArray();
                    size = SizeEstimator.estimate(array) + LIST_WRAPPER;
                    data = new StoredBlock.Deserialized(Arrays.asList(array), size);
                } else {
                    byte[] bytes = serialize(id, records.iterator());
                    size = bytes.length;
                    data = new StoredBlock.Serialized(bytes);
                }
                if (unroller.settle(size, memoryManager::releaseStorage)) {
                    stored = true;
                    return storeAndRead(new Entry(id, level, data, size), ctx);
                }
            }
            // It does not fit: what was unrolled, then the rest of the partition, without materializing more.
            Iterator<T> all =
                    Iterators.concat(List.of((Iterator<T>) unroller.records().iterator(), computed)
                            .iterator());
            if (level.useDisk()) {
                StoredBlock onDisk = writeToDisk(id, all);
                memoryManager.releaseStorage(unroller.reserved());
                stored = true;
                return storeAndRead(new Entry(id, level, onDisk, 0), ctx);
            }
            long held = unroller.reserved();
            stored = true; // the reservation now follows the records streamed to the task
            ctx.addCompletionCallback(() -> memoryManager.releaseStorage(held));
            return all;
        } finally {
            if (!stored) {
                memoryManager.releaseStorage(unroller.reserved()); // the task failed or was killed
            }
        }
    }

    private boolean acquireStorage(long bytes, int rddId) {
        Integer outer = storingRdd.get();
        storingRdd.set(rddId);
        try {
            return memoryManager.acquireStorage(bytes);
        } finally {
            if (outer == null) {
                storingRdd.remove();
            } else {
                storingRdd.set(outer);
            }
        }
    }

    /**
     * Adds {@code entry} unless another task stored the block first (then reads that one), or the RDD was
     * unpersisted meanwhile (then reads this one once, and lets it go). {@link #removeRdd} forgets that the
     * RDD is persisted and takes the same lock, so no block outlives its RDD's unpersist.
     */
    private <T> Iterator<T> storeAndRead(Entry entry, TaskContext context) {
        Entry stored;
        synchronized (this) {
            Entry existing = entries.get(entry.id);
            if (existing != null) {
                stored = existing;
                entry.removed = true;
                release(entry);
            } else {
                stored = entry;
                if (!persistedRdds.contains(entry.id.rddId())) {
                    entry.removed = true; // its file goes when this one reader is done
                    release(entry);
                } else {
                    entries.put(entry.id, entry);
                }
            }
            stored.readers++;
        }
        if (stored != entry) {
            deleteFileOf(entry); // never read: another task stored the block first
        }
        return read(stored, context);
    }

    /** The entry, pinned for reading, or null. */
    private synchronized Entry pin(BlockId id) {
        Entry entry = entries.get(id); // marks it most recently used
        if (entry != null) {
            entry.readers++;
        }
        return entry;
    }

    private void unpin(Entry entry) {
        boolean deleteFile;
        synchronized (this) {
            entry.readers--;
            deleteFile = entry.removed && entry.readers == 0;
        }
        if (deleteFile) {
            deleteFileOf(entry);
        }
    }

    /** The records of a pinned entry; the pin is let go when they are all read or the task ends. */
    @SuppressWarnings("unchecked")
    private <T> Iterator<T> read(Entry entry, TaskContext context) {
        StoredBlock data;
        synchronized (this) {
            data = entry.data;
        }
        ReadPin pin = new ReadPin(entry);
        context.addCompletionCallback(pin);
        try {
            Iterator<T> records;
            if (data instanceof StoredBlock.Deserialized deserialized) {
                records = (Iterator<T>) deserialized.records().iterator();
            } else if (data instanceof StoredBlock.Serialized serialized) {
                records = serializer.readAll(new ByteArrayInputStream(serialized.bytes()));
            } else {
                StoredBlock.OnDisk onDisk = (StoredBlock.OnDisk) data;
                pin.stream = new BufferedInputStream(Files.newInputStream(onDisk.file()), BUFFER);
                records = serializer.readAll(pin.stream);
            }
            return pin.releasingWhenDone(records);
        } catch (IOException e) {
            pin.close();
            throw Sneaky.rethrow(e);
        }
    }

    /** A reader's hold on a block: closes its file and unpins the block once, when done or at task end. */
    private final class ReadPin implements AutoCloseable {
        private final Entry entry;
        private InputStream stream;
        private boolean closed;

        ReadPin(Entry entry) {
            this.entry = entry;
        }

        <T> Iterator<T> releasingWhenDone(Iterator<T> records) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    boolean more = records.hasNext();
                    if (!more) {
                        close();
                    }
                    return more;
                }

                @Override
                public T next() {
                    return records.next();
                }
            };
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (stream != null) {
                    stream.close();
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "cannot close block file of " + entry.id, e);
            } finally {
                unpin(entry);
            }
        }
    }

    private byte[] serialize(BlockId id, Iterator<?> records) {
        RecordSource source = new RecordSource(records);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            serializer.writeAll(source, bytes);
        } catch (IOException e) {
            throw source.passOnOrWrap(e, "cannot serialize block " + id);
        }
        return bytes.toByteArray();
    }

    /** Writes the records to a new file; a failure (or a killed task) leaves no file behind. */
    private StoredBlock.OnDisk writeToDisk(BlockId id, Iterator<?> records) {
        RecordSource source = new RecordSource(records);
        Path file = localDirs.newFile(id.toString());
        boolean written = false;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
            serializer.writeAll(source, out);
            written = true;
        } catch (IOException e) {
            throw source.passOnOrWrap(e, "cannot write block " + id + " to " + file);
        } finally {
            if (!written) {
                deleteQuietly(file);
            }
        }
        try {
            return new StoredBlock.OnDisk(file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- eviction --------------------------------------------------------------------------------

    @Override
    public long evict(long bytes, boolean forExecution) {
        Integer spared = forExecution ? null : storingRdd.get();
        List<Entry> victims = new ArrayList<>();
        synchronized (this) {
            long chosen = 0;
            for (Entry entry : entries.values()) { // eldest first; iterating does not reorder
                if (chosen >= bytes) {
                    break;
                }
                if (entry.memoryBytes > 0
                        && entry.readers == 0
                        && !entry.evicting
                        && (spared == null || entry.id.rddId() != spared)) {
                    entry.evicting = true;
                    victims.add(entry);
                    chosen += entry.memoryBytes;
                }
            }
            if (chosen < bytes && !forExecution) {
                // Storage needs the whole amount or nothing: dropping blocks for a block that still does
                // not fit would lose them for nothing. Execution takes whatever it can get.
                victims.forEach(victim -> victim.evicting = false);
                return 0;
            }
        }
        long freed = 0;
        for (Entry victim : victims) {
            freed += victim.level.useDisk() ? moveToDisk(victim) : drop(victim);
        }
        return freed;
    }

    private synchronized long drop(Entry victim) {
        if (!victim.removed) {
            victim.removed = true;
            entries.remove(victim.id);
        }
        return release(victim);
    }

    /** Writes an evicted block to disk (outside the lock), then lets go of its memory. */
    private long moveToDisk(Entry victim) {
        StoredBlock data;
        synchronized (this) {
            data = victim.data;
        }
        StoredBlock.OnDisk onDisk;
        try {
            onDisk = data instanceof StoredBlock.Deserialized deserialized
                    ? writeToDisk(victim.id, deserialized.records().iterator())
                    : writeBytes(victim.id, ((StoredBlock.Serialized) data).bytes());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot write evicted block " + victim.id + " to disk; dropping it", e);
            return drop(victim);
        }
        synchronized (this) {
            if (!victim.removed) {
                victim.data = onDisk;
                victim.evicting = false;
                return release(victim);
            }
        }
        deleteQuietly(onDisk.file()); // removed while it was being written
        return 0;
    }

    private StoredBlock.OnDisk writeBytes(BlockId id, byte[] bytes) {
        Path file = localDirs.newFile(id.toString());
        try {
            Files.write(file, bytes);
            return new StoredBlock.OnDisk(file, bytes.length);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("cannot write block " + id + " to " + file, e);
        }
    }

    /** Gives back an entry's storage memory, once. Returns how much. */
    private long release(Entry entry) {
        assert Thread.holdsLock(this);
        long bytes = entry.memoryBytes;
        entry.memoryBytes = 0;
        if (bytes > 0) {
            memoryManager.releaseStorage(bytes);
        }
        return bytes;
    }

    // ---- removal and introspection ---------------------------------------------------------------

    /**
     * The RDD is not persisted any more: drops every block of it, freeing its memory now and its files once no
     * task reads them.
     */
    public void removeRdd(int rddId) {
        synchronized (this) {
            persistedRdds.remove(rddId);
        }
        removeWhere(rddId);
    }

    /** Drops every block (on close). */
    public void clear() {
        removeWhere(null);
    }

    private void removeWhere(Integer rddId) {
        List<Entry> unread = new ArrayList<>();
        synchronized (this) {
            Iterator<Entry> it = entries.values().iterator();
            while (it.hasNext()) {
                Entry entry = it.next();
                if (rddId == null || entry.id.rddId() == rddId) {
                    it.remove();
                    entry.removed = true;
                    release(entry);
                    if (entry.readers == 0) {
                        unread.add(entry);
                    }
                }
            }
        }
        unread.forEach(BlockManager::deleteFileOf);
    }

    /** What is stored for an RDD: block count and bytes in memory and on disk. */
    public StorageSummary summary(int rddId) {
        return summaries().getOrDefault(rddId, new StorageSummary(0, 0, 0));
    }

    /** The partitions of an RDD that have a stored block. */
    public synchronized Set<Integer> storedPartitions(int rddId) {
        Set<Integer> partitions = new TreeSet<>();
        for (BlockId id : entries.keySet()) {
            if (id.rddId() == rddId) {
                partitions.add(id.partition());
            }
        }
        return partitions;
    }

    /** What is stored, by RDD id (ascending). */
    public synchronized Map<Integer, StorageSummary> summaries() {
        Map<Integer, StorageSummary> byRdd = new TreeMap<>();
        for (Entry entry : entries.values()) {
            long memory = entry.data.where() == StoredBlock.StorageWhere.MEMORY ? entry.data.size() : 0;
            long disk = entry.data.where() == StoredBlock.StorageWhere.DISK ? entry.data.size() : 0;
            byRdd.merge(
                    entry.id.rddId(),
                    new StorageSummary(1, memory, disk),
                    (a, b) -> new StorageSummary(
                            a.blocks() + b.blocks(), a.memoryBytes() + b.memoryBytes(), a.diskBytes() + b.diskBytes()));
        }
        return byRdd;
    }

    private static void deleteFileOf(Entry entry) {
        if (entry.data instanceof StoredBlock.OnDisk onDisk) {
            deleteQuietly(onDisk.file());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot delete " + file + "; close() deletes its directory", e);
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
