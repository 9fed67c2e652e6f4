package io.rivulet.sql.execution;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Cuts a stream of batches sorted by the window partition keys into blocks of whole window partitions: rows are
 * gathered until there are at least {@link ColumnBatch#DEFAULT_ROWS} and a new partition begins; the block ends
 * before it (so a block holds many small partitions, or one large one whole), and the rest starts the next block.
 */
final class WindowBlocks implements Iterator<WindowBlocks.Block> {
    /** Rows of whole window partitions, and where each starts ({@code starts[last]} is the row count). */
    record Block(ColumnBatch rows, int[] starts) {}

    private final Iterator<ColumnBatch> input;
    private final List<Expression> partitionKeys;
    private final ColumnOrdering keyOrdering;
    private final EvalContext eval;
    /** Rows waiting for the block they belong to, with their partition keys. */
    private final List<ColumnBatch> pending = new ArrayList<>();

    private final List<ColumnBatch> pendingKeys = new ArrayList<>();
    private int pendingRows;
    private Block next;

    WindowBlocks(
            Iterator<ColumnBatch> input, List<Expression> partitionKeys, ColumnOrdering keyOrdering, EvalContext eval) {
        this.input = input;
        this.partitionKeys = partitionKeys;
        this.keyOrdering = keyOrdering;
        this.eval = eval;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!input.hasNext()) {
                if (pendingRows == 0) {
                    return false;
                }
                next = cut(pending.size(), 0);
                break;
            }
            ColumnBatch batch = input.next();
            if (batch.numRows() == 0) {
                continue;
            }
            ColumnBatch keys = RangeBounds.keys(partitionKeys, batch, eval);
            pending.add(batch);
            pendingKeys.add(keys);
            pendingRows += batch.numRows();
            if (pendingRows >= ColumnBatch.DEFAULT_ROWS) {
                int boundary = lastBoundary(pending.size() - 1);
                if (boundary > 0 || (boundary == 0 && pending.size() > 1)) {
                    next = cut(pending.size() - 1, boundary);
                }
            }
        }
        return true;
    }

    /**
     * The last row of pending batch {@code index} that starts a new partition (differs from the row before it, in
     * this batch or the previous one), or -1 if none does.
     */
    private int lastBoundary(int index) {
        ColumnBatch keys = pendingKeys.get(index);
        for (int r = keys.numRows() - 1; r >= 0; r--) {
            ColumnBatch previousKeys = r > 0 ? keys : index > 0 ? pendingKeys.get(index - 1) : null;
            if (previousKeys == null) {
                return -1;
            }
            int previousRow = r > 0 ? r - 1 : previousKeys.numRows() - 1;
            if (keyOrdering.compare(previousKeys, previousRow, keys, r) != 0) {
                return r;
            }
        }
        return -1;
    }

    /** The block of the pending batches before {@code index} and rows {@code [0, row)} of batch {@code index}. */
    private Block cut(int index, int row) {
        List<ColumnBatch> rows = new ArrayList<>(pending.subList(0, index));
        List<ColumnBatch> keys = new ArrayList<>(pendingKeys.subList(0, index));
        List<ColumnBatch> restRows = new ArrayList<>();
        List<ColumnBatch> restKeys = new ArrayList<>();
        if (index < pending.size()) {
            ColumnBatch batch = pending.get(index);
            ColumnBatch batchKeys = pendingKeys.get(index);
            if (row > 0) {
                rows.add(batch.slice(0, row));
                keys.add(batchKeys.slice(0, row));
            }
            restRows.add(batch.slice(row, batch.numRows()));
            restKeys.add(batchKeys.slice(row, batch.numRows()));
            restRows.addAll(pending.subList(index + 1, pending.size()));
            restKeys.addAll(pendingKeys.subList(index + 1, pendingKeys.size()));
        }
        pending.clear();
        pendingKeys.clear();
        pending.addAll(restRows);
        pendingKeys.addAll(restKeys);
        pendingRows = 0;
        for (ColumnBatch batch : pending) {
            pendingRows += batch.numRows();
        }
        ColumnBatch all = Batches.concat(rows);
        ColumnBatch allKeys = Batches.concat(keys);
        return new Block(all, starts(allKeys));
    }

    private int[] starts(ColumnBatch keys) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int r = 1; r < keys.numRows(); r++) {
            if (keyOrdering.compare(keys, r - 1, keys, r) != 0) {
                starts.add(r);
            }
        }
        starts.add(keys.numRows());
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public Block next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Block result = next;
        next = null;
        return result;
    }
}
