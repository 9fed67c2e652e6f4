package io.rivulet.function;

import java.io.Serializable;

/**
 * A function giving zero or more results for each element: {@code flatMap}, {@code flatMapValues}.
 *
 * <p>Serializable so that a job's functions can be shipped to other processes; it may throw any exception,
 * which fails the task (and, after the configured retries, the job, as the cause of its
 * {@code JobFailedException}).
 */
@FunctionalInterface
public interface FlatMapFunction<T, R> extends Serializable {
    Iterable<R> call(T value) throws Exception;
}
