package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.expr.AggregateFunction.GroupedState;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.LongVector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The end of a spilled aggregation: runs of groups, each sorted by sort key (column 0; equal keys have equal
 * sort keys), merged a block at a time. A block takes, from every run, the rows whose sort key is at most
 * {@code H}, the smallest last sort key of the runs' current batches: so every row of a key falls in one block,
 * and a block holds about one batch per run. Its rows are merged into a fresh table and states, whose groups are
 * then complete and given out; then the next block. No heap of rows, no comparison of keys: the runs' order
 * only decides which rows meet in a block, the table merges equal keys.
 *
 * <p>A hot key (every row with one sort key) makes one block of every run's rows of that key, streamed slice by
 * slice into a table of one group: memory stays one group's state.
 */
final class RunMerge implements Iterator<ColumnBatch> {
    private final HashAggregation aggregation;
    private final List<Cursor> cursors = new ArrayList<>();
    private final ArrayDeque<ColumnBatch> pending = new ArrayDeque<>();
    private final Runnable onEnd;
    private boolean ended;

    RunMerge(HashAggregation aggregation, int keyCount, List<Iterator<ColumnBatch>> runs, Runnable onEnd) {
        this.aggregation = aggregation;
        this.onEnd = onEnd;
        for (Iterator<ColumnBatch> run : runs) {
            Cursor cursor = new Cursor(run);
            if (cursor.advance()) {
                cursors.add(cursor);
            }
        }
    }

    /** A run's current batch and position in it. */
    private static final class Cursor {
        private final Iterator<ColumnBatch> run;
        private ColumnBatch batch;
        private long[] sortKeys;
        private int position;

        Cursor(Iterator<ColumnBatch> run) {
            this.run = run;
        }

        /** Moves to the next non-empty batch; false at the run's end. */
        boolean advance() {
            while (run.hasNext()) {
                batch = run.next();
                if (batch.numRows() > 0) {
                    sortKeys = ((LongVector) batch.column(0)).values();
                    position = 0;
                    return true;
                }
            }
            batch = null;
            return false;
        }

        long lastKey() {
            return sortKeys[batch.numRows() - 1];
        }

        /** The end of the rows from {@code position} with sort keys at most {@code bound} (keys are sorted). */
        int endOfRowsUpTo(long bound) {
            int low = position;
            int high = batch.numRows();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sortKeys[middle] <= bound) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !cursors.isEmpty()) {
            mergeBlock();
        }
        if (pending.isEmpty() && !ended) {
            ended = true;
            onEnd.run();
        }
        return !pending.isEmpty();
    }

    @Override
    public ColumnBatch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    private void mergeBlock() {
        long bound = Long.MAX_VALUE;
        for (Cursor cursor : cursors) {
            bound = Math.min(bound, cursor.lastKey());
        }
        GroupTable table = aggregation.newTable();
        GroupedState[] states = aggregation.newStates();
        Iterator<Cursor> each = cursors.iterator();
        while (each.hasNext()) {
            Cursor cursor = each.next();
            while (true) {
                int end = cursor.endOfRowsUpTo(bound);
                if (end > cursor.position) {
                    aggregation.mergeRun(table, states, cursor.batch.slice(cursor.position, end));
                    cursor.position = end;
                }
                if (cursor.position < cursor.batch.numRows()) {
                    break;
                }
                if (!cursor.advance()) {
                    each.remove();
                    break;
                }
            }
        }
        pending.addAll(aggregation.output(table, states));
    }
}
