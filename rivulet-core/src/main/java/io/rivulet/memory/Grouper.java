package io.rivulet.memory;

import io.rivulet.Pair;
import io.rivulet.util.Iterators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Groups tagged records by key for {@code cogroup}, joins and {@code groupByKey}: each key's values, one list
 * per input side.
 *
 * <p>While the groups fit in the task's execution memory they are built in a hash map: one pass, no sort.
 * When the task cannot get more memory, everything moves to an {@link ExternalSorter} ordered by key hash,
 * which spills, and the groups are then read back by a {@link GroupingIterator} into lists that spill
 * themselves, so that a key with more values than fit in memory is grouped from disk.
 */
public final class Grouper<K> {
    /** A value's slot in its list, with the list's growth slack: beyond the value itself. */
    private static final long VALUE_OVERHEAD = 8;
    /**
     * What a new key adds beyond the key itself: its map slot (two references and a hash at most 70% full,
     * tripled while the map grows into a table twice as large), the array of lists, one {@code ArrayList}
     * per side and the first four-slot array of one of them.
     */
    private static final long KEY_OVERHEAD_BASE = 50 + 16 + 32;

    private static final long KEY_OVERHEAD_PER_SIDE = 4 + 24;

    private final TaskMemory memory;
    private final int sides;
    private final List<Aggregator<Object, List<Object>[]>> bySide = new ArrayList<>();
    private final SizeTracker size = new SizeTracker(VALUE_OVERHEAD);
    private final long keyOverhead;
    private long keys;
    private CombineMap<K, List<Object>[]> groups = new CombineMap<>();
    private ExternalSorter<K, GroupingIterator.Tagged> sorter;
    private long granted;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists
    public Grouper(TaskMemory memory, int sides) {
        this.memory = memory;
        this.sides = sides;
        this.keyOverhead = KEY_OVERHEAD_BASE + KEY_OVERHEAD_PER_SIDE * sides;
        for (int s = 0; s < sides; s++) {
            int side = s;
            bySide.add(new Aggregator<>(
                    value -> {
                        List<Object>[] lists = new List[sides];
                        for (int i = 0; i < sides; i++) {
                            lists[i] = new ArrayList<>(i == side ? 4 : 0);
                        }
                        lists[side].add(value);
                        return lists;
                    },
                    (lists, value) -> {
                        lists[side].add(value);
                        return lists;
                    },
                    (left, right) -> {
                        throw new IllegalStateException("groups are never merged");
                    }));
        }
    }

    public void insert(K key, int side, Object value) {
        if (sorter != null) {
            sorter.insert(Pair.of(key, new GroupingIterator.Tagged(side, value)));
            return;
        }
        boolean isNew = groups.combineValue(key, value, bySide.get(side));
        size.record(isNew ? key : null, value, true);
        keys += isNew ? 1 : 0;
        long estimate = size.estimatedBytes() + keys * keyOverhead;
        if (estimate > granted && estimate >= memory.minSpillBytes()) {
            granted += memory.acquire(2 * estimate - granted);
            if (estimate > granted) {
                moveToSorter();
            }
        }
    }

    /** Out of memory for hash grouping: from now on records are sorted (and spilled) by key hash instead. */
    private void moveToSorter() {
        sorter = new ExternalSorter<>(memory, Merging.BY_KEY_HASH, "cogroup buffer");
        // The records move from the map to the sorter: so does the memory they hold (else the sorter, granted
        // nothing while the map holds the task's share, would spill a tiny run at every step of the move).
        sorter.adoptGrant(granted);
        granted = 0;
        CombineMap<K, List<Object>[]> all = groups;
        groups = null;
        Iterator<Pair<K, List<Object>[]>> entries = all.iterator();
        while (entries.hasNext()) {
            Pair<K, List<Object>[]> entry = entries.next();
            for (int side = 0; side < sides; side++) {
                for (Object value : entry.value()[side]) {
                    sorter.insert(Pair.of(entry.key(), new GroupingIterator.Tagged(side, value)));
                }
                entry.value()[side] = null; // let the sorter's spills actually free memory
            }
        }
    }

    /** Each key with one iterable of values per side. The grouper is spent afterwards. */
    @SuppressWarnings("unchecked")
    public Iterator<Pair<K, List<Iterable<Object>>>> iterator() {
        if (sorter == null) {
            CombineMap<K, List<Object>[]> all = groups;
            groups = null;
            return Iterators.map(
                    all.iterator(), entry -> Pair.of(entry.key(), Arrays.asList((Iterable<Object>[]) entry.value())));
        }
        Iterator<Pair<K, List<SpillableList<Object>>>> grouped =
                new GroupingIterator<>(sorter.iterator(), sides, memory);
        return (Iterator<Pair<K, List<Iterable<Object>>>>) (Iterator<?>) grouped;
    }
}
