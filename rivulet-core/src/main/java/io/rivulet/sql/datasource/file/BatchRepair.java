package io.rivulet.sql.datasource.file;

import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The malformed records of a batch being read: rows to drop (DROPMALFORMED, or the extra rows of a bad line) and
 * rows to turn into nulls with the record's text in the corrupt record column (PERMISSIVE). Readers append every
 * record to their builders as they parse it, and only a batch that had a malformed record pays for a second pass
 * ({@link #apply}): builders cannot take back a row.
 */
public final class BatchRepair {
    private final TreeMap<Integer, String> corrupt = new TreeMap<>();
    private boolean[] dropped;

    /** Marks {@code row} a corrupt record whose text is {@code text}. */
    public void corrupt(int row, String text) {
        corrupt.put(row, text);
    }

    public void drop(int row) {
        if (dropped == null || dropped.length <= row) {
            boolean[] grown = new boolean[Math.max(row + 1, ColumnBatch.DEFAULT_ROWS)];
            if (dropped != null) {
                System.arraycopy(dropped, 0, grown, 0, dropped.length);
            }
            dropped = grown;
        }
        dropped[row] = true;
        corrupt.remove(row);
    }

    public boolean isEmpty() {
        return corrupt.isEmpty() && dropped == null;
    }

    /** The batch with the marks applied; {@code corruptColumn} is the corrupt record column's index, or -1. */
    public ColumnBatch apply(ColumnBatch batch, int corruptColumn) {
        if (isEmpty()) {
            return batch;
        }
        int rows = 0;
        for (int row = 0; row < batch.numRows(); row++) {
            rows += isDropped(row) ? 0 : 1;
        }
        List<ColumnVector> columns = new ArrayList<>(batch.numColumns());
        for (int column = 0; column < batch.numColumns(); column++) {
            ColumnVector vector = batch.column(column);
            VectorBuilder builder = VectorBuilder.forType(vector.type(), rows);
            for (int row = 0; row < batch.numRows(); row++) {
                if (isDropped(row)) {
                    continue;
                }
                String text = corrupt.get(row);
                if (text == null) {
                    builder.appendFrom(vector, row);
                } else if (column == corruptColumn) {
                    builder.appendInternal(text.getBytes(StandardCharsets.UTF_8));
                } else {
                    builder.appendNull();
                }
            }
            columns.add(builder.build());
        }
        return new ColumnBatch(rows, columns);
    }

    private boolean isDropped(int row) {
        return dropped != null && row < dropped.length && dropped[row];
    }

    /** The marks so far, for tests. */
    Map<Integer, String> corruptRows() {
        return corrupt;
    }
}
