package io.rivulet.function;

import java.io.Serializable;

/**
 * A two-argument function: reducers, {@code fold}, {@code mapPartitionsWithIndex}.
 *
 * <p>Serializable so that a job's functions can be shipped to other processes; it may throw any exception,
 * which fails the task (and, after the configured retries, the job, as the cause of its
 * {@code JobFailedException}).
 */
@FunctionalInterface
public interface Function2<T1, T2, R> extends Serializable {
    R call(T1 first, T2 second) throws Exception;
}
