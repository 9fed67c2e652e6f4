package io.rivulet.shuffle;

/**
 * A reduce task found a map output of its shuffle missing (never written, released, or its file gone).
 * Not the task's fault: the scheduler recomputes the missing map output from lineage by re-running the
 * shuffle-map stage, then runs the reduce task again.
 */
public final class FetchFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int shuffleId;
    private final int mapId;

    public FetchFailedException(int shuffleId, int mapId, String reason, Throwable cause) {
        super("output of map " + mapId + " of shuffle " + shuffleId + " is missing: " + reason, cause);
        this.shuffleId = shuffleId;
        this.mapId = mapId;
    }

    public int shuffleId() {
        return shuffleId;
    }

    public int mapId() {
        return mapId;
    }
}
