package io.rivulet.memory;

import io.rivulet.Pair;
import io.rivulet.rdd.Aggregator;
import io.rivulet.util.Iterators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Combines values by key within a memory budget: a hash map of combiners that, when the task cannot get
 * more execution memory, is written to disk as a run sorted by key hash and emptied. At the end the runs
 * and what is left in memory are merged by hash and equal keys combined again, so each key comes out once.
 * What {@code reduceByKey}, {@code aggregateByKey}, {@code combineByKey}, {@code foldByKey} and
 * {@code distinct} run on, on both sides of their shuffle.
 */
public final class ExternalAppendOnlyMap<K, V, C> extends Spillable {
    /** A HashMap node (32 bytes) and its table slot (4-8 bytes). */
    private static final long ENTRY_OVERHEAD = 40;

    private final Aggregator<V, C> aggregator;
    private final List<SpillFile> spills = new ArrayList<>();
    private Map<K, C> current = new HashMap<>();

    public ExternalAppendOnlyMap(TaskMemory memory, Aggregator<V, C> aggregator, String what) {
        super(memory, what, ENTRY_OVERHEAD);
        this.aggregator = aggregator;
    }

    /** Merges a value into its key's combiner. Combiners may be null, so absence is checked apart. */
    public void insertValue(K key, V value) {
        C existing = current.get(key);
        boolean isNew = existing == null && !current.containsKey(key);
        C combiner = isNew ? aggregator.create(value) : aggregator.mergeValue(existing, value);
        current.put(key, combiner);
        size.record(combiner == null ? key : Pair.of(key, combiner), isNew);
        maybeSpill();
    }

    /** Merges a combiner from another map task into its key's combiner. */
    public void insertCombiner(K key, C combiner) {
        C existing = current.get(key);
        boolean isNew = existing == null && !current.containsKey(key);
        C merged = isNew ? combiner : aggregator.mergeCombiners(existing, combiner);
        current.put(key, merged);
        size.record(merged == null ? key : Pair.of(key, merged), isNew);
        maybeSpill();
    }

    @Override
    protected long[] spill() {
        List<Pair<K, C>> sorted = sortedByHash();
        SpillFile file = SpillFile.write(
                memory.localDirs().newFile("spill-aggregate"), memory.serializer(), 1, segment -> sorted.iterator());
        memory.context().addCompletionCallback(file::delete);
        spills.add(file);
        current = new HashMap<>();
        return new long[] {file.totalRecords(), file.totalBytes()};
    }

    private List<Pair<K, C>> sortedByHash() {
        List<Pair<K, C>> entries = new ArrayList<>(current.size());
        for (Map.Entry<K, C> entry : current.entrySet()) {
            entries.add(Pair.of(entry.getKey(), entry.getValue()));
        }
        entries.sort(Merging.BY_KEY_HASH);
        return entries;
    }

    /**
     * Every key once with its combiner; in no particular order. The map is spent afterwards. Once anything
     * has spilled, the rest is spilled too and the runs are merged from disk, giving the memory back.
     */
    public Iterator<Pair<K, C>> iterator() {
        if (spills.isEmpty()) {
            Map<K, C> all = current;
            current = new HashMap<>();
            return Iterators.map(all.entrySet().iterator(), e -> Pair.of(e.getKey(), e.getValue()));
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
