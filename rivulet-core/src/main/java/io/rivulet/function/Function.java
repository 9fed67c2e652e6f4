package io.rivulet.function;

import java.io.Serializable;

/**
 * A one-argument function: {@code map}, {@code filter}, {@code keyBy}, {@code mapValues}.
 *
 * <p>Serializable so that a job's functions can be shipped to other processes; it may throw any exception,
 * which fails the task (and, after the configured retries, the job, as the cause of its
 * {@code JobFailedException}).
 */
@FunctionalInterface
public interface Function<T, R> extends Serializable {
    R call(T value) throws Exception;
}
