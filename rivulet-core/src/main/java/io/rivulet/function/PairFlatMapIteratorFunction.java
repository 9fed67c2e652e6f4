package io.rivulet.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * A function giving zero or more key-value pairs for each element as an {@link Iterator}, as Spark 2's
 * {@code PairFlatMapFunction} does: {@code flatMapToPairIterator}. The iterator is read once, lazily.
 *
 * <p>Serializable so that a job's functions can be shipped to other processes; it may throw any exception,
 * which fails the task (and, after the configured retries, the job, as the cause of its
 * {@code JobFailedException}).
 */
@FunctionalInterface
public interface PairFlatMapIteratorFunction<T, K, V> extends Serializable {
    Iterator<io.rivulet.Pair<K, V>> call(T value) throws Exception;
}
