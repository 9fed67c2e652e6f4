package io.rivulet.task;

import io.rivulet.Metrics;

/** Mutable counters of one task attempt; only its own thread writes them. */
public final class TaskMetrics {
    long recordsRead;
    long recordsWritten;
    long shuffleReadBytes;
    long shuffleWriteBytes;
    long spilledBytes;

    public void incRecordsRead(long n) {
        recordsRead += n;
    }

    public void incRecordsWritten(long n) {
        recordsWritten += n;
    }

    public void incShuffleReadBytes(long n) {
        shuffleReadBytes += n;
    }

    public void incShuffleWriteBytes(long n) {
        shuffleWriteBytes += n;
    }

    public void incSpilledBytes(long n) {
        spilledBytes += n;
    }

    public Metrics snapshot(long durationMillis) {
        return new Metrics(
                recordsRead, recordsWritten, shuffleReadBytes, shuffleWriteBytes, spilledBytes, durationMillis);
    }
}
