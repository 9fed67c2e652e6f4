package io.rivulet.sql.api;

import java.io.Serializable;

/**
 * A user-defined function of 3 arguments, as Spark's Java {@code UDF3}: give it to {@code
 * functions.udf(f, returnType)} or {@code rv.udf().register(name, f, returnType)}. Arguments arrive as {@code
 * Row.get} gives values (a struct as a {@code Row}, an array as a {@code List}, a date as a {@code LocalDate}),
 * null for SQL NULL. Serializable, so that a job can be shipped to a cluster.
 */
@FunctionalInterface
public interface UDF3<T1, T2, T3, R> extends Serializable {
    R call(T1 t1, T2 t2, T3 t3) throws Exception;
}
