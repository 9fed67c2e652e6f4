package io.rivulet.memory;

import io.rivulet.Pair;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Groups a stream of tagged records ordered by key hash into, for each key, one list of values per side
 * (tag). Keys sharing a hash are kept apart; each side's values go into a {@link SpillableList}, so a key
 * with more values than fit in memory is grouped without running out of it.
 */
final class GroupingIterator<K> implements Iterator<Pair<K, List<SpillableList<Object>>>> {
    private final Iterator<Pair<K, Tagged>> byHash;
    private final int sides;
    private final TaskMemory memory;
    private final List<K> keys = new ArrayList<>();
    private final List<List<SpillableList<Object>>> groups = new ArrayList<>();
    private int emitted;
    private Pair<K, Tagged> lookahead;

    /** A value and the index of the input it came from. */
    public record Tagged(int side, Object value) {}

    public GroupingIterator(Iterator<Pair<K, Tagged>> byHash, int sides, TaskMemory memory) {
        this.byHash = byHash;
        this.sides = sides;
        this.memory = memory;
        this.lookahead = byHash.hasNext() ? byHash.next() : null;
    }

    @Override
    public boolean hasNext() {
        if (emitted < keys.size()) {
            return true;
        }
        keys.clear();
        groups.clear();
        emitted = 0;
        if (lookahead == null) {
            return false;
        }
        int hash = Merging.hash(lookahead.key());
        while (lookahead != null && Merging.hash(lookahead.key()) == hash) {
            add(lookahead);
            lookahead = byHash.hasNext() ? byHash.next() : null;
        }
        for (List<SpillableList<Object>> group : groups) {
            group.forEach(SpillableList::finish);
        }
        return true;
    }

    private void add(Pair<K, Tagged> record) {
        int index = keys.indexOf(record.key()); // equals, null-safe; few keys share a hash
        if (index < 0) {
            keys.add(record.key());
            List<SpillableList<Object>> group = new ArrayList<>(sides);
            for (int i = 0; i < sides; i++) {
                group.add(new SpillableList<>(memory));
            }
            groups.add(group);
            index = keys.size() - 1;
        }
        groups.get(index).get(record.value().side()).add(record.value().value());
    }

    @Override
    public Pair<K, List<SpillableList<Object>>> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = emitted++;
        return Pair.of(keys.get(i), groups.get(i));
    }
}
