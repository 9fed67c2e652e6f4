package io.rivulet.engine;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.task.ResultHandler;
import io.rivulet.task.TaskFunction;

/**
 * Runs the jobs of an {@link Engine} somewhere else than on its own slots: on a cluster. When an engine has
 * one ({@link Engine#delegateJobsTo}), every action's job goes to it, with the same arguments the embedded
 * scheduler would get: the lineage node, the partitions to compute, the per-partition function and where its
 * results go (on the calling thread). Implemented by the cluster runners ({@code io.rivulet.internal}).
 */
public interface JobDelegate {
    /** Runs {@code function} over {@code partitions} of {@code rdd}; {@code handler} gets each value, in order. */
    <T, U> void runJob(
            BaseRDD<T> rdd, int[] partitions, TaskFunction<T, U> function, ResultHandler<U> handler, String name);
}
