package io.rivulet.sql.execution.join;

import io.rivulet.sql.execution.Batches;
import io.rivulet.sql.execution.aggregate.GroupTable;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.ArrayList;
import java.util.List;

/**
 * The held side of a hash join (Spark's {@code HashedRelation}): its rows compacted into one batch, ordered so
 * that the rows of each key are consecutive, and a {@link GroupTable} from key to key id; key {@code k}'s rows are
 * {@code [start(k), end(k))}. When every key has one row (a join with a table on its own key, the common case)
 * the key id is the row itself and no offsets are kept: a probe costs the table's slot, then the gather.
 *
 * <p>Layout of {@link #rows}: the rows with keys, by key id; then the rows with a null key (they match nothing,
 * but a held side that is preserved must show them); then, when asked for, one row of nulls, which an outer join
 * gathers for the held columns of its unmatched streamed rows. A nested loop's relation ({@link #allRows}) has no
 * table: every probe matches all its rows.
 *
 * <p>Immutable once built, so one relation may be probed by any number of tasks at once (a broadcast join
 * shares it between the stream side's tasks).
 */
final class HashedRelation {
    private final GroupTable table;
    private final ColumnBatch rows;
    /** Key {@code k}'s rows start at {@code starts[k]}; null when each key has one row, row {@code k}. */
    private final int[] starts;

    private final int keys;
    private final int heldRows;
    private final int nullRow;

    private HashedRelation(GroupTable table, ColumnBatch rows, int[] starts, int keys, int heldRows, int nullRow) {
        this.table = table;
        this.rows = rows;
        this.starts = starts;
        this.keys = keys;
        this.heldRows = heldRows;
        this.nullRow = nullRow;
    }

    /**
     * The relation of {@code batches} (of {@code types}) keyed by {@code keyExpressions} (bound to them);
     * {@code withNullRow}: add the row of nulls.
     */
    static HashedRelation build(
            List<ColumnBatch> batches,
            List<DataType> types,
            List<Expression> keyExpressions,
            boolean withNullRow,
            EvalContext eval) {
        ColumnBatch all = concat(batches, types, withNullRow);
        int n = all.numRows();
        int held = withNullRow ? n - 1 : n;
        ColumnVector[] keyColumns = new ColumnVector[keyExpressions.size()];
        for (int k = 0; k < keyColumns.length; k++) {
            keyColumns[k] = keyExpressions.get(k).eval(all, eval);
        }
        GroupTable table = GroupTable.create(
                keyExpressions.stream().map(Expression::dataType).toList(), false);
        int[] ids = new int[n];
        table.findOrInsert(keyColumns, n, ids);
        int keys = table.size();
        int[] counts = new int[keys + 1];
        int nullKeys = 0;
        for (int i = 0; i < held; i++) {
            if (ids[i] < 0) {
                nullKeys++;
            } else {
                counts[ids[i] + 1]++;
            }
        }
        boolean unique = keys == held - nullKeys;
        int[] starts = null;
        int[] order;
        if (unique) {
            order = uniqueOrder(ids, held, n);
        } else {
            for (int k = 0; k < keys; k++) {
                counts[k + 1] += counts[k];
            }
            starts = counts;
            order = groupedOrder(ids, held, n, starts);
        }
        ColumnBatch compacted = order == null ? all : all.gather(order, n);
        return new HashedRelation(table, compacted, starts, keys, held, withNullRow ? n - 1 : -1);
    }

    /** A nested loop's relation: every probe row matches every row. */
    static HashedRelation allRows(List<ColumnBatch> batches, List<DataType> types, boolean withNullRow) {
        ColumnBatch all = concat(batches, types, withNullRow);
        int held = withNullRow ? all.numRows() - 1 : all.numRows();
        return new HashedRelation(null, all, new int[] {0, held}, held > 0 ? 1 : 0, held, withNullRow ? held : -1);
    }

    private static ColumnBatch concat(List<ColumnBatch> batches, List<DataType> types, boolean withNullRow) {
        List<ColumnBatch> parts = new ArrayList<>();
        for (ColumnBatch batch : batches) {
            if (batch.numRows() > 0) {
                parts.add(batch);
            }
        }
        if (withNullRow || parts.isEmpty()) {
            int rows = withNullRow ? 1 : 0;
            parts.add(new ColumnBatch(rows, JoinOutput.nulls(types, rows)));
        }
        return Batches.concat(parts);
    }

    /** Rows with keys in key order (that is row order, keys being unique), then the null keys; null if unchanged. */
    private static int[] uniqueOrder(int[] ids, int held, int n) {
        if (held == 0 || noNulls(ids, held)) {
            return null;
        }
        int[] order = new int[n];
        int at = 0;
        for (int i = 0; i < held; i++) {
            if (ids[i] >= 0) {
                order[at++] = i;
            }
        }
        for (int i = 0; i < held; i++) {
            if (ids[i] < 0) {
                order[at++] = i;
            }
        }
        for (int i = held; i < n; i++) {
            order[at++] = i;
        }
        return order;
    }

    private static boolean noNulls(int[] ids, int held) {
        for (int i = 0; i < held; i++) {
            if (ids[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** A counting sort of the rows by key id; the null keys after, then the null row. */
    private static int[] groupedOrder(int[] ids, int held, int n, int[] starts) {
        int keys = starts.length - 1;
        int[] next = java.util.Arrays.copyOf(starts, keys);
        int[] order = new int[n];
        int nullAt = starts[keys];
        for (int i = 0; i < held; i++) {
            int id = ids[i];
            if (id >= 0) {
                order[next[id]++] = i;
            } else {
                order[nullAt++] = i;
            }
        }
        for (int i = held; i < n; i++) {
            order[nullAt++] = i;
        }
        return order;
    }

    /** The key id of each probe row (its keys evaluated), -1 where none matches or a key is null. */
    void probe(ColumnVector[] probeKeys, int n, int[] ids) {
        if (table == null) {
            java.util.Arrays.fill(ids, 0, n, keys > 0 ? 0 : -1);
        } else {
            table.find(probeKeys, n, ids);
        }
    }

    /** Whether each key has one row, row {@code k} for key {@code k}. */
    boolean unique() {
        return starts == null;
    }

    int start(int key) {
        return starts == null ? key : starts[key];
    }

    int end(int key) {
        return starts == null ? key + 1 : starts[key + 1];
    }

    /** The compacted rows (see the class's description). */
    ColumnBatch rows() {
        return rows;
    }

    /** The rows of the held side, the null row left out. */
    int heldRows() {
        return heldRows;
    }

    /** The row of nulls, or -1. */
    int nullRow() {
        return nullRow;
    }

    long estimatedBytes() {
        return rows.estimatedBytes()
                + (table == null ? 0 : table.estimatedBytes())
                + (starts == null ? 0 : 4L * starts.length);
    }
}
