package io.rivulet.rdd;

import io.rivulet.config.Settings;
import io.rivulet.memory.TaskMemory;
import io.rivulet.serializer.Serializer;
import io.rivulet.shuffle.ShuffleManager;
import io.rivulet.storage.BlockManager;
import io.rivulet.task.ResultHandler;
import io.rivulet.task.TaskContext;
import io.rivulet.task.TaskFunction;

/**
 * What the lineage needs from the {@code Rivulet} that made it: ids, the block and shuffle managers its
 * partitions are read through, task memory, serializers, settings, and the cleaner's registrations. The
 * engine implements it; the lineage layer, below the scheduler and the engine, knows only this. Every node
 * holds its own, so several {@code Rivulet}s live in one JVM without a global.
 */
public interface RddServices {
    /** Throws IllegalStateException naming the application when its {@code Rivulet} is closed. */
    void checkOpen();

    String appName();

    int newRddId();

    int newShuffleId();

    Settings settings();

    /** {@code rivulet.default.parallelism}, or the slot count. */
    int defaultParallelism();

    BlockManager blockManager();

    ShuffleManager shuffleManager();

    /** The task's share of execution memory, and what its buffers need to spill. */
    TaskMemory taskMemory(TaskContext context);

    /** Serializes spills, shuffle files, serialized blocks and checkpoints (records need not be Serializable). */
    Serializer serializer();

    /** Serializes object files: Java serialization, a stable format other tools can read, as Spark's. */
    Serializer objectFileSerializer();

    /** {@code owner}'s shuffle is wanted while {@code owner} is reachable; its files go once it is not. */
    void registerShuffle(BaseRDD<?> owner, int shuffleId);

    /** {@code rdd} was persisted: its blocks are kept while it is reachable. */
    void registerPersisted(BaseRDD<?> rdd);

    /** The RDD {@code rddId} was unpersisted: its blocks go now. */
    void unregisterPersisted(int rddId);

    /** {@code rdd} was checkpointed: its files go once it is unreachable. */
    void registerCheckpoint(BaseRDD<?> rdd);

    /**
     * Runs a job of the engine's own (writing a checkpoint, say) on the calling thread: no job group, and no
     * checkpoint is written after it.
     */
    <T, U> void runInternalJob(
            BaseRDD<T> rdd, int[] partitions, TaskFunction<T, U> function, ResultHandler<U> handler, String name);
}
