package io.rivulet;

/**
 * What a task or a whole stage did. A stage's metrics are the sum over its successful tasks, except
 * {@code durationMillis}, which for a stage is its wall-clock time from submission to completion.
 *
 * @param recordsRead records read from the stage's inputs (a source, a shuffle or a cached block)
 * @param recordsWritten records written to shuffle output or to an output file
 * @param shuffleReadBytes estimated bytes of shuffle data read
 * @param shuffleWriteBytes estimated bytes of shuffle data written
 * @param spilledBytes bytes spilled to disk because a memory budget was used up
 * @param durationMillis run time
 */
public record Metrics(
        long recordsRead,
        long recordsWritten,
        long shuffleReadBytes,
        long shuffleWriteBytes,
        long spilledBytes,
        long durationMillis) {

    public static final Metrics EMPTY = new Metrics(0, 0, 0, 0, 0, 0);

    /** The sum of both, for adding a task's metrics into its stage's. */
    public Metrics plus(Metrics other) {
        return new Metrics(
                recordsRead + other.recordsRead,
                recordsWritten + other.recordsWritten,
                shuffleReadBytes + other.shuffleReadBytes,
                shuffleWriteBytes + other.shuffleWriteBytes,
                spilledBytes + other.spilledBytes,
                durationMillis + other.durationMillis);
    }

    public Metrics withDurationMillis(long millis) {
        return new Metrics(recordsRead, recordsWritten, shuffleReadBytes, shuffleWriteBytes, spilledBytes, millis);
    }
}
