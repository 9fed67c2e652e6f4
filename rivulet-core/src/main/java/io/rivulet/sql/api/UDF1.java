package io.rivulet.sql.api;

import java.io.Serializable;

/**
 * A user-defined function of 1 argument, as Spark's Java {@code UDF1}: give it to {@code
 * functions.udf(f, returnType)} or {@code rv.udf().register(name, f, returnType)}. Arguments arrive as {@code
 * Row.get} gives values (a struct as a {@code Row}, an array as a {@code List}, a date as a {@code LocalDate}),
 * null for SQL NULL. Serializable, so that a job can be shipped to a cluster.
 */
@FunctionalInterface
public interface UDF1<T1, R> extends Serializable {
    R call(T1 t1) throws Exception;
}
