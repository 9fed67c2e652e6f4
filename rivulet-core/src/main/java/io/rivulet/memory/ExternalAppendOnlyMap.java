package io.rivulet.memory;

import io.rivulet.Pair;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Combines values by key within a memory budget: a hash map of combiners that, when the task cannot get
 * more execution memory, is written to disk as a run sorted by key hash and emptied. At the end the runs
 * and what is left in memory are merged by hash and equal keys combined again, so each key comes out once.
 * What {@code reduceByKey}, {@code aggregateByKey}, {@code combineByKey}, {@code foldByKey} and
 * {@code distinct} run on, on both sides of their shuffle.
 */
public final class ExternalAppendOnlyMap<K, V, C> extends Spillable {
    /** Two slots of the map's array (at a load of 0.7) and the Pair a key and combiner become on output. */
    private static final long ENTRY_OVERHEAD = 36;

    private final Aggregator<V, C> aggregator;
    private final List<SpillFile> spills = new ArrayList<>();
    private CombineMap<K, C> current = new CombineMap<>();

    public ExternalAppendOnlyMap(TaskMemory memory, Aggregator<V, C> aggregator, String what) {
        super(memory, what, ENTRY_OVERHEAD);
        this.aggregator = aggregator;
    }

    /** Merges a value into its key's combiner. */
    public void insertValue(K key, V value) {
        size.recordCombined(key, current, current.combineValue(key, value, aggregator));
        maybeSpill();
    }

    /** Merges a combiner from another map task into its key's combiner. */
    public void insertCombiner(K key, C combiner) {
        size.recordCombined(key, current, current.combineCombiner(key, combiner, aggregator));
        maybeSpill();
    }

    @Override
    protected long[] spill() {
        List<Pair<K, C>> sorted = sortedByHash();
        SpillFile file = SpillFile.write(
                memory.tempFiles().newFile("spill-aggregate"), memory.serializer(), 1, segment -> sorted.iterator());
        memory.context().addCompletionCallback(file::delete);
        spills.add(file);
        current = new CombineMap<>();
        return new long[] {file.totalRecords(), file.totalBytes()};
    }

    private List<Pair<K, C>> sortedByHash() {
        List<Pair<K, C>> entries = new ArrayList<>(current.size());
        current.iterator().forEachRemaining(entries::add);
        entries.sort(Merging.BY_KEY_HASH);
        return entries;
    }

    /**
     * Every key once with its combiner; in no particular order. The map is spent afterwards. Once anything
     * has spilled, the rest is spilled too and the runs are merged from disk, giving the memory back.
     */
    public Iterator<Pair<K, C>> iterator() {
        if (spills.isEmpty()) {
            CombineMap<K, C> all = current;
            current = new CombineMap<>();
            return all.iterator();
        }
        if (!current.isEmpty()) {
            spillAndRelease("the rest of a buffer that spilled before, so that its merge reads only from disk");
        }
        releaseMemory();
        List<Iterator<Pair<K, C>>> runs = new ArrayList<>();
        for (SpillFile file : spills) {
            runs.add(file.read(0, memory.context()));
        }
        return Merging.combineByHash(Merging.mergeSorted(runs, Merging.BY_KEY_HASH), aggregator::mergeCombiners);
    }

    public int spills() {
        return spillCount();
    }

    public boolean isEmpty() {
        return current.isEmpty() && spills.isEmpty();
    }
}
