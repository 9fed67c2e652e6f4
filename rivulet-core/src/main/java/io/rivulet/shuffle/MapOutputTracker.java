package io.rivulet.shuffle;

import io.rivulet.task.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Knows, for every shuffle, which map tasks have written their output and where it is. A shuffle is
 * complete when every map task has; the DAG scheduler skips the stage of a complete shuffle, and
 * reduce tasks ask here for the outputs they read. When a reduce task cannot read an output, the
 * scheduler forgets it here ({@link #unregisterMapOutput(int, int, MapStatus)}) and the stage that wrote it
 * runs that map again.
 *
 * <p>Fault injection, for tests only: {@code rivulet.test.failShuffleFetch} = N (or a comma-separated list) makes
 * the N-th fetch, that is the N-th call of {@link #mapOutputs} from a task on this tracker (every reduce
 * task calls it once per shuffle it reads; calls are counted across all jobs of one {@code Rivulet}), throw
 * {@link FetchFailedException} once, as if one map output (map {@code (N - 1) % numMaps}) had been lost, so
 * that tests can prove recovery deterministically.
 *
 * <p>Threading: every method may be called from any thread.
 */
public final class MapOutputTracker {
    private final Map<Integer, AtomicReferenceArray<MapStatus>> shuffles = new ConcurrentHashMap<>();
    private final Set<Long> fetchesToFail;
    private final AtomicLong fetches = new AtomicLong();
    private final AtomicLong injectedFailures = new AtomicLong();
    /** The key of the task-local map of the outputs each task was handed, by shuffle id. */
    private final Object handedOutputs = new Object();

    public MapOutputTracker() {
        this(Set.of());
    }

    /** A tracker whose fetches numbered in {@code fetchesToFail} (counted from 1) fail once. */
    public MapOutputTracker(Set<Long> fetchesToFail) {
        this.fetchesToFail = Set.copyOf(fetchesToFail);
    }

    public void registerShuffle(int shuffleId, int numMaps) {
        shuffles.putIfAbsent(shuffleId, new AtomicReferenceArray<>(numMaps));
    }

    /** Records a map task's output; if another attempt already registered one, the newer one is dropped. */
    public void registerMapOutput(int shuffleId, MapStatus status) {
        AtomicReferenceArray<MapStatus> statuses = statuses(shuffleId);
        if (!statuses.compareAndSet(status.mapId(), null, status)) {
            status.output().release();
        }
    }

    public boolean isComplete(int shuffleId) {
        AtomicReferenceArray<MapStatus> statuses = shuffles.get(shuffleId);
        if (statuses == null) {
            return false;
        }
        for (int i = 0; i < statuses.length(); i++) {
            if (statuses.get(i) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many records the registered map outputs hold for one reduce partition, or -1 while some are
     * missing. A hint for planning a task (which side of a join to hold in memory); not a fetch.
     */
    public long recordsFor(int shuffleId, int reducePartition) {
        AtomicReferenceArray<MapStatus> statuses = shuffles.get(shuffleId);
        if (statuses == null) {
            return -1;
        }
        long records = 0;
        for (int i = 0; i < statuses.length(); i++) {
            MapStatus status = statuses.get(i);
            if (status == null) {
                return -1;
            }
            records += status.output().records(reducePartition);
        }
        return records;
    }

    public List<Integer> missingMaps(int shuffleId) {
        AtomicReferenceArray<MapStatus> statuses = statuses(shuffleId);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < statuses.length(); i++) {
            if (statuses.get(i) == null) {
                missing.add(i);
            }
        }
        return missing;
    }

    /**
     * The outputs of every map task, for the reduce task of {@code context} to read; the task keeps which
     * ones it was handed ({@link #handedOutput}). Throws {@link FetchFailedException} when one is missing.
     */
    public MapStatus[] mapOutputs(int shuffleId, TaskContext context) {
        long fetch = fetches.incrementAndGet();
        AtomicReferenceArray<MapStatus> statuses = statuses(shuffleId);
        MapStatus[] result = new MapStatus[statuses.length()];
        for (int i = 0; i < result.length; i++) {
            result[i] = statuses.get(i);
            if (result[i] == null) {
                throw FetchFailedException.raise(context, shuffleId, i, "not registered", null);
            }
        }
        context.<Map<Integer, MapStatus[]>>taskLocal(handedOutputs, HashMap::new)
                .put(shuffleId, result);
        if (result.length > 0 && fetchesToFail.contains(fetch)) {
            int mapId = (int) ((fetch - 1) % result.length);
            injectedFailures.incrementAndGet();
            throw FetchFailedException.raise(
                    context,
                    shuffleId,
                    mapId,
                    "fetch " + fetch + " failed on purpose (rivulet.test.failShuffleFetch)",
                    null);
        }
        return result;
    }

    /**
     * The output of map {@code mapId} of the shuffle that the task of {@code context} was handed, or null if
     * none: the one to forget when the task could not read it.
     */
    public MapStatus handedOutput(TaskContext context, int shuffleId, int mapId) {
        MapStatus[] outputs = context.<Map<Integer, MapStatus[]>>taskLocal(handedOutputs, HashMap::new)
                .get(shuffleId);
        return outputs == null || mapId < 0 || mapId >= outputs.length ? null : outputs[mapId];
    }

    /**
     * How many fetches {@code rivulet.test.failShuffleFetch} actually failed: fewer than it names when a named fetch
     * never came, or came for a shuffle with an output missing already (that fetch fails for real instead).
     */
    public long injectedFailures() {
        return injectedFailures.get();
    }

    /** How many times tasks called {@link #mapOutputs}: the fetches that {@code rivulet.test.failShuffleFetch} counts. */
    public long fetches() {
        return fetches.get();
    }

    /** Forgets one map output (its data is lost), so that the stage that wrote it runs that map again. */
    public void unregisterMapOutput(int shuffleId, int mapId) {
        AtomicReferenceArray<MapStatus> statuses = shuffles.get(shuffleId);
        if (statuses != null) {
            release(statuses.getAndSet(mapId, null));
        }
    }

    /**
     * Forgets one map output if it is still {@code lost}, the one a reduce task failed to read; a newer
     * output of the same map (registered since by another job that recomputed it) is kept. Returns whether
     * it forgot it.
     */
    public boolean unregisterMapOutput(int shuffleId, int mapId, MapStatus lost) {
        AtomicReferenceArray<MapStatus> statuses = shuffles.get(shuffleId);
        if (statuses == null
                || lost == null
                || mapId < 0
                || mapId >= statuses.length()
                || !statuses.compareAndSet(mapId, lost, null)) {
            return false;
        }
        release(lost);
        return true;
    }

    private static void release(MapStatus status) {
        if (status != null) {
            status.output().release();
        }
    }

    /** Releases every output of a shuffle and forgets it. */
    public void unregisterShuffle(int shuffleId) {
        AtomicReferenceArray<MapStatus> statuses = shuffles.remove(shuffleId);
        if (statuses != null) {
            for (int i = 0; i < statuses.length(); i++) {
                MapStatus status = statuses.get(i);
                if (status != null) {
                    status.output().release();
                }
            }
        }
    }

    public void clear() {
        for (Integer shuffleId : new ArrayList<>(shuffles.keySet())) {
            unregisterShuffle(shuffleId);
        }
    }

    private AtomicReferenceArray<MapStatus> statuses(int shuffleId) {
        AtomicReferenceArray<MapStatus> statuses = shuffles.get(shuffleId);
        if (statuses == null) {
            throw new IllegalStateException("shuffle " + shuffleId + " is not registered");
        }
        return statuses;
    }
}
