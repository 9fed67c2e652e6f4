package io.rivulet.shuffle;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.memory.CombineMap;
import io.rivulet.memory.MemoryManager;
import io.rivulet.memory.Merging;
import io.rivulet.memory.SpillFile;
import io.rivulet.memory.Spillable;
import io.rivulet.memory.TaskMemory;
import io.rivulet.rdd.Aggregator;
import io.rivulet.util.Iterators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The map side of one shuffle task: records go to the bucket of their key's reduce partition; with an
 * aggregator that combines map-side, each bucket is a map of one combiner per key.
 *
 * <p>Buckets live in execution memory. When the task cannot get more, they are written to a spill file
 * (one segment per reduce partition, combiners sorted by key hash) and emptied. At the end, a task that
 * never spilled keeps its output in storage memory if it can get it; otherwise the spills and the rest are
 * merged into one output file per task, combining each key's combiners again, so that a combining map
 * task still sends at most one record per key.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // generic arrays of buckets
final class ShuffleWriter extends Spillable {
    /** A HashMap node or a list slot, plus the Pair a bucket record becomes. */
    private static final long ENTRY_OVERHEAD = 56;

    private final Partitioner partitioner;
    private final Aggregator<Object, Object> aggregator;
    private final int numPartitions;
    private final List<SpillFile> spills = new ArrayList<>();
    private CombineMap<Object, Object>[] combined;
    private List<Pair<Object, Object>>[] lists;

    ShuffleWriter(TaskMemory memory, Partitioner partitioner, Aggregator<Object, Object> mapSideAggregator) {
        super(memory, "shuffle map output", ENTRY_OVERHEAD);
        this.partitioner = partitioner;
        this.aggregator = mapSideAggregator;
        this.numPartitions = partitioner.numPartitions();
        newBuckets();
    }

    private void newBuckets() {
        if (aggregator != null) {
            combined = new CombineMap[numPartitions];
            for (int p = 0; p < numPartitions; p++) {
                combined[p] = new CombineMap<>();
            }
        } else {
            lists = new List[numPartitions];
            for (int p = 0; p < numPartitions; p++) {
                lists[p] = new ArrayList<>();
            }
        }
    }

    void insertAll(Iterator<? extends Pair<?, ?>> records) {
        while (records.hasNext()) {
            Pair<Object, Object> record = (Pair<Object, Object>) records.next();
            int partition = partitioner.getPartition(record.key());
            if (aggregator == null) {
                lists[partition].add(record);
                size.record(record, true);
            } else {
                boolean isNew = combined[partition].combineValue(record.key(), record.value(), aggregator);
                size.record(record.key(), combined[partition].lastCombiner(), isNew);
            }
            maybeSpill();
        }
    }

    @Override
    protected long[] spill() {
        SpillFile file = SpillFile.write(
                memory.localDirs().newFile("spill-shuffle"), memory.serializer(), numPartitions, this::bucket);
        memory.context().addCompletionCallback(file::delete);
        spills.add(file);
        newBuckets();
        return new long[] {file.totalRecords(), file.totalBytes()};
    }

    /** Bucket {@code p} as records; combiners ordered by key hash so that spilled runs can be merged. */
    private Iterator<Pair<Object, Object>> bucket(int p) {
        if (aggregator == null) {
            return lists[p].iterator();
        }
        List<Pair<Object, Object>> entries = new ArrayList<>(combined[p].size());
        combined[p].iterator().forEachRemaining(entries::add);
        entries.sort(Merging.BY_KEY_HASH);
        return entries.iterator();
    }

    /**
     * Ends the task's output: serialized in storage memory when nothing spilled and the memory is there,
     * else in one local file.
     */
    MapOutput finish(MemoryManager manager, ShuffleMemoryStore store) {
        if (spills.isEmpty()) {
            byte[][] segments = new byte[numPartitions][];
            long[] records = new long[numPartitions];
            for (int p = 0; p < numPartitions; p++) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try {
                    // Unsorted: only runs that are merged with spills need the key-hash order.
                    records[p] = memory.serializer().writeAll(unsortedBucket(p), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot serialize shuffle output", e);
                }
                segments[p] = bytes.toByteArray();
            }
            newBuckets();
            releaseMemory();
            if (manager.acquireStorage(MemoryMapOutput.storageBytes(segments))) {
                return store.add(segments, records);
            }
            return new FileMapOutput(SpillFile.writeSerialized(
                    memory.localDirs().newFile("shuffle"), memory.serializer(), segments, records));
        }
        List<SpillFile> runs = new ArrayList<>(spills);
        SpillFile output = SpillFile.write(
                memory.localDirs().newFile("shuffle"), memory.serializer(), numPartitions, p -> merged(runs, p));
        newBuckets();
        releaseMemory();
        runs.forEach(SpillFile::delete);
        return new FileMapOutput(output);
    }

    private Iterator<Pair<Object, Object>> unsortedBucket(int p) {
        return aggregator == null ? lists[p].iterator() : combined[p].iterator();
    }

    private Iterator<Pair<Object, Object>> merged(List<SpillFile> runs, int p) {
        List<Iterator<Pair<Object, Object>>> parts = new ArrayList<>();
        for (SpillFile run : runs) {
            parts.add(run.read(p, memory.context()));
        }
        parts.add(bucket(p));
        if (aggregator == null) {
            return Iterators.concat(parts.iterator());
        }
        return Merging.combineByHash(Merging.mergeSorted(parts, Merging.BY_KEY_HASH), aggregator::mergeCombiners);
    }
}
