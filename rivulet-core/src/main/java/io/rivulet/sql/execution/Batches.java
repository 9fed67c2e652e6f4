package io.rivulet.sql.execution;

import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Helpers over column batches that operators share: concatenation and keeping batches reasonably full. */
public final class Batches {
    /** Below this many rows a batch is small enough to merge with its neighbours. */
    public static final int MIN_ROWS = ColumnBatch.DEFAULT_ROWS / 2;

    private Batches() {}

    /** The rows of {@code batches} one after another in one batch (they must have the same column types). */
    public static ColumnBatch concat(List<ColumnBatch> batches) {
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        if (batches.size() == 1) {
            return batches.get(0);
        }
        long total = 0;
        for (ColumnBatch batch : batches) {
            total += batch.numRows();
        }
        int rows = Math.toIntExact(total);
        ColumnBatch first = batches.get(0);
        ColumnVector[] columns = new ColumnVector[first.numColumns()];
        for (int c = 0; c < columns.length; c++) {
            VectorBuilder builder = VectorBuilder.forType(first.column(c).type(), rows);
            for (ColumnBatch batch : batches) {
                builder.appendRange(batch.column(c), 0, batch.numRows());
            }
            columns[c] = builder.build();
        }
        return new ColumnBatch(rows, List.of(columns));
    }

    /**
     * The batches of {@code batches} with empty ones dropped and runs of small ones (fewer than {@code minRows}
     * rows) merged into batches of at least {@code minRows} and at most about {@code maxRows} rows, in order:
     * what a selective filter or the reduce side of an exchange gives would otherwise be many tiny batches, each
     * costing every operator above a call per column.
     */
    public static Iterator<ColumnBatch> coalesce(Iterator<ColumnBatch> batches, int minRows, int maxRows) {
        return new Iterator<>() {
            private final List<ColumnBatch> pending = new ArrayList<>();
            private int pendingRows;
            private ColumnBatch next;
            private ColumnBatch held;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    ColumnBatch batch = held != null ? held : batches.hasNext() ? batches.next() : null;
                    held = null;
                    if (batch == null) {
                        if (pending.isEmpty()) {
                            return false;
                        }
                        next = flush();
                    } else if (batch.numRows() > 0) {
                        offer(batch);
                    }
                }
                return true;
            }

            private void offer(ColumnBatch batch) {
                if (pending.isEmpty() && batch.numRows() >= minRows) {
                    next = batch;
                } else if (!pending.isEmpty() && pendingRows + batch.numRows() > maxRows) {
                    next = flush();
                    held = batch;
                } else {
                    pending.add(batch);
                    pendingRows += batch.numRows();
                    if (pendingRows >= minRows) {
                        next = flush();
                    }
                }
            }

            private ColumnBatch flush() {
                ColumnBatch merged = concat(pending);
                pending.clear();
                pendingRows = 0;
                return merged;
            }

            @Override
            public ColumnBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ColumnBatch result = next;
                next = null;
                return result;
            }
        };
    }

    /** {@link #coalesce(Iterator, int, int)} with the usual sizes: at least half a batch, about one. */
    public static Iterator<ColumnBatch> coalesce(Iterator<ColumnBatch> batches) {
        return coalesce(batches, MIN_ROWS, ColumnBatch.DEFAULT_ROWS);
    }

    /** The columns at {@code ordinals} of every batch (a projection onto input columns). */
    public static ColumnBatch columns(ColumnBatch batch, int[] ordinals) {
        return batch.project(ordinals);
    }

    /** Positions 0..n-1. */
    static int[] identity(int n) {
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        return positions;
    }
}
