package io.rivulet.function;

import java.io.Serializable;

/**
 * A function run for its side effect: {@code foreach}, {@code foreachPartition}.
 *
 * <p>Serializable so that a job's functions can be shipped to other processes; it may throw any exception,
 * which fails the task (and, after the configured retries, the job, as the cause of its
 * {@code JobFailedException}).
 */
@FunctionalInterface
public interface VoidFunction<T> extends Serializable {
    void call(T value) throws Exception;
}
