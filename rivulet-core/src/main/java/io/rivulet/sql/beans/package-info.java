/**
 * Internal: schemas of Java records and beans, and converters between their instances and rows ({@link
 * io.rivulet.sql.beans.JavaTypeMapping}), for {@code createDataFrame(List<T>, Class<T>)} and {@code
 * df.as(Class<T>)}. May change between versions.
 */
package io.rivulet.sql.beans;
