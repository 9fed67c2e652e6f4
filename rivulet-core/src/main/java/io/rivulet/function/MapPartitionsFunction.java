package io.rivulet.function;

import java.io.Serializable;

/**
 * A function over a whole partition, given as an iterator and returning one: {@code mapPartitions}. Iterate lazily to keep one element at a time in memory.
 *
 * <p>Serializable so that a job's functions can be shipped to other processes; it may throw any exception,
 * which fails the task (and, after the configured retries, the job, as the cause of its
 * {@code JobFailedException}).
 */
@FunctionalInterface
public interface MapPartitionsFunction<T, R> extends Serializable {
    java.util.Iterator<R> call(java.util.Iterator<T> partition) throws Exception;
}
