package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.memory.Grouper;
import io.rivulet.memory.JoinTable;
import io.rivulet.task.TaskContext;
import io.rivulet.util.Iterators;
import io.rivulet.util.Products;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The inner join of two pair RDDs, {@code Pair<K, Pair<V, W>>}, as a hash join: each task holds one side's
 * values of its partition in a hash table (the side with fewer records, when the shuffle says how many)
 * and streams the other side past it, so that the larger side is never held. When the held side outgrows
 * the task's memory, the task falls back to the grouping of {@link CoGroupedRDD}: both sides grouped by key
 * through an external sort, which streams even a single hot key from disk.
 *
 * <p>Its dependencies are those of every {@link CoPartitionedRDD}. Within a partition, the
 * order of the pairs is unspecified, as in Spark.
 */
public final class JoinedRDD<K, V, W> extends CoPartitionedRDD<K, Pair<K, Pair<V, W>>> {
    private static final int LEFT = 0;
    private static final int RIGHT = 1;

    public JoinedRDD(
            RddServices services,
            BaseRDD<? extends Pair<K, V>> left,
            BaseRDD<? extends Pair<K, W>> right,
            Partitioner partitioner) {
        super(services, "join", List.of(left, right), partitioner);
    }

    @Override
    protected Iterator<Pair<K, Pair<V, W>>> compute(Inputs<K> inputs, TaskContext context) {
        int held = heldSide(inputs);
        int streamed = 1 - held;
        JoinTable<K> table = new JoinTable<>(services().taskMemory(context));
        Iterator<? extends Pair<K, ?>> heldRecords = inputs.read(held);
        while (heldRecords.hasNext()) {
            Pair<K, ?> record = heldRecords.next();
            if (!table.add(record.key(), record.value())) {
                return groupedJoin(table.drain(), heldRecords, held, inputs.read(streamed), context);
            }
        }
        return new Probe(table, held, inputs.read(streamed));
    }

    /** The held side outgrew memory: both sides are grouped by key through the external sort. */
    private Iterator<Pair<K, Pair<V, W>>> groupedJoin(
            Iterator<Pair<K, Object>> heldSoFar,
            Iterator<? extends Pair<K, ?>> restOfHeld,
            int held,
            Iterator<? extends Pair<K, ?>> streamedRecords,
            TaskContext context) {
        Grouper<K> grouper = new Grouper<>(services().taskMemory(context), 2);
        for (Iterator<? extends Pair<K, ?>> records : List.of(heldSoFar, restOfHeld)) {
            while (records.hasNext()) {
                Pair<K, ?> record = records.next();
                grouper.insert(record.key(), held, record.value());
            }
        }
        while (streamedRecords.hasNext()) {
            Pair<K, ?> record = streamedRecords.next();
            grouper.insert(record.key(), 1 - held, record.value());
        }
        return Iterators.flatMap(grouper.iterator(), group -> {
            K key = group.key();
            Iterable<Pair<Object, Object>> pairs =
                    Products.pairs(group.value().get(LEFT), group.value().get(RIGHT));
            return () -> Iterators.map(pairs.iterator(), pair -> joined(key, pair.key(), pair.value()));
        });
    }

    /** Streams one side past the table of the other, one output pair per match, allocating only those. */
    private final class Probe implements Iterator<Pair<K, Pair<V, W>>> {
        private final JoinTable<K> table;
        private final boolean heldIsRight;
        private final Iterator<? extends Pair<K, ?>> streamed;
        private K key;
        private Object value;
        private Object matches;
        private int count;
        private int next;

        Probe(JoinTable<K> table, int held, Iterator<? extends Pair<K, ?>> streamed) {
            this.table = table;
            this.heldIsRight = held == RIGHT;
            this.streamed = streamed;
        }

        @Override
        public boolean hasNext() {
            while (next == count) {
                if (!streamed.hasNext()) {
                    return false;
                }
                Pair<K, ?> record = streamed.next();
                matches = table.matches(record.key());
                key = record.key();
                value = record.value();
                count = matches == null ? 0 : table.count(matches);
                next = 0;
            }
            return true;
        }

        @Override
        public Pair<K, Pair<V, W>> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object match = table.value(matches, next++);
            return heldIsRight ? joined(key, value, match) : joined(key, match, value);
        }
    }

    @SuppressWarnings("unchecked")
    private Pair<K, Pair<V, W>> joined(K key, Object left, Object right) {
        return Pair.of(key, Pair.of((V) left, (W) right));
    }

    /** The side with fewer records in this partition when both counts are known, else the right one. */
    private static int heldSide(Inputs<?> inputs) {
        long left = inputs.recordCount(LEFT);
        long right = inputs.recordCount(RIGHT);
        return left >= 0 && right >= 0 && left < right ? LEFT : RIGHT;
    }
}
