package io.rivulet.sql;

/** Makes rows without a schema, as Spark's Java {@code RowFactory}. */
public final class RowFactory {
    private RowFactory() {}

    /** A row of these values (copied), in order; {@link Row#schema()} is null. */
    public static Row create(Object... values) {
        return new GenericRow(values);
    }
}
