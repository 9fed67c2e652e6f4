package io.rivulet.sql.execution.join;

import io.rivulet.sql.vector.ColumnBatch;

/**
 * Candidate pairs of a merge join collected across keys: while the streamed batch, the buffered batch and the
 * flags they mark stay the same, pairs of successive keys go into one chunk, so that a join of unique keys still
 * hands {@link JoinOutput} (and its consumer) batches of {@value HashJoinStream#CHUNK} rows, not one per key.
 */
final class PairBuffer {
    private final JoinOutput out;
    private final int[] sPos = new int[HashJoinStream.CHUNK];
    private final int[] bPos = new int[HashJoinStream.CHUNK];
    private ColumnBatch stream;
    private ColumnBatch build;
    private boolean[] streamMatched;
    private boolean[] buildMatched;
    private int buildBase;
    private int n;

    PairBuffer(JoinOutput out) {
        this.out = out;
    }

    /** Room for at most this many more pairs after switching to these batches and flags (flushing if needed). */
    int use(
            ColumnBatch newStream,
            ColumnBatch newBuild,
            boolean[] newStreamMatched,
            boolean[] newBuildMatched,
            int newBuildBase) {
        if (newStream != stream
                || newBuild != build
                || newStreamMatched != streamMatched
                || newBuildMatched != buildMatched
                || newBuildBase != buildBase) {
            flush();
            stream = newStream;
            build = newBuild;
            streamMatched = newStreamMatched;
            buildMatched = newBuildMatched;
            buildBase = newBuildBase;
        } else if (n == sPos.length) {
            flush();
        }
        return sPos.length - n;
    }

    /** Adds pairs of streamed row {@code s} with buffered rows {@code [from, from + count)}. */
    void add(int s, int from, int count) {
        for (int j = 0; j < count; j++) {
            sPos[n + j] = s;
            bPos[n + j] = from + j;
        }
        n += count;
    }

    /** Hands the pairs over; call before the flags they mark are read. */
    void flush() {
        if (n > 0) {
            out.pairs(stream, sPos, build, bPos, n, null, streamMatched, buildMatched, buildBase);
            n = 0;
        }
    }
}
