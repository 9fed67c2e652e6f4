package io.rivulet.shuffle;

import io.rivulet.scheduler.MapStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Knows, for every shuffle, which map tasks have written their output and where it is. A shuffle is
 * complete when every map task has; the DAG scheduler skips the stage of a complete shuffle, and
 * reduce tasks ask here for the outputs they read.
 */
public final class MapOutputTracker {
    private final Map<Integer, AtomicReferenceArray<MapStatus>> shuffles = new ConcurrentHashMap<>();

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

    /** The outputs of every map task, for a reduce task to read. */
    public MapStatus[] mapOutputs(int shuffleId) {
        AtomicReferenceArray<MapStatus> statuses = statuses(shuffleId);
        MapStatus[] result = new MapStatus[statuses.length()];
        for (int i = 0; i < result.length; i++) {
            result[i] = statuses.get(i);
            if (result[i] == null) {
                throw new FetchFailedException(shuffleId, i, "not registered", null);
            }
        }
        return result;
    }

    /** Forgets one map output (its data is lost), so that the stage that wrote it runs that map again. */
    public void unregisterMapOutput(int shuffleId, int mapId) {
        AtomicReferenceArray<MapStatus> statuses = shuffles.get(shuffleId);
        if (statuses != null) {
            MapStatus status = statuses.getAndSet(mapId, null);
            if (status != null) {
                status.output().release();
            }
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
