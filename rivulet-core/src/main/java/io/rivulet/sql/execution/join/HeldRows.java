package io.rivulet.sql.execution.join;

import io.rivulet.sql.vector.ColumnBatch;

/** The held rows a join gives at the end by whether they matched: unmatched (outer, anti) or matched (semi). */
final class HeldRows {
    private HeldRows() {}

    /** Rows {@code [0, heldRows)} of {@code rows} by {@code matched}, in chunks of about a batch; nothing if null. */
    static void emit(JoinOutput out, JoinSides sides, ColumnBatch rows, int heldRows, boolean[] matched) {
        if (matched == null) {
            return;
        }
        boolean wantMatched = sides.buildSemi();
        int[] positions = new int[Math.min(heldRows, HashJoinStream.CHUNK)];
        int n = 0;
        for (int i = 0; i < heldRows; i++) {
            if (matched[i] == wantMatched) {
                positions[n++] = i;
                if (n == positions.length) {
                    out.buildRows(rows, positions, n);
                    positions = new int[positions.length];
                    n = 0;
                }
            }
        }
        out.buildRows(rows, positions, n);
    }
}
