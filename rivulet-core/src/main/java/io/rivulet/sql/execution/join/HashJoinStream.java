package io.rivulet.sql.execution.join;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One task's probe of a {@link HashedRelation}: each streamed batch's keys evaluated and looked up in one loop,
 * then the candidate pairs (streamed row, held row of the same key) collected {@value #CHUNK} at a time and handed
 * to {@link JoinOutput}, which filters, marks and gathers them. A streamed row whose key has millions of held
 * rows (a hot key) is walked a chunk at a time, so memory stays one output batch.
 *
 * <p>Without a post-filter, semi and anti joins of the streamed side need no pairs: a row is out or not by its
 * key alone; and an outer join's unmatched streamed rows go into the same chunks, paired with the relation's row
 * of nulls, so that batches stay full and in order. With a post-filter, which rows matched is known only after
 * all of a batch's pairs are filtered: those rows come out after the batch's pairs. Held rows that must come out
 * by whether they matched (full outer, semi and anti joins holding the left side) are given at the end.
 */
final class HashJoinStream implements Iterator<ColumnBatch> {
    static final int CHUNK = ColumnBatch.DEFAULT_ROWS;

    private final HashedRelation relation;
    private final JoinSides sides;
    private final JoinOutput out;
    private final List<Expression> streamKeys;
    private final Iterator<ColumnBatch> input;
    private final EvalContext eval;
    private final boolean[] buildMatched;
    private final int[] sPos = new int[CHUNK];
    private final int[] bPos = new int[CHUNK];
    private ColumnBatch batch;
    private int[] ids = new int[0];
    private boolean[] streamMatched;
    private int row;
    private int offset;
    private boolean ended;

    HashJoinStream(
            HashedRelation relation,
            JoinSides sides,
            JoinOutput out,
            List<Expression> streamKeys,
            Iterator<ColumnBatch> input,
            EvalContext eval) {
        this.relation = relation;
        this.sides = sides;
        this.out = out;
        this.streamKeys = streamKeys;
        this.input = input;
        this.eval = eval;
        this.buildMatched = sides.tracksBuild() ? new boolean[relation.rows().numRows()] : null;
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
        if (batch == null) {
            if (!input.hasNext()) {
                ended = true;
                HeldRows.emit(out, sides, relation.rows(), relation.heldRows(), buildMatched);
                return;
            }
            start(input.next());
            return;
        }
        fill();
    }

    private void start(ColumnBatch next) {
        int rows = next.numRows();
        if (rows == 0) {
            return;
        }
        ColumnVector[] keys = new ColumnVector[streamKeys.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = streamKeys.get(k).eval(next, eval);
        }
        eval.advance(rows);
        if (ids.length < rows) {
            ids = new int[rows];
        }
        relation.probe(keys, rows, ids);
        if (!out.hasResidual() && (sides.streamSemi() || sides.streamAnti())) {
            emitByKeyMatch(next, rows);
            return;
        }
        if (!out.hasResidual() && !sides.emitsPairs() && buildMatched != null) {
            for (int i = 0; i < rows; i++) {
                if (ids[i] >= 0) {
                    Arrays.fill(buildMatched, relation.start(ids[i]), relation.end(ids[i]), true);
                }
            }
            return;
        }
        batch = next;
        row = 0;
        offset = -1;
        streamMatched = sides.tracksStream() ? new boolean[rows] : null;
    }

    private void emitByKeyMatch(ColumnBatch next, int rows) {
        boolean semi = sides.streamSemi();
        int[] positions = new int[rows];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            if ((ids[i] >= 0) == semi) {
                positions[n++] = i;
            }
        }
        out.streamRows(next, positions, n);
    }

    /** Collects the next chunk of pairs, hands it over; at the batch's end its unmatched or matched rows. */
    private void fill() {
        int rows = batch.numRows();
        int n = 0;
        boolean inlineUnmatched = sides.streamPreserved() && !out.hasResidual();
        while (row < rows && n < CHUNK) {
            int id = ids[row];
            if (id < 0) {
                if (inlineUnmatched) {
                    sPos[n] = row;
                    bPos[n++] = relation.nullRow();
                }
                row++;
                continue;
            }
            int end = relation.end(id);
            int from = offset < 0 ? relation.start(id) : offset;
            int take = Math.min(end - from, CHUNK - n);
            for (int j = 0; j < take; j++) {
                sPos[n + j] = row;
                bPos[n + j] = from + j;
            }
            n += take;
            if (from + take == end) {
                row++;
                offset = -1;
            } else {
                offset = from + take;
            }
        }
        out.pairs(batch, sPos, relation.rows(), bPos, n, null, streamMatched, buildMatched, 0);
        if (row == rows) {
            if (streamMatched != null && !inlineUnmatched) {
                emitByMatched(rows);
            }
            batch = null;
        }
    }

    private void emitByMatched(int rows) {
        boolean wantMatched = sides.streamSemi();
        int[] positions = new int[rows];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            if (streamMatched[i] == wantMatched) {
                positions[n++] = i;
            }
        }
        out.streamRows(batch, positions, n);
    }
}
