/**
 * Window specs and user-defined functions of the DataFrame API, as Spark's {@code org.apache.spark.sql.expressions}:
 * {@link io.rivulet.sql.expressions.Window}, {@link io.rivulet.sql.expressions.WindowSpec}, {@link
 * io.rivulet.sql.expressions.UserDefinedFunction}.
 */
package io.rivulet.sql.expressions;
