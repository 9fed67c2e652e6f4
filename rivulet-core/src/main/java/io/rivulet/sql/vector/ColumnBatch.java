package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A batch of rows stored as columns: {@link #numRows()} rows and one {@link ColumnVector} per column, all of that
 * size. Final and immutable. A batch may have no column but still a row count (a {@code count(*)} over a scan
 * that reads no column). Column names and nullability are the plan's: a batch holds only the vectors, whose
 * types are the schema's field types.
 */
public final class ColumnBatch {
    /** The rows per batch that scans and operators aim for: a few thousand, as in DuckDB and Trino. */
    public static final int DEFAULT_ROWS = 4096;

    private final int numRows;
    private final List<ColumnVector> columns;

    public ColumnBatch(int numRows, List<ColumnVector> columns) {
        if (numRows < 0) {
            throw new IllegalArgumentException("numRows must not be negative: " + numRows);
        }
        this.numRows = numRows;
        this.columns = List.copyOf(requireNonNull(columns, "columns is null"));
        for (int i = 0; i < this.columns.size(); i++) {
            if (this.columns.get(i).size() != numRows) {
                throw new IllegalArgumentException(
                        "Column " + i + " has " + this.columns.get(i).size() + " rows in a batch of " + numRows);
            }
        }
    }

    /** A batch of these columns, which must have the same size (there must be at least one). */
    public static ColumnBatch of(ColumnVector... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException(
                    "A batch without columns needs a row count: new ColumnBatch(n, List.of())");
        }
        return new ColumnBatch(columns[0].size(), List.of(columns));
    }

    public int numRows() {
        return numRows;
    }

    public int numColumns() {
        return columns.size();
    }

    public ColumnVector column(int index) {
        return columns.get(index);
    }

    /** The columns, unmodifiable. */
    public List<ColumnVector> columns() {
        return columns;
    }

    /** The batch of the columns at {@code columnIndexes}, in that order (indexes may repeat); shares the vectors. */
    public ColumnBatch project(int[] columnIndexes) {
        ColumnVector[] projected = new ColumnVector[columnIndexes.length];
        for (int i = 0; i < projected.length; i++) {
            projected[i] = columns.get(columnIndexes[i]);
        }
        return new ColumnBatch(numRows, List.of(projected));
    }

    /** The rows at {@code positions[0..count)}, in that order: what filters, joins and exchanges make. */
    public ColumnBatch gather(int[] positions, int count) {
        ColumnVector[] gathered = new ColumnVector[columns.size()];
        for (int i = 0; i < gathered.length; i++) {
            gathered[i] = columns.get(i).gather(positions, count);
        }
        return new ColumnBatch(count, List.of(gathered));
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive); the batch itself if that is all of it. */
    public ColumnBatch slice(int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, numRows);
        if (from == 0 && to == numRows) {
            return this;
        }
        ColumnVector[] sliced = new ColumnVector[columns.size()];
        for (int i = 0; i < sliced.length; i++) {
            sliced[i] = columns.get(i).slice(from, to);
        }
        return new ColumnBatch(to - from, List.of(sliced));
    }

    public long estimatedBytes() {
        long bytes = 32;
        for (ColumnVector column : columns) {
            bytes += column.estimatedBytes();
        }
        return bytes;
    }

    @Override
    public String toString() {
        StringBuilder builder =
                new StringBuilder("ColumnBatch(").append(numRows).append(" rows");
        for (ColumnVector column : columns) {
            builder.append(", ").append(column.type().simpleString());
        }
        return builder.append(')').toString();
    }
}
