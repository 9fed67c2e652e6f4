package io.rivulet.sql.execution.join;

import io.rivulet.sql.execution.ColumnOrdering;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One task of a sort-merge join: the streamed and the buffered side, each sorted by its keys (ascending, nulls
 * first), walked together. For each run of streamed rows with one key, the buffered rows of that key are
 * collected into a {@link KeyGroup} (which spills when large) and the run is paired with them through a
 * {@link PairBuffer}; the next run of the same key (in the next streamed batch) reuses the group. Rows with a
 * null key never match: they are never equal to a key without nulls, so the merge skips them as smaller keys.
 *
 * <p>What comes out on its own, as {@link JoinSides} says: streamed rows by whether they matched at the end of
 * each streamed batch (outer, semi, anti); buffered rows no key reached and, for a full outer join, the group's
 * rows no streamed row matched when the key ends. Every step does a bounded piece of work (a chunk of pairs, a
 * segment, a batch), so that a hot key never makes more than a few batches wait in {@link JoinOutput#ready}.
 */
final class SortMergeJoinScanner implements Iterator<ColumnBatch> {
    /** A piece of pending work; returns false when there is no more. */
    private interface Work {
        boolean step();
    }

    private final JoinSides sides;
    private final JoinOutput out;
    private final ColumnOrdering order;
    private final Cursor streamed;
    private final Cursor buffered;
    private final KeyGroup group;
    private final PairBuffer pairs;
    private boolean[] streamMatched;
    private Work work;
    private boolean collecting;
    private boolean streamDone;
    private boolean ended;

    SortMergeJoinScanner(
            JoinSides sides,
            JoinOutput out,
            List<Expression> streamKeys,
            Iterator<ColumnBatch> streamInput,
            List<Expression> bufferedKeys,
            Iterator<ColumnBatch> bufferedInput,
            KeyGroup group,
            EvalContext eval) {
        this.sides = sides;
        this.out = out;
        int k = streamKeys.size();
        boolean[] ascending = new boolean[k];
        Arrays.fill(ascending, true);
        this.order = new ColumnOrdering(range(0, k), ascending, ascending);
        this.streamed = new Cursor(streamInput, streamKeys, eval);
        this.buffered = new Cursor(bufferedInput, bufferedKeys, eval);
        this.group = group;
        this.pairs = new PairBuffer(out);
    }

    @Override
    public boolean hasNext() {
        while (out.ready.isEmpty() && !ended) {
            step();
        }
        return !out.ready.isEmpty();
    }

    @Override
    public ColumnBatch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return out.ready.poll();
    }

    private void step() {
        if (work != null) {
            if (!work.step()) {
                work = null;
            }
            return;
        }
        if (streamDone) {
            finish();
            return;
        }
        if (!streamed.hasRow()) {
            endStreamBatch();
            if (streamed.nextBatch()) {
                streamMatched = sides.tracksStream() ? new boolean[streamed.batch.numRows()] : null;
            } else {
                streamDone = true;
            }
            return;
        }
        ColumnBatch keys = streamed.keys;
        int row = streamed.row;
        int end = streamed.runEnd(order);
        if (hasNull(keys, row)) {
            streamed.row = end;
            return;
        }
        if (group.keyBatch() == null || order.compare(keys, row, group.keyBatch(), group.keyRow()) != 0) {
            if (group.keyBatch() != null) {
                closeGroup();
                return;
            }
            group.start(keys, row);
            collecting = true;
        }
        if (collecting) {
            collecting = collect(keys, row);
            if (collecting) {
                return;
            }
        }
        streamed.row = end;
        if (group.rows() == 0) {
            return;
        }
        if (!out.hasResidual() && !sides.emitsPairs()) {
            Arrays.fill(streamMatched, row, end, true); // semi and anti joins: the key decides
            return;
        }
        work = new PairRun(streamed.batch, streamMatched, row, end, group.segments(), group.matched());
    }

    /**
     * Moves the buffered side up to the group's key, collecting its rows of that key; true if it stopped early
     * to let rows it passed come out first.
     */
    private boolean collect(ColumnBatch keys, int row) {
        while (buffered.available()) {
            ColumnBatch bKeys = buffered.keys;
            int from = buffered.row;
            int n = bKeys.numRows();
            int c = order.compare(bKeys, from, keys, row);
            if (c > 0) {
                return false;
            }
            int to = from + 1;
            while (to < n && Integer.signum(order.compare(bKeys, to, keys, row)) == Integer.signum(c)) {
                to++;
            }
            buffered.row = to;
            if (c < 0) {
                if (sides.buildPreserved()) {
                    out.buildRows(buffered.batch, range(from, to), to - from);
                    if (!out.ready.isEmpty()) {
                        return true;
                    }
                }
                continue;
            }
            group.add(buffered.batch, from, to);
            if (to < n) {
                return false;
            }
        }
        return false;
    }

    /** Ends the group: a full outer join's unmatched group rows first, a segment a step. */
    private void closeGroup() {
        if (!sides.tracksBuild() || group.rows() == 0) {
            group.clear();
            return;
        }
        pairs.flush();
        Iterator<KeyGroup.Segment> segments = group.segments();
        boolean[] matched = group.matched();
        work = () -> {
            if (!segments.hasNext()) {
                group.clear();
                return false;
            }
            KeyGroup.Segment segment = segments.next();
            int[] positions = new int[segment.to() - segment.from()];
            int n = 0;
            for (int i = segment.from(); i < segment.to(); i++) {
                if (!matched[segment.base() + i - segment.from()]) {
                    positions[n++] = i;
                }
            }
            out.buildRows(segment.batch(), positions, n);
            return true;
        };
    }

    /** The streamed batch's rows that come out by whether they matched. */
    private void endStreamBatch() {
        if (streamed.batch == null || streamMatched == null) {
            return;
        }
        pairs.flush();
        boolean wanted = sides.streamSemi();
        int rows = streamed.batch.numRows();
        int[] positions = new int[rows];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            if (streamMatched[i] == wanted) {
                positions[n++] = i;
            }
        }
        out.streamRows(streamed.batch, positions, n);
        streamMatched = null;
    }

    /** After the streamed side: the last group, then the buffered rows no key reached when they must come out. */
    private void finish() {
        if (group.keyBatch() != null) {
            closeGroup();
            return;
        }
        if (sides.buildPreserved() && buffered.available()) {
            int from = buffered.row;
            int to = buffered.batch.numRows();
            buffered.row = to;
            out.buildRows(buffered.batch, range(from, to), to - from);
            return;
        }
        pairs.flush();
        ended = true;
    }

    private static int[] range(int from, int to) {
        int[] positions = new int[to - from];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = from + i;
        }
        return positions;
    }

    private static boolean hasNull(ColumnBatch keys, int row) {
        for (ColumnVector key : keys.columns()) {
            if (key.isNull(row)) {
                return true;
            }
        }
        return false;
    }

    /** A run of streamed rows paired with every row of the group, a chunk at a time, segment by segment. */
    private final class PairRun implements Work {
        private final ColumnBatch batch;
        private final boolean[] batchMatched;
        private final int from;
        private final int to;
        private final Iterator<KeyGroup.Segment> segments;
        private final boolean[] groupMatched;
        private KeyGroup.Segment segment;
        private int row;
        private int at;

        PairRun(
                ColumnBatch batch,
                boolean[] batchMatched,
                int from,
                int to,
                Iterator<KeyGroup.Segment> segments,
                boolean[] groupMatched) {
            this.batch = batch;
            this.batchMatched = batchMatched;
            this.from = from;
            this.to = to;
            this.segments = segments;
            this.groupMatched = groupMatched;
        }

        @Override
        public boolean step() {
            if (segment == null) {
                if (!segments.hasNext()) {
                    return false;
                }
                segment = segments.next();
                row = from;
                at = segment.from();
            }
            while (row < to) {
                int room =
                        pairs.use(batch, segment.batch(), batchMatched, groupMatched, segment.base() - segment.from());
                if (!out.ready.isEmpty()) {
                    return true;
                }
                int take = Math.min(room, segment.to() - at);
                pairs.add(row, at, take);
                at += take;
                if (at == segment.to()) {
                    row++;
                    at = segment.from();
                }
            }
            segment = null;
            return true;
        }
    }

    /** One sorted side: its current batch, the batch's keys, and the next row. */
    private static final class Cursor {
        private final Iterator<ColumnBatch> input;
        private final List<Expression> keyExpressions;
        private final EvalContext eval;
        ColumnBatch batch;
        ColumnBatch keys;
        int row;

        Cursor(Iterator<ColumnBatch> input, List<Expression> keyExpressions, EvalContext eval) {
            this.input = input;
            this.keyExpressions = keyExpressions;
            this.eval = eval;
        }

        boolean hasRow() {
            return batch != null && row < batch.numRows();
        }

        /** Whether there is a row, moving to the next non-empty batch if needed. */
        boolean available() {
            return hasRow() || nextBatch();
        }

        boolean nextBatch() {
            while (input.hasNext()) {
                ColumnBatch next = input.next();
                int rows = next.numRows();
                if (rows > 0) {
                    ColumnVector[] columns = new ColumnVector[keyExpressions.size()];
                    for (int k = 0; k < columns.length; k++) {
                        columns[k] = keyExpressions.get(k).eval(next, eval);
                    }
                    eval.advance(rows);
                    batch = next;
                    keys = new ColumnBatch(rows, List.of(columns));
                    row = 0;
                    return true;
                }
            }
            batch = null;
            keys = null;
            return false;
        }

        /** The end of the run of rows from {@link #row} with its key, within the batch. */
        int runEnd(ColumnOrdering order) {
            int end = row + 1;
            while (end < keys.numRows() && order.compare(keys, end, keys, row) == 0) {
                end++;
            }
            return end;
        }
    }
}
