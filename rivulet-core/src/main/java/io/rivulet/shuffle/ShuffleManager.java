package io.rivulet.shuffle;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.memory.SizeEstimator;
import io.rivulet.rdd.Aggregator;
import io.rivulet.rdd.ShuffleDependency;
import io.rivulet.scheduler.MapStatus;
import io.rivulet.scheduler.TaskContext;
import io.rivulet.scheduler.TaskMetrics;
import io.rivulet.util.Iterators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the map side of a shuffle and reads its reduce side.
 *
 * <p>Map side: each record goes to the bucket its key's partition names; when the dependency combines
 * map-side, values of equal keys are merged into one combiner per key as they arrive, so a map task sends
 * at most one record per key. Reduce side: the buckets of every map output for one reduce partition are
 * concatenated, merged by key when there is an aggregator, and sorted when there is a key ordering.
 *
 * <p>Buckets are held in memory here; the memory-bounded variant (spilling sorted or aggregated runs to
 * local files) plugs in behind the same two methods.
 */
@SuppressWarnings("rawtypes") // generic arrays of Pair and Map cannot be created otherwise
public final class ShuffleManager {
    /** Every record's size is estimated for the first records; after that, one in this many. */
    private static final int SIZE_SAMPLE_INTERVAL = 64;

    private final MapOutputTracker tracker;

    public ShuffleManager(MapOutputTracker tracker) {
        this.tracker = tracker;
    }

    @SuppressWarnings("unchecked")
    public <K, V, C> MapOutput write(
            ShuffleDependency<K, V, C> dependency, Iterator<? extends Pair<K, V>> records, TaskContext context) {
        Partitioner partitioner = dependency.partitioner();
        int numPartitions = partitioner.numPartitions();
        Pair<Object, Object>[][] buckets;
        if (dependency.mapSideCombine()) {
            buckets = combineIntoBuckets(records, partitioner, (Aggregator<Object, Object>) dependency.aggregator());
        } else {
            buckets = spreadIntoBuckets(records, partitioner);
        }
        long[] bytes = new long[numPartitions];
        long recordCount = 0;
        long byteCount = 0;
        for (int p = 0; p < numPartitions; p++) {
            bytes[p] = estimateBytes(buckets[p]);
            recordCount += buckets[p].length;
            byteCount += bytes[p];
        }
        TaskMetrics metrics = context.metrics();
        metrics.incRecordsWritten(recordCount);
        metrics.incShuffleWriteBytes(byteCount);
        return new InMemoryMapOutput(buckets, bytes);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Pair<Object, Object>[][] spreadIntoBuckets(
            Iterator<? extends Pair<K, V>> records, Partitioner partitioner) {
        int numPartitions = partitioner.numPartitions();
        List<Pair<Object, Object>>[] lists = new List[numPartitions];
        for (int p = 0; p < numPartitions; p++) {
            lists[p] = new ArrayList<>();
        }
        while (records.hasNext()) {
            Pair<Object, Object> record = (Pair<Object, Object>) records.next();
            lists[partitioner.getPartition(record.key())].add(record);
        }
        Pair<Object, Object>[][] buckets = new Pair[numPartitions][];
        for (int p = 0; p < numPartitions; p++) {
            buckets[p] = lists[p].toArray(new Pair[0]);
        }
        return buckets;
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Pair<Object, Object>[][] combineIntoBuckets(
            Iterator<? extends Pair<K, V>> records, Partitioner partitioner, Aggregator<Object, Object> aggregator) {
        int numPartitions = partitioner.numPartitions();
        Map<Object, Object>[] maps = new Map[numPartitions];
        for (int p = 0; p < numPartitions; p++) {
            maps[p] = new HashMap<>();
        }
        while (records.hasNext()) {
            Pair<Object, Object> record = (Pair<Object, Object>) records.next();
            Object key = record.key();
            combineValue(maps[partitioner.getPartition(key)], key, record.value(), aggregator);
        }
        Pair<Object, Object>[][] buckets = new Pair[numPartitions][];
        for (int p = 0; p < numPartitions; p++) {
            buckets[p] = toPairs(maps[p]);
        }
        return buckets;
    }

    /** Merges {@code value} into the key's combiner. Combiners may be null, so absence is checked apart. */
    static void combineValue(Map<Object, Object> map, Object key, Object value, Aggregator<Object, Object> agg) {
        Object combiner = map.get(key);
        if (combiner == null && !map.containsKey(key)) {
            map.put(key, agg.create(value));
        } else {
            map.put(key, agg.mergeValue(combiner, value));
        }
    }

    static void combineCombiner(Map<Object, Object> map, Object key, Object combiner, Aggregator<Object, Object> agg) {
        Object existing = map.get(key);
        if (existing == null && !map.containsKey(key)) {
            map.put(key, combiner);
        } else {
            map.put(key, agg.mergeCombiners(existing, combiner));
        }
    }

    @SuppressWarnings("unchecked")
    private static Pair<Object, Object>[] toPairs(Map<Object, Object> map) {
        Pair<Object, Object>[] pairs = new Pair[map.size()];
        int i = 0;
        for (Map.Entry<Object, Object> entry : map.entrySet()) {
            pairs[i++] = new Pair<>(entry.getKey(), entry.getValue());
        }
        return pairs;
    }

    private static long estimateBytes(Pair<Object, Object>[] bucket) {
        if (bucket.length == 0) {
            return 0;
        }
        long sampledBytes = 0;
        int sampled = 0;
        for (int i = 0; i < bucket.length; i += (i < SIZE_SAMPLE_INTERVAL ? 1 : SIZE_SAMPLE_INTERVAL)) {
            sampledBytes += SizeEstimator.estimate(bucket[i]);
            sampled++;
        }
        return sampledBytes * bucket.length / sampled;
    }

    /**
     * The records of one reduce partition: every map output's bucket, merged by key when the dependency
     * has an aggregator, sorted by key when it has an ordering.
     */
    @SuppressWarnings("unchecked")
    public <K, V, C> Iterator<Pair<K, Object>> read(
            ShuffleDependency<K, V, C> dependency, int reducePartition, TaskContext context) {
        MapStatus[] outputs = tracker.mapOutputs(dependency.shuffleId());
        long bytes = 0;
        List<Iterator<Pair<Object, Object>>> sources = new ArrayList<>(outputs.length);
        for (MapStatus status : outputs) {
            bytes += status.output().bytes(reducePartition);
            sources.add(status.output().read(reducePartition));
        }
        context.metrics().incShuffleReadBytes(bytes);
        Iterator<Pair<Object, Object>> records = context.readIterator(Iterators.concat(sources.iterator()));
        Aggregator<Object, Object> aggregator = (Aggregator<Object, Object>) dependency.aggregator();
        if (aggregator != null) {
            Map<Object, Object> combined = new HashMap<>();
            while (records.hasNext()) {
                Pair<Object, Object> record = records.next();
                if (dependency.mapSideCombine()) {
                    combineCombiner(combined, record.key(), record.value(), aggregator);
                } else {
                    combineValue(combined, record.key(), record.value(), aggregator);
                }
            }
            records = Arrays.asList(toPairs(combined)).iterator();
        }
        Comparator<? super K> ordering = dependency.keyOrdering();
        if (ordering != null) {
            List<Pair<Object, Object>> all = Iterators.toList(records);
            Comparator<Object> keyOrder = (Comparator<Object>) ordering;
            all.sort((left, right) -> keyOrder.compare(left.key(), right.key()));
            records = all.iterator();
        }
        return (Iterator<Pair<K, Object>>) (Iterator<?>) records;
    }
}
