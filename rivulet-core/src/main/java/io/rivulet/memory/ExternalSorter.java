package io.rivulet.memory;

import io.rivulet.Pair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Sorts records by key within a memory budget: records are buffered, and when the task cannot get more
 * execution memory the buffer is sorted and written to disk as a run; at the end the runs and the sorted
 * rest are merged. The sort is stable within a run. What {@code sortByKey} and the grouping operations
 * ({@code groupByKey}, {@code cogroup}, joins; ordered by key hash) run on.
 */
public final class ExternalSorter<K, V> extends Spillable {
    /** An ArrayList slot plus the Pair holding key and value. */
    private static final long ENTRY_OVERHEAD = 8;

    private final Comparator<? super Pair<K, V>> order;
    /** The key ordering that {@link #order} compares records by, when it is one: lets {@link KeySort} sort. */
    private final Comparator<? super K> keyOrder;

    private final List<SpillFile> spills = new ArrayList<>();
    private List<Pair<K, V>> buffer = new ArrayList<>();

    public ExternalSorter(TaskMemory memory, Comparator<? super Pair<K, V>> order, String what) {
        this(memory, order, null, what);
    }

    private ExternalSorter(
            TaskMemory memory, Comparator<? super Pair<K, V>> order, Comparator<? super K> keyOrder, String what) {
        super(memory, what, ENTRY_OVERHEAD);
        this.order = order;
        this.keyOrder = keyOrder;
    }

    /** A sorter of records by their keys in {@code keyOrder}. */
    public static <K, V> ExternalSorter<K, V> byKey(TaskMemory memory, Comparator<? super K> keyOrder, String what) {
        return new ExternalSorter<>(memory, (left, right) -> keyOrder.compare(left.key(), right.key()), keyOrder, what);
    }

    /**
     * Sorts the buffer; numeric keys by radix when the task can get the working memory for it (when it is
     * spilling because memory ran out, it usually cannot, and TimSort's smaller needs do).
     */
    private void sortBuffer() {
        if (keyOrder == null) {
            buffer.sort(order);
            return;
        }
        long working = KeySort.workingBytes(buffer, keyOrder);
        long granted = working == 0 ? 0 : memory.acquire(working);
        try {
            KeySort.sort(buffer, keyOrder, working > 0 && granted >= working);
        } finally {
            if (granted > 0) {
                memory.release(granted);
            }
        }
    }

    public void insert(Pair<K, V> record) {
        buffer.add(record);
        size.record(record, true);
        maybeSpill();
    }

    public void insertAll(Iterator<? extends Pair<K, V>> records) {
        while (records.hasNext()) {
            insert(records.next());
        }
    }

    @Override
    protected long[] spill() {
        sortBuffer();
        List<Pair<K, V>> run = buffer;
        SpillFile file = SpillFile.write(
                memory.tempFiles().newFile("spill-sort"), memory.serializer(), 1, segment -> run.iterator());
        memory.context().addCompletionCallback(file::delete);
        spills.add(file);
        buffer = new ArrayList<>();
        return new long[] {file.totalRecords(), file.totalBytes()};
    }

    /**
     * Every record, in order. The sorter is spent afterwards. Once anything has spilled, the rest is
     * spilled too and all runs are merged from disk, so that the memory is given back for whatever reads
     * the result (grouping a hot key, say) instead of being held, unaccounted, by the merge.
     */
    public Iterator<Pair<K, V>> iterator() {
        if (spills.isEmpty()) {
            sortBuffer();
            List<Pair<K, V>> all = buffer;
            buffer = new ArrayList<>();
            return all.iterator();
        }
        if (!buffer.isEmpty()) {
            spillAndRelease("the rest of a buffer that spilled before, so that its merge reads only from disk");
        }
        releaseMemory();
        List<Iterator<Pair<K, V>>> runs = new ArrayList<>();
        for (SpillFile file : spills) {
            runs.add(file.read(0, memory.context()));
        }
        return Merging.mergeSorted(runs, order);
    }

    public int spills() {
        return spillCount();
    }
}
