package io.rivulet.task;

import java.io.Serializable;

/**
 * Where the copies of a {@code LongAccumulator} in other JVMs send their updates, so that the driver's value
 * includes them: a cluster runner makes one per accumulator (backed by its cluster's own accumulator, which
 * reports a task's updates when the task ends and counts a retried task once). It travels with every copy of
 * the accumulator, so it must be {@link Serializable}; the driver's instance answers {@link #sum()}.
 */
public interface RemoteAccumulator extends Serializable {
    /** Adds one value, from a copy in a task. */
    void add(long value);

    /** The sum of the updates merged so far (on the driver). */
    long sum();

    /** How many values were added by the merged updates (on the driver). */
    long count();

    void reset();
}
