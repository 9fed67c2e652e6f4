/**
 * Public API: DataFrames and SQL. So far the row model: {@link io.rivulet.sql.Row} (as Spark's Java {@code Row}),
 * {@link io.rivulet.sql.RowFactory} and {@link io.rivulet.sql.GenericRow}; data types live in
 * {@code io.rivulet.sql.types}. Subpackages other than {@code types} are internal and may change.
 */
package io.rivulet.sql;
