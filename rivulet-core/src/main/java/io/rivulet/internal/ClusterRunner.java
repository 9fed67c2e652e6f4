package io.rivulet.internal;

import io.rivulet.engine.Engine;
import io.rivulet.engine.JobDelegate;
import io.rivulet.task.RemoteAccumulator;
import io.rivulet.task.RemoteBroadcast;

/**
 * Runs every job of one {@code Rivulet} on a cluster engine instead of the embedded one: the runner SPI.
 * A runner module (such as {@code rivulet-spark}) provides one through a {@link ClusterRunnerProvider}, which
 * {@code Rivulet.builder().master(url).build()} finds with {@link java.util.ServiceLoader} when the master is
 * not an embedded one ({@code local}, {@code local[N]}, {@code local[*]}).
 *
 * <p>What the core does with it: each action's job ({@link #runJob}: the lineage node, the partitions, the
 * per-partition function, where the results go) is handed to the runner, which translates the lineage for its
 * cluster and hands each partition's result back on the calling thread. Accumulators and broadcasts made by
 * the {@code Rivulet} get the runner's {@link RemoteAccumulator} and {@link RemoteBroadcast}, so that copies of
 * them in the cluster's JVMs report back and share one shipped value. {@code Rivulet.close()} closes the
 * runner before the embedded services.
 *
 * <p>Threading: jobs may be run from several threads at once, as on the embedded engine.
 */
public interface ClusterRunner extends JobDelegate, AutoCloseable {
    /**
     * Called once the {@code Rivulet} is built, with its engine: the runner posts its cluster's job, stage and task
     * events to the engine's listener bus, so that listeners, the progress bar and the event log see them.
     */
    default void started(Engine engine) {}

    /** The cluster's default number of partitions, for {@code parallelize} and shuffles without a count. */
    int defaultParallelism();

    /** The cluster's accumulator behind a new {@code LongAccumulator} named {@code name}. */
    RemoteAccumulator newAccumulator(String name);

    /** The cluster's broadcast of {@code value}, for a new {@code Broadcast}. */
    <T> RemoteBroadcast<T> newBroadcast(T value);

    /** Stops the runner's connection to the cluster; jobs still running fail. Idempotent. */
    @Override
    void close();
}
