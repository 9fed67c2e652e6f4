package io.rivulet.shuffle;

import io.rivulet.Pair;
import io.rivulet.Partitioner;
import io.rivulet.memory.Aggregator;
import io.rivulet.memory.CombineMap;
import io.rivulet.memory.MemoryManager;
import io.rivulet.memory.Merging;
import io.rivulet.memory.SpillFile;
import io.rivulet.memory.Spillable;
import io.rivulet.memory.TaskMemory;
import io.rivulet.serializer.ChunkedBytes;
import io.rivulet.serializer.Serializer;
import io.rivulet.util.Iterators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The map side of one shuffle task: records go to the bucket of their reduce partition. With an aggregator
 * that combines map-side (key-value shuffles only), each bucket is a map of one combiner per key. Without one, each bucket
 * is a list of records while they are few, and once they weigh more than {@code serializeAbove} bytes, a
 * serialized stream that records are written to as they come ({@link SerializedBuckets}), so that many
 * records never pile up on the heap as objects.
 *
 * <p>Buckets live in execution memory. When the task cannot get more, they are written to a spill file
 * (one segment per reduce partition; combiners sorted by key hash) and emptied. At the end, a task that
 * never spilled keeps its output in storage memory if the storage region has room for it (serialized
 * unless it is small; it never evicts anything: a file serves as well);
 * otherwise the spills and the rest go into one output file per task, combining each key's combiners again,
 * so that a combining map task still sends at most one record per key.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // generic arrays of buckets
final class ShuffleWriter extends Spillable {
    /** A map slot pair or a list slot, plus the Pair a bucket record becomes. */
    private static final long ENTRY_OVERHEAD = 56;

    private final ShuffleSpec<Object> spec;
    private final Serializer serializer;
    private final Aggregator<Object, Object> aggregator;
    private final int numPartitions;
    private final long serializeAbove;
    /** Asked once the output is half way to being serialized, so the serializer is ready when it is. */
    private final Runnable warmUpSerializer;

    private boolean warmUpAsked;
    private final List<SpillFile> spills = new ArrayList<>();
    private CombineMap<Object, Object>[] combined;
    private List<Object>[] lists;
    private SerializedBuckets serialized;

    ShuffleWriter(
            TaskMemory memory,
            ShuffleSpec<?> spec,
            Serializer serializer,
            long serializeAbove,
            Runnable warmUpSerializer) {
        super(memory, "shuffle map output", ENTRY_OVERHEAD);
        this.spec = (ShuffleSpec<Object>) spec;
        this.serializer = serializer;
        this.aggregator = spec.mapSideCombine() ? spec.aggregator() : null;
        this.numPartitions = spec.numPartitions();
        this.serializeAbove = serializeAbove;
        this.warmUpSerializer = warmUpSerializer;
        newBuckets();
    }

    private void newBuckets() {
        if (aggregator != null) {
            combined = new CombineMap[numPartitions];
            for (int p = 0; p < numPartitions; p++) {
                combined[p] = new CombineMap<>();
            }
        } else {
            serialized = null;
            lists = new List[numPartitions];
            for (int p = 0; p < numPartitions; p++) {
                lists[p] = new ArrayList<>();
            }
        }
    }

    void insertAll(Iterator<?> records) {
        if (aggregator != null) {
            combineAll((Iterator<Pair<Object, Object>>) records);
            return;
        }
        while (records.hasNext()) {
            Object record = records.next();
            int partition = spec.partitionOf(record);
            if (serialized != null) {
                serialized.write(partition, record);
                size.record(record, true); // samples what a record weighs until its batch is serialized
            } else {
                lists[partition].add(record);
                size.record(record, true);
                if (size.estimatedBytes() > serializeAbove) {
                    serializeLists();
                }
            }
            afterRecord();
        }
    }

    /**
     * The map-side combine of a key-value shuffle, a loop of its own: {@code reduceByKey}'s hot path, where the
     * partitioner is called directly (not through the spec's partition function) and no other kind of bucket is
     * tested per record.
     */
    private void combineAll(Iterator<Pair<Object, Object>> records) {
        Partitioner partitioner = spec.partitioner();
        while (records.hasNext()) {
            Pair<Object, Object> pair = records.next();
            Object key = pair.key();
            CombineMap<Object, Object> map = combined[partitioner.getPartition(key)];
            size.recordCombined(key, map, map.combineValue(key, pair.value(), aggregator));
            afterRecord();
        }
    }

    /** After each record: spill if memory ran short; warm the serializer up once the buckets are half way to it. */
    private void afterRecord() {
        maybeSpill();
        if (!warmUpAsked && size.estimatedBytes() > serializeAbove / 2) {
            warmUpAsked = true;
            warmUpSerializer.run();
        }
    }

    /** The lists have grown past {@code serializeAbove}: their records, and all that follow, are serialized. */
    private void serializeLists() {
        serialized = new SerializedBuckets(serializer, numPartitions);
        for (int p = 0; p < numPartitions; p++) {
            for (Object record : lists[p]) {
                serialized.write(p, record);
            }
        }
        lists = null;
    }

    @Override
    protected long estimatedBytes() {
        if (serialized != null) {
            return serialized.bytes() + size.estimatedBytes(serialized.pending());
        }
        return size.estimatedBytes();
    }

    @Override
    protected long[] spill() {
        SpillFile file;
        Path path = memory.tempFiles().newFile("spill-shuffle");
        if (serialized != null) {
            long[] records = new long[numPartitions];
            ChunkedBytes[] segments = serialized.finish(records);
            file = SpillFile.writeSerialized(path, serializer, segments, records);
        } else if (lists != null) {
            List<Object>[] run = lists;
            file = SpillFile.write(path, serializer, numPartitions, p -> run[p].iterator());
        } else {
            file = SpillFile.write(path, serializer, numPartitions, this::sorted);
        }
        memory.context().addCompletionCallback(file::delete);
        spills.add(file);
        newBuckets();
        return new long[] {file.totalRecords(), file.totalBytes()};
    }

    /** Combining bucket {@code p}, ordered by key hash so that spilled runs can be merged. */
    private Iterator<Pair<Object, Object>> sorted(int p) {
        List<Pair<Object, Object>> entries = new ArrayList<>(combined[p].size());
        combined[p].iterator().forEachRemaining(entries::add);
        entries.sort(Merging.BY_KEY_HASH);
        return entries.iterator();
    }

    /**
     * Ends the task's output: in storage memory when nothing spilled and the memory is there, else in one
     * local file.
     */
    MapOutput finish(MemoryManager manager, ShuffleMemoryStore store) {
        if (spills.isEmpty()) {
            InMemoryBuckets buckets = inMemoryBuckets();
            releaseBuckets();
            if (manager.acquireStorageWithinRegion(buckets.storageBytes())) {
                return store.add(buckets, serializer);
            }
            return new FileMapOutput(buckets.writeTo(memory.tempFiles().newFile("shuffle"), serializer));
        }
        if (aggregator == null) {
            spill(); // the rest joins the runs, to be copied into the output with them
        }
        List<SpillFile> runs = new ArrayList<>(spills);
        SpillFile output =
                SpillFile.write(memory.tempFiles().newFile("shuffle"), serializer, numPartitions, p -> merged(runs, p));
        releaseBuckets();
        runs.forEach(SpillFile::delete);
        return new FileMapOutput(output);
    }

    /**
     * The buckets as they stay in memory: serialized, or the records themselves when they weigh at most
     * {@code serializeAbove}. Unsorted: only runs merged with spills need the key-hash order.
     */
    private InMemoryBuckets inMemoryBuckets() {
        long estimate = size.estimatedBytes();
        if (serialized == null && estimate <= serializeAbove) {
            Object[][] buckets = new Object[numPartitions][];
            long[] bytes = new long[numPartitions];
            long total = Math.max(1, size.entries());
            for (int p = 0; p < numPartitions; p++) {
                buckets[p] = aggregator == null
                        ? lists[p].toArray()
                        : Iterators.toList(combined[p].iterator()).toArray();
                bytes[p] = estimate * buckets[p].length / total;
            }
            return new InMemoryBuckets.Records(buckets, bytes, estimate);
        }
        if (serialized == null && lists != null) {
            serializeLists();
        }
        long[] records = new long[numPartitions];
        ChunkedBytes[] segments = serialized != null ? serialized.finish(records) : serializeCombined(records);
        return new InMemoryBuckets.Serialized(segments, records, serializer);
    }

    /** Each combining bucket serialized as it is. */
    private ChunkedBytes[] serializeCombined(long[] records) {
        ChunkedBytes[] segments = new ChunkedBytes[numPartitions];
        for (int p = 0; p < numPartitions; p++) {
            segments[p] = new ChunkedBytes();
            try {
                records[p] = serializer.writeAll(combined[p].iterator(), segments[p]);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot serialize shuffle output", e);
            }
        }
        return segments;
    }

    /** The buckets are in their final place (storage memory, a file): drops them and their execution memory. */
    private void releaseBuckets() {
        combined = null;
        lists = null;
        serialized = null;
        releaseMemory();
    }

    private Iterator<?> merged(List<SpillFile> runs, int p) {
        List<Iterator<Pair<Object, Object>>> parts = new ArrayList<>();
        for (SpillFile run : runs) {
            parts.add(run.read(p, memory.context()));
        }
        if (aggregator == null) {
            return Iterators.concat(parts.iterator());
        }
        parts.add(sorted(p));
        return Merging.combineByHash(Merging.mergeSorted(parts, Merging.BY_KEY_HASH), aggregator::mergeCombiners);
    }
}
