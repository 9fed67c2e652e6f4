package io.rivulet.sql.api;

import java.io.Serializable;

/**
 * A user-defined function of 0 arguments, as Spark's Java {@code UDF0}: give it to {@code
 * functions.udf(f, returnType)} or {@code rv.udf().register(name, f, returnType)}. Arguments arrive as {@code
 * Row.get} gives values (a struct as a {@code Row}, an array as a {@code List}, a date as a {@code LocalDate}),
 * null for SQL NULL. Serializable, so that a job can be shipped to a cluster.
 */
@FunctionalInterface
public interface UDF0<R> extends Serializable {
    R call() throws Exception;
}
