package io.rivulet.rdd;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.engine.Engine;
import io.rivulet.scheduler.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For each key, the values it has in each of several pair RDDs: {@code Pair<K, List<List<Object>>>}, one
 * inner list per parent, in parent order. A parent already partitioned by {@code partitioner} is read
 * through a narrow dependency (no shuffle); the others are shuffled. Joins, {@code cogroup},
 * {@code intersection} and {@code subtractByKey} are all built on this.
 */
public final class CoGroupedRDD<K> extends BaseRDD<Pair<K, List<List<Object>>>> {
    private final List<BaseRDD<? extends Pair<K, ?>>> parents;
    private final Partitioner partitioner;

    public CoGroupedRDD(Engine engine, List<BaseRDD<? extends Pair<K, ?>>> parents, Partitioner partitioner) {
        super(engine, "cogroup", dependencies(parents, partitioner));
        this.parents = List.copyOf(parents);
        this.partitioner = partitioner;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K> List<Dependency> dependencies(
            List<BaseRDD<? extends Pair<K, ?>>> parents, Partitioner partitioner) {
        List<Dependency> dependencies = new ArrayList<>();
        for (BaseRDD<? extends Pair<K, ?>> parent : parents) {
            if (parent.partitioner().filter(partitioner::equals).isPresent()) {
                dependencies.add(NarrowDependency.oneToOne(parent));
            } else {
                dependencies.add(new ShuffleDependency(parent, partitioner, null, false, null));
            }
        }
        return dependencies;
    }

    @Override
    protected Partition[] computePartitions() {
        Partition[] partitions = new Partition[partitioner.numPartitions()];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new IndexedPartition(i);
        }
        return partitions;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Pair<K, List<List<Object>>>> compute(Partition split, TaskContext context) {
        int numParents = parents.size();
        Map<K, List<List<Object>>> groups = new HashMap<>();
        List<K> keysInOrder = new ArrayList<>();
        for (int p = 0; p < numParents; p++) {
            Dependency dependency = dependencies().get(p);
            Iterator<? extends Pair<K, ?>> records;
            if (dependency instanceof ShuffleDependency<?, ?, ?> shuffle) {
                records = (Iterator<? extends Pair<K, ?>>)
                        (Iterator<?>) engine().shuffleManager().read(shuffle, split.index(), context);
            } else {
                BaseRDD<Pair<K, ?>> parent = (BaseRDD<Pair<K, ?>>) parents.get(p);
                records = parent.iterator(parent.partitions()[split.index()], context);
            }
            while (records.hasNext()) {
                Pair<K, ?> record = records.next();
                List<List<Object>> lists = groups.get(record.key());
                if (lists == null) {
                    lists = new ArrayList<>(numParents);
                    for (int i = 0; i < numParents; i++) {
                        lists.add(new ArrayList<>());
                    }
                    groups.put(record.key(), lists);
                    keysInOrder.add(record.key());
                }
                lists.get(p).add(record.value());
            }
        }
        Iterator<K> keys = keysInOrder.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return keys.hasNext();
            }

            @Override
            public Pair<K, List<List<Object>>> next() {
                K key = keys.next();
                return Pair.of(key, groups.get(key));
            }
        };
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(partitioner);
    }
}
