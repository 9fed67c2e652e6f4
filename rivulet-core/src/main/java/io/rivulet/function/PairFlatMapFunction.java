package io.rivulet.function;

import java.io.Serializable;

/**
 * A function giving zero or more key-value pairs for each element: {@code flatMapToPair}.
 *
 * <p>Serializable so that a job's functions can be shipped to other processes; it may throw any exception,
 * which fails the task (and, after the configured retries, the job, as the cause of its
 * {@code JobFailedException}).
 */
@FunctionalInterface
public interface PairFlatMapFunction<T, K, V> extends Serializable {
    Iterable<io.rivulet.Pair<K, V>> call(T value) throws Exception;
}
