package io.rivulet.sql.beans;

import io.rivulet.sql.types.DataType;

/**
 * How values of one Java type map to a data type: its schema and the conversions of non-null values to the
 * external form a {@code Row} holds and back. A conversion that cannot be made throws {@code
 * IllegalArgumentException}; the property that holds the value adds its name.
 */
interface ValueMapping {
    DataType dataType();

    /** False for primitives: a null cannot be stored in the Java value. */
    boolean nullable();

    /** The external value of a non-null Java value. */
    Object toExternal(Object value);

    /** The Java value of a non-null external value. */
    Object fromExternal(Object value);
}
