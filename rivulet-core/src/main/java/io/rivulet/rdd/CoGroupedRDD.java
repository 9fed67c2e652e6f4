package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.memory.Grouper;
import io.rivulet.task.TaskContext;
import java.util.Iterator;
import java.util.List;

/**
 * For each key, the values it has in each of several pair RDDs: {@code Pair<K, List<Iterable<Object>>>},
 * one iterable per parent, in parent order. A parent already partitioned by {@code partitioner} is read
 * through a narrow dependency (no shuffle); the others are shuffled. Joins, {@code cogroup},
 * {@code intersection} and {@code subtractByKey} are all built on this.
 */
public final class CoGroupedRDD<K> extends CoPartitionedRDD<K, Pair<K, List<Iterable<Object>>>> {
    public CoGroupedRDD(RddServices services, List<BaseRDD<? extends Pair<K, ?>>> parents, Partitioner partitioner) {
        super(services, "cogroup", parents, partitioner);
    }

    /**
     * Groups each input's values by key: in a hash map while they fit in memory, else through an external
     * sort by key hash into lists that spill, so a key with more values than fit in memory is grouped from
     * disk ({@link Grouper}).
     */
    @Override
    protected Iterator<Pair<K, List<Iterable<Object>>>> compute(Inputs<K> inputs, TaskContext context) {
        Grouper<K> grouper = new Grouper<>(services().taskMemory(context), inputs.count());
        for (int p = 0; p < inputs.count(); p++) {
            Iterator<? extends Pair<K, ?>> records = inputs.read(p);
            while (records.hasNext()) {
                Pair<K, ?> record = records.next();
                grouper.insert(record.key(), p, record.value());
            }
        }
        return grouper.iterator();
    }
}
