package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.GenericRow;
import io.rivulet.sql.Row;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Rows to column batches and back: the edges of the columnar engine ({@code createDataFrame}, {@code collect}).
 *
 * <p>Going in, each row must have one value per field of the schema, of a class the field's type accepts (see
 * {@link Internal}), and no null where the schema (or a nested type) says there is none; else an {@code
 * IllegalArgumentException} names the row's index in the input and the field, as {@code Row 7: field
 * address.zip: null value in a non-nullable field}.
 */
public final class RowBatches {
    private RowBatches() {}

    /** Batches of at most {@code batchRows} rows, made lazily as the iterator is consumed. */
    public static Iterator<ColumnBatch> fromRows(Iterator<? extends Row> rows, StructType schema, int batchRows) {
        requireNonNull(rows, "rows is null");
        requireNonNull(schema, "schema is null");
        if (batchRows <= 0) {
            throw new IllegalArgumentException("batchRows must be positive: " + batchRows);
        }
        return new Iterator<>() {
            private final StructVector.Builder builder = StructVector.builder(schema, batchRows);
            private long index;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ColumnBatch next() {
                if (!rows.hasNext()) {
                    throw new NoSuchElementException();
                }
                while (rows.hasNext() && builder.size() < batchRows) {
                    appendRow(builder, rows.next(), index++);
                }
                return batchOf(builder.build());
            }
        };
    }

    /** All of {@code rows} in one batch. */
    public static ColumnBatch toBatch(List<? extends Row> rows, StructType schema) {
        StructVector.Builder builder = StructVector.builder(requireNonNull(schema, "schema is null"), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            appendRow(builder, rows.get(i), i);
        }
        return batchOf(builder.build());
    }

    /** The rows of {@code batch}, each with {@code schema} as its schema. */
    public static List<Row> toRows(ColumnBatch batch, StructType schema) {
        if (batch.numColumns() != schema.length()) {
            throw new IllegalArgumentException("A batch of " + batch.numColumns() + " columns does not fit the "
                    + schema.length() + " fields of " + schema.simpleString());
        }
        List<Row> rows = new ArrayList<>(batch.numRows());
        int columns = batch.numColumns();
        for (int row = 0; row < batch.numRows(); row++) {
            Object[] values = new Object[columns];
            for (int column = 0; column < columns; column++) {
                values[column] = batch.column(column).get(row);
            }
            rows.add(new GenericRow(values, schema));
        }
        return rows;
    }

    private static void appendRow(StructVector.Builder builder, Row row, long index) {
        if (row == null) {
            throw new IllegalArgumentException("Row " + index + " is null");
        }
        try {
            builder.append(row);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Row " + index + ": " + e.getMessage(), e);
        }
    }

    private static ColumnBatch batchOf(StructVector rows) {
        return new ColumnBatch(rows.size(), rows.children());
    }
}
