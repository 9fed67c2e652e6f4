package io.rivulet.shuffle;

import io.rivulet.Pair;
import io.rivulet.memory.Aggregator;
import io.rivulet.memory.ExternalAppendOnlyMap;
import io.rivulet.memory.ExternalSorter;
import io.rivulet.memory.MemoryManager;
import io.rivulet.memory.TaskMemory;
import io.rivulet.serializer.Serializer;
import io.rivulet.storage.LocalDirs;
import io.rivulet.task.TaskContext;
import io.rivulet.util.Iterators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the map side of a shuffle and reads its reduce side, within the memory budget.
 *
 * <p>What each shuffle does is its {@link ShuffleSpec}: key-value pairs combined and sorted by key, or any
 * records (column batches) moved as they are, with a serializer of their own.
 *
 * <p>Map side ({@link ShuffleWriter}): records go to their reduce partition's bucket, combined map-side
 * when the spec allows; buckets spill to disk when the task's execution memory runs out; the output
 * stays in storage memory when it fits and goes to a local file when not (and moves to one later if the
 * memory is needed).
 *
 * <p>Reduce side: every map output's bucket for the partition is read in turn; with an aggregator they are
 * combined in an {@link ExternalAppendOnlyMap}, with a key ordering sorted in an {@link ExternalSorter};
 * both spill when memory runs out. A map output that cannot be read (released, its file gone) fails the
 * task with {@link FetchFailedException}, so the scheduler recomputes it from lineage.
 */
public final class ShuffleManager {
    private final MapOutputTracker tracker;
    private final MemoryManager memory;
    private final Serializer serializer;
    private final LocalDirs localDirs;
    private final ShuffleMemoryStore memoryStore;

    /**
     * Map outputs (and map-side lists of a shuffle that does not combine) that weigh more than this are
     * serialized; smaller ones stay records.
     */
    public static final String SERIALIZE_ABOVE = "rivulet.shuffle.serializeAbove";

    public static final long DEFAULT_SERIALIZE_ABOVE = 4L << 20;

    private final long serializeAbove;
    private final SerializerWarmUp warmUp;

    public ShuffleManager(
            MapOutputTracker tracker,
            MemoryManager memory,
            Serializer serializer,
            LocalDirs dirs,
            long serializeAbove,
            String threadNamePrefix) {
        this.serializeAbove = serializeAbove;
        this.warmUp = new SerializerWarmUp(serializer, threadNamePrefix);
        this.tracker = tracker;
        this.memory = memory;
        this.serializer = serializer;
        this.localDirs = dirs;
        this.memoryStore = new ShuffleMemoryStore(memory, dirs);
        memory.addEvictor(memoryStore);
    }

    private TaskMemory taskMemory(TaskContext context) {
        return TaskMemory.of(context, memory, serializer, localDirs);
    }

    /** Writes one map task's records; returns its output, for the scheduler to register or release. */
    public <T> MapOutput write(ShuffleSpec<T> spec, Iterator<? extends T> records, TaskContext context) {
        ShuffleWriter writer =
                new ShuffleWriter(taskMemory(context), spec, serializerOf(spec), serializeAbove, warmUp::start);
        writer.insertAll(records);
        MapOutput output = writer.finish(memory, memoryStore);
        long recordCount = 0;
        long byteCount = 0;
        for (int p = 0; p < spec.numPartitions(); p++) {
            recordCount += output.records(p);
            byteCount += output.bytes(p);
        }
        context.metrics().incRecordsWritten(recordCount);
        context.metrics().incShuffleWriteBytes(byteCount);
        return output;
    }

    private Serializer serializerOf(ShuffleSpec<?> spec) {
        return spec.serializer() != null ? spec.serializer() : serializer;
    }

    /**
     * The records of one reduce partition: every map output's bucket; for a key-value shuffle, combined by
     * key when it has an aggregator and sorted by key when it has an ordering (as {@code Pair}s of keys and
     * combiners or values).
     */
    @SuppressWarnings("unchecked")
    public <T> Iterator<Object> read(ShuffleSpec<T> spec, int reducePartition, TaskContext context) {
        int shuffleId = spec.shuffleId();
        MapStatus[] outputs = tracker.mapOutputs(shuffleId, context);
        long bytes = 0;
        List<Iterator<Object>> sources = new ArrayList<>(outputs.length);
        for (MapStatus status : outputs) {
            bytes += status.output().bytes(reducePartition);
            sources.add(new Fetch(shuffleId, status, reducePartition, context));
        }
        context.metrics().incShuffleReadBytes(bytes);
        Iterator<Object> records = context.readIterator(Iterators.concat(sources.iterator()));
        Aggregator<Object, Object> aggregator = spec.aggregator();
        if (aggregator != null) {
            ExternalAppendOnlyMap<Object, Object, Object> combined =
                    new ExternalAppendOnlyMap<>(taskMemory(context), aggregator, "shuffle aggregation map");
            while (records.hasNext()) {
                Pair<Object, Object> record = (Pair<Object, Object>) records.next();
                if (spec.mapSideCombine()) {
                    combined.insertCombiner(record.key(), record.value());
                } else {
                    combined.insertValue(record.key(), record.value());
                }
            }
            records = (Iterator<Object>) (Iterator<?>) combined.iterator();
        }
        Comparator<Object> ordering = spec.keyOrdering();
        if (ordering != null) {
            ExternalSorter<Object, Object> sorter = ExternalSorter.byKey(taskMemory(context), ordering, "sort buffer");
            sorter.insertAll((Iterator<Pair<Object, Object>>) (Iterator<?>) records);
            records = (Iterator<Object>) (Iterator<?>) sorter.iterator();
        }
        return records;
    }

    /** How many records the map outputs hold for one reduce partition, or -1 while some are missing. */
    public long recordsFor(int shuffleId, int reducePartition) {
        return tracker.recordsFor(shuffleId, reducePartition);
    }

    /**
     * One map output's bucket, read lazily; a failure to read it (a lost file, a released output) becomes a
     * {@link FetchFailedException} naming the map, while the user's own exceptions pass through.
     */
    private static final class Fetch implements Iterator<Object> {
        private final int shuffleId;
        private final MapStatus status;
        private final int reducePartition;
        private final TaskContext context;
        private Iterator<Object> delegate;

        Fetch(int shuffleId, MapStatus status, int reducePartition, TaskContext context) {
            this.shuffleId = shuffleId;
            this.status = status;
            this.reducePartition = reducePartition;
            this.context = context;
        }

        @Override
        public boolean hasNext() {
            boolean hasNext = guarded(Iterator::hasNext);
            if (!hasNext) {
                // The task holds every Fetch until it ends; a finished one must not keep its bucket's bytes.
                delegate = Collections.emptyIterator();
            }
            return hasNext;
        }

        @Override
        public Object next() {
            return guarded(Iterator::next);
        }

        private <R> R guarded(Function<Iterator<Object>, R> step) {
            try {
                if (delegate == null) {
                    delegate = status.output().read(reducePartition, context);
                }
                return step.apply(delegate);
            } catch (UncheckedIOException | IllegalStateException e) {
                throw FetchFailedException.raise(context, shuffleId, status.mapId(), e.toString(), e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                if (e instanceof IOException) {
                    throw FetchFailedException.raise(context, shuffleId, status.mapId(), e.toString(), e);
                }
                throw io.rivulet.util.Sneaky.rethrow(e);
            }
        }
    }

    /** Waits for a serializer warm-up still running, so that no thread outlives the engine. */
    public void close() {
        warmUp.awaitEnd();
    }

    /** How many map outputs are held in memory now (for tests and the UI). */
    public int mapOutputsInMemory() {
        return memoryStore.size();
    }
}
