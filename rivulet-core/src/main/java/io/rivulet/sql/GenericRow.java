package io.rivulet.sql;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.StructType;

/**
 * The {@link Row} of an array of values, with or without a schema. Immutable: the constructors copy the array.
 * Made by {@link RowFactory#create} (no schema) and by the DataFrame layer (with one).
 */
public final class GenericRow implements Row {
    private final Object[] values;
    private final StructType schema;

    /** A row without a schema. */
    public GenericRow(Object[] values) {
        this.values = requireNonNull(values, "values is null").clone();
        this.schema = null;
    }

    /** A row whose fields are named by {@code schema}, which must have one field per value. */
    public GenericRow(Object[] values, StructType schema) {
        this.values = requireNonNull(values, "values is null").clone();
        this.schema = requireNonNull(schema, "schema is null");
        if (schema.length() != values.length) {
            throw new IllegalArgumentException("A row of " + values.length + " values cannot have a schema of "
                    + schema.length() + " fields: " + schema.simpleString());
        }
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public StructType schema() {
        return schema;
    }

    @Override
    public Object get(int i) {
        return values[i];
    }

    @Override
    public Row copy() {
        return this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row that && RowValues.rowsEqual(this, that);
    }

    @Override
    public int hashCode() {
        return RowValues.rowHash(this);
    }

    /** As Spark's: {@code [1,a,null]}, a nested row {@code [1,[2,x]]}, a list as Java prints it. */
    @Override
    public String toString() {
        return mkString("[", ",", "]");
    }
}
