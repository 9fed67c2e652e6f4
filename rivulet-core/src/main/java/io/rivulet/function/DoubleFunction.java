package io.rivulet.function;

import java.io.Serializable;

/**
 * A function from an element to a {@code double}: {@code mapToDouble}.
 *
 * <p>Serializable so that a job's functions can be shipped to other processes; it may throw any exception,
 * which fails the task (and, after the configured retries, the job, as the cause of its
 * {@code JobFailedException}).
 */
@FunctionalInterface
public interface DoubleFunction<T> extends Serializable {
    double call(T value) throws Exception;
}
