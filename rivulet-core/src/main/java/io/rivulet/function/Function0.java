package io.rivulet.function;

import java.io.Serializable;

/**
 * A function of no arguments: per-key zero values, lazily created state.
 *
 * <p>Serializable so that a job's functions can be shipped to other processes; it may throw any exception,
 * which fails the task (and, after the configured retries, the job, as the cause of its
 * {@code JobFailedException}).
 */
@FunctionalInterface
public interface Function0<R> extends Serializable {
    R call() throws Exception;
}
