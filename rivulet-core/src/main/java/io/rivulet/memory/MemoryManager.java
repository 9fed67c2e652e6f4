package io.rivulet.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Divides one memory budget ({@code rivulet.executor.memory}) between execution and storage, as Spark's
 * unified memory manager does.
 *
 * <p><b>Execution</b> memory holds the buffers of running tasks: shuffle map-side buffers, sort buffers,
 * aggregation maps. It is shared fairly: with N tasks holding or asking for execution memory, one task gets
 * at most 1/N of what execution may use. A request is never blocked; it is granted partly or not at all, and
 * the asking consumer then spills to disk and tries again with what it freed.
 *
 * <p><b>Storage</b> memory holds persisted blocks and in-memory shuffle outputs. The two borrow from each
 * other: storage may use whatever execution leaves free; execution may take memory back from storage by
 * evicting blocks, but only down to the storage region ({@code storageFraction} of the budget), which
 * evictions for execution never cut into.
 *
 * <p>Threading: every method is synchronized; eviction callbacks run outside the lock.
 */
public final class MemoryManager {
    public static final long DEFAULT_MIN_SPILL_BYTES = 256 * 1024;
    private static final long MAX_DEFAULT_MIN_SPILL_BYTES = 4L << 20;

    private final long minSpillBytes;
    private final long maxMemory;
    private final long storageRegion;
    private final Map<Long, Long> executionByTask = new HashMap<>();
    private long executionUsed;
    private long storageUsed;
    private long peakExecution;
    private long peakStorage;
    private final List<StorageEvictor> evictors = new CopyOnWriteArrayList<>();
    private volatile SpillReporter spillReporter = spill -> {};

    /**
     * Frees storage memory by evicting what it holds; returns the bytes it freed. Called without the memory
     * manager's lock held; it releases what it frees with {@link #releaseStorage}.
     */
    @FunctionalInterface
    public interface StorageEvictor {
        long evict(long bytes, boolean forExecution);
    }

    public MemoryManager(long maxMemory, double storageFraction) {
        this(maxMemory, storageFraction, DEFAULT_MIN_SPILL_BYTES);
    }

    /**
     * @param minSpillBytes buffers smaller than this never spill (so that a task with many small buffers
     *     does not write many tiny files); tests lower it to make small data spill
     */
    public MemoryManager(long maxMemory, double storageFraction, long minSpillBytes) {
        if (maxMemory <= 0) {
            throw new IllegalArgumentException("memory budget must be positive: " + maxMemory);
        }
        if (storageFraction < 0 || storageFraction > 1) {
            throw new IllegalArgumentException("storage fraction must be in [0, 1]: " + storageFraction);
        }
        this.minSpillBytes = minSpillBytes;
        this.maxMemory = maxMemory;
        this.storageRegion = (long) (maxMemory * storageFraction);
    }

    /**
     * The default budget: 60% of the heap beyond a reserve for everything else, as Spark sizes it: 300 MiB, or
     * half of heaps under 600 MiB (Spark refuses heaps that small; here they get a budget that they can really
     * hold: estimates err, lists grow by copying, and the application and the JVM's own objects live there
     * too). And never more than 60% of what is free of the live heap {@code usedHeap} (what the application
     * holds when it builds its {@code Rivulet}).
     */
    public static long defaultBudget(long maxHeap, long usedHeap) {
        long reserved = Math.min(300L << 20, maxHeap / 2);
        long bySize = (long) ((maxHeap - reserved) * 0.6);
        long byLiveHeap = (long) (Math.max(0, maxHeap - usedHeap) * 0.6);
        return Math.max(1L << 20, Math.min(bySize, byLiveHeap));
    }

    /** {@link #defaultBudget(long, long)} of an empty heap. */
    public static long defaultBudget(long maxHeap) {
        return defaultBudget(maxHeap, 0);
    }

    /**
     * The default spill floor: a quarter of one slot's fair share of {@code budget}, between 256 KiB and 4 MiB,
     * so that a spill is always worth its file.
     */
    public static long defaultMinSpillBytes(long budget, int slots) {
        long quarterShare = budget / (4L * Math.max(1, slots));
        return Math.max(DEFAULT_MIN_SPILL_BYTES, Math.min(MAX_DEFAULT_MIN_SPILL_BYTES, quarterShare));
    }

    /**
     * Adds a holder of storage memory that can give some back; evictors are asked in the order they were
     * added, until enough is freed (in-memory shuffle outputs, which move to disk, before cached blocks,
     * which must then be recomputed).
     */
    public void addEvictor(StorageEvictor evictor) {
        evictors.add(evictor);
    }

    private void evict(long bytes, boolean forExecution) {
        long freed = 0;
        for (StorageEvictor evictor : evictors) {
            if (freed >= bytes) {
                return;
            }
            freed += evictor.evict(bytes - freed, forExecution);
        }
    }

    public void setSpillReporter(SpillReporter reporter) {
        this.spillReporter = reporter;
    }

    void reportSpill(io.rivulet.SpillInfo spill) {
        spillReporter.spilled(spill);
    }

    /**
     * Grants up to {@code bytes} of execution memory to task {@code taskId}: what its fair share and the free
     * memory allow, after evicting storage blocks above the storage region if that helps. Returns the grant.
     */
    public long acquireExecution(long bytes, long taskId) {
        if (bytes <= 0) {
            return 0;
        }
        long shortfall;
        synchronized (this) {
            executionByTask.putIfAbsent(taskId, 0L);
            shortfall = bytes - free();
            long evictable = Math.max(0, storageUsed - storageRegion);
            shortfall = Math.min(shortfall, evictable);
        }
        if (shortfall > 0) {
            evict(shortfall, true);
        }
        synchronized (this) {
            long held = executionByTask.getOrDefault(taskId, 0L);
            long fairShare = (maxMemory - Math.min(storageUsed, storageRegion)) / Math.max(1, executionByTask.size());
            long granted = Math.max(0, Math.min(bytes, Math.min(fairShare - held, free())));
            executionByTask.put(taskId, held + granted);
            executionUsed += granted;
            peakExecution = Math.max(peakExecution, executionUsed);
            return granted;
        }
    }

    public synchronized void releaseExecution(long bytes, long taskId) {
        long held = executionByTask.getOrDefault(taskId, 0L);
        long released = Math.min(bytes, held);
        executionUsed -= released;
        if (held - released == 0) {
            executionByTask.remove(taskId);
        } else {
            executionByTask.put(taskId, held - released);
        }
    }

    /** Releases everything a task still holds (its buffers are gone with it); returns how much. */
    public synchronized long releaseAllExecution(long taskId) {
        Long held = executionByTask.remove(taskId);
        if (held == null) {
            return 0;
        }
        executionUsed -= held;
        return held;
    }

    /**
     * Takes storage memory only from what is free inside the storage region, evicting nothing: for data that
     * is as well kept on disk (shuffle outputs), so that it never crowds out execution or cached blocks.
     */
    public synchronized boolean acquireStorageWithinRegion(long bytes) {
        return storageUsed + bytes <= storageRegion && reserveStorageIfFree(bytes);
    }

    /**
     * Reserves {@code bytes} of storage memory, evicting other blocks (least recently used first) when the
     * free memory is not enough. Returns false, reserving nothing, when even eviction cannot make room.
     */
    public boolean acquireStorage(long bytes) {
        if (bytes > maxMemory) {
            return false;
        }
        long shortfall;
        synchronized (this) {
            if (reserveStorageIfFree(bytes)) {
                return true;
            }
            shortfall = bytes - free();
            if (shortfall > storageUsed) {
                return false; // execution holds the rest and storage cannot evict it
            }
        }
        evict(shortfall, false);
        synchronized (this) {
            return reserveStorageIfFree(bytes);
        }
    }

    /** Reserves {@code bytes} of storage if that much is free; call holding this lock. */
    private boolean reserveStorageIfFree(long bytes) {
        if (bytes > free()) {
            return false;
        }
        storageUsed += bytes;
        peakStorage = Math.max(peakStorage, storageUsed);
        return true;
    }

    public synchronized void releaseStorage(long bytes) {
        storageUsed = Math.max(0, storageUsed - bytes);
    }

    private long free() {
        return maxMemory - executionUsed - storageUsed;
    }

    public long minSpillBytes() {
        return minSpillBytes;
    }

    public long maxMemory() {
        return maxMemory;
    }

    public synchronized long executionUsed() {
        return executionUsed;
    }

    public synchronized long storageUsed() {
        return storageUsed;
    }

    public synchronized long peakExecution() {
        return peakExecution;
    }

    public synchronized long peakStorage() {
        return peakStorage;
    }

    @Override
    public synchronized String toString() {
        return String.format(
                "MemoryManager(max=%d, execution=%d, storage=%d, tasks=%d)",
                maxMemory, executionUsed, storageUsed, executionByTask.size());
    }
}
