package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.engine.Engine;
import io.rivulet.memory.Grouper;
import io.rivulet.scheduler.TaskContext;
import io.rivulet.util.Iterators;
import io.rivulet.util.Products;
import java.util.Collections;
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
            Engine engine,
            BaseRDD<? extends Pair<K, V>> left,
            BaseRDD<? extends Pair<K, W>> right,
            Partitioner partitioner) {
        super(engine, "join", List.of(left, right), partitioner);
    }

    @Override
    protected Iterator<Pair<K, Pair<V, W>>> compute(Inputs<K> inputs, TaskContext context) {
        int held = heldSide(inputs);
        int streamed = 1 - held;
        Grouper<K> grouper = new Grouper<>(engine().taskMemory(context), 2);
        Iterator<? extends Pair<K, ?>> heldRecords = inputs.read(held);
        while (heldRecords.hasNext()) {
            Pair<K, ?> record = heldRecords.next();
            grouper.insert(record.key(), held, record.value());
        }
        Iterator<? extends Pair<K, ?>> streamedRecords = inputs.read(streamed);
        if (grouper.spilled()) {
            while (streamedRecords.hasNext()) {
                Pair<K, ?> record = streamedRecords.next();
                grouper.insert(record.key(), streamed, record.value());
            }
            return Iterators.flatMap(grouper.iterator(), group -> {
                K key = group.key();
                Iterable<Pair<Object, Object>> pairs =
                        Products.pairs(group.value().get(LEFT), group.value().get(RIGHT));
                return () -> Iterators.map(pairs.iterator(), pair -> joined(key, pair.key(), pair.value()));
            });
        }
        return Iterators.flatMap(streamedRecords, record -> {
            List<Object> matches = grouper.values(record.key(), held);
            if (matches == null) {
                return Collections.emptyList();
            }
            K key = record.key();
            Object value = record.value();
            Iterable<Pair<K, Pair<V, W>>> products = () -> new Iterator<Pair<K, Pair<V, W>>>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < matches.size();
                }

                @Override
                public Pair<K, Pair<V, W>> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Object match = matches.get(next++);
                    return held == RIGHT ? joined(key, value, match) : joined(key, match, value);
                }
            };
            return products;
        });
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
